import { onRequestsChange, pendingRequests } from './actions/in-flight';

const QUIET_MS = 50;
const MAX_WAIT_MS = 3000;

/**
 * Resolves once the page has settled: no DOM mutations for a short while and no requests in flight (or the bound
 * passes), so the next snapshot sees the page's reaction to an action instead of a half-rendered state. No fixed sleeps.
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
    const stopListening = onRequestsChange(arm);
    const deadline = setTimeout(done, maxWaitMs);
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    arm();
    function check() {
      if (performance.now() - lastChange < quietMs) arm();
      else if (pendingRequests() === 0) done();
    }
    function done() {
      observer.disconnect();
      stopListening();
      clearTimeout(timer);
      clearTimeout(deadline);
      resolve();
    }
  });
}
