/**
 * The extension's messages send a person to "Tabwright Settings" for the key, model and base URL. A browser the SDK
 * launched has no Settings anyone opens: there they are the client's options, so the message says where they are.
 */
export function inLaunchedBrowser(message: string): string {
  if (!message.includes('Tabwright Settings')) return message;
  return (
    `${message} In this browser, which the SDK launched, those settings are the client's apiKey, baseUrl and model ` +
    'options, or ANTHROPIC_API_KEY and ANTHROPIC_BASE_URL (--api-key in the CLI).'
  );
}
