import { describe, expect, it } from 'vitest';
import { inLaunchedBrowser } from '../../../src/sdk/launched-settings';

describe('messages about Settings, from a browser the SDK launched', () => {
  it('say that its settings are the client options, keeping the message', () => {
    const refused = 'The model API refused the API key (HTTP 401): check the key in Tabwright Settings.';
    expect(inLaunchedBrowser(refused)).toBe(
      `${refused} In this browser, which the SDK launched, those settings are the client's apiKey, baseUrl and ` +
        'model options, or ANTHROPIC_API_KEY and ANTHROPIC_BASE_URL (--api-key in the CLI).',
    );
    expect(inLaunchedBrowser('Stopped after 2 steps without finishing (the Max steps limit).')).toBe(
      'Stopped after 2 steps without finishing (the Max steps limit).',
    );
  });
});
