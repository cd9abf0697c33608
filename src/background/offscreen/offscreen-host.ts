const OFFSCREEN_PATH = 'src/background/offscreen/offscreen.html';

/** How long the document stays after the last task, so back-to-back tasks and schema checks reuse it. */
const RELEASE_DELAY_MS = 30_000;

let creating: Promise<void> | undefined;
let releaseTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * The offscreen document hosts the schema sandbox and holds a port to the worker while a task runs (its messages
 * keep an otherwise idle worker from being stopped). One per extension; created on demand.
 */
export async function ensureOffscreenDocument(): Promise<void> {
  clearTimeout(releaseTimer);
  releaseTimer = undefined;
  const url = chrome.runtime.getURL(OFFSCREEN_PATH);
  const existing = await chrome.runtime.getContexts({
    contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT],
    documentUrls: [url],
  });
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

/**
 * Closes the document once no task needs it: its heartbeat would otherwise keep the worker awake for good. A task or
 * schema check that starts meanwhile cancels the release.
 */
export function releaseOffscreenDocument(): void {
  clearTimeout(releaseTimer);
  releaseTimer = setTimeout(() => {
    releaseTimer = undefined;
    void chrome.offscreen.closeDocument().catch(() => undefined);
  }, RELEASE_DELAY_MS);
}
