const QUIET_MS = 50;
const MAX_WAIT_MS = 3000;

/**
 * Resolves once the DOM has settled: no mutations for a short while (or the bound passes), so the next snapshot sees
 * the page's reaction to an action instead of a half-rendered state. No fixed sleeps. Requests in flight are the
 * service worker's part (it sees them in the browser's network layer, where a page cannot fake them).
 */
export function domQuiet(quietMs = QUIET_MS, maxWaitMs = MAX_WAIT_MS): Promise<void> {
  return new Promise((resolve) => {
    let lastChange = performance.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(check, Math.max(0, quietMs - (performance.now() - lastChange)));
    };
    const observer = new MutationObserver(() => {
      lastChange = performance.now();
      arm();
    });
    const deadline = setTimeout(done, maxWaitMs);
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    arm();
    function check() {
      if (performance.now() - lastChange < quietMs) arm();
      else done();
    }
    function done() {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(deadline);
      resolve();
    }
  });
}
