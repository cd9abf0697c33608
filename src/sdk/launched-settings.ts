/**
 * The extension's messages send a person to "Tabwright Settings" for the key, model and base URL. A browser the SDK
 * launched has no Settings anyone opens: there they are the client's options, so the message says where they are.
 */
export function inLaunchedBrowser(message: string): string {
  if (!message.includes('Tabwright Settings')) return message;
  return (
    `${message} (This browser was launched by the SDK: its settings are the client's options — apiKey or ` +
    'ANTHROPIC_API_KEY, baseUrl or ANTHROPIC_BASE_URL, model; in the CLI --api-key.)'
  );
}
