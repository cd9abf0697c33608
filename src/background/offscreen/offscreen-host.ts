const OFFSCREEN_PATH = 'src/background/offscreen/offscreen.html';

let creating: Promise<void> | undefined;

/**
 * The offscreen document hosts the schema sandbox and holds a port to the worker while a task runs (its messages
 * keep an otherwise idle worker from being stopped). One per extension; created on demand.
 */
export async function ensureOffscreenDocument(): Promise<void> {
  const url = chrome.runtime.getURL(OFFSCREEN_PATH);
  const existing = await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT], documentUrls: [url] });
  if (existing.length > 0) return;
  creating ??= chrome.offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: [chrome.offscreen.Reason.IFRAME_SCRIPTING],
      justification: 'Validates user JSON Schemas in a sandboxed frame and keeps the agent alive while a task runs.',
    })
    .finally(() => {
      creating = undefined;
    });
  await creating;
}
