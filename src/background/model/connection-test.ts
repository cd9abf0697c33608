import { loadSettings } from '../../shared/settings';
import { createModelClient, modelErrorToTabwright } from './client';

/** The smallest real call that proves key, base URL and model work together. */
export async function testConnection(): Promise<{ connected: boolean; message: string }> {
  const settings = await loadSettings();
  try {
    const client = createModelClient(settings);
    await client.messages.create({
      model: settings.model,
      max_tokens: 1,
      messages: [{ role: 'user', content: 'ping' }],
    });
    return { connected: true, message: `Connected: ${settings.model} answered.` };
  } catch (error) {
    return { connected: false, message: modelErrorToTabwright(error).message };
  }
}
