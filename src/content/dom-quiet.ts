const QUIET_MS = 80;
const MAX_WAIT_MS = 1500;

/**
 * Resolves once the DOM has had no mutations for a short while (or the bound passes), so the next snapshot
 * sees the page's reaction to an action instead of a half-rendered state. No fixed sleeps.
 */
export function domQuiet(quietMs = QUIET_MS, maxWaitMs = MAX_WAIT_MS): Promise<void> {
  return new Promise((resolve) => {
    let quietTimer = setTimeout(done, quietMs);
    const maxTimer = setTimeout(done, maxWaitMs);
    const observer = new MutationObserver(() => {
      clearTimeout(quietTimer);
      quietTimer = setTimeout(done, quietMs);
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    function done() {
      observer.disconnect();
      clearTimeout(quietTimer);
      clearTimeout(maxTimer);
      resolve();
    }
  });
}
