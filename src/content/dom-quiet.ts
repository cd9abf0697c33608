const QUIET_MS = 50;
const MAX_WAIT_MS = 3000;
/** A hidden tab renders no frames; past this the wait for one is given up. */
const RENDER_WAIT_MS = 250;

/**
 * Resolves once the DOM has settled: no mutations for a short while (or the bound passes), so the next snapshot sees
 * the page's reaction to an action instead of a half-rendered state. No fixed sleeps. Requests in flight are the
 * service worker's part (it sees them in the browser's network layer, where a page cannot fake them). Quiet counts
 * only after the page has rendered a frame: what a scroll or a resize sets off (an IntersectionObserver that loads
 * more, a ResizeObserver) runs in that frame, however late a loaded machine renders it.
 */
export function domQuiet(quietMs = QUIET_MS, maxWaitMs = MAX_WAIT_MS): Promise<void> {
  return new Promise((resolve) => {
    let lastChange = performance.now();
    let rendered = false;
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
    void afterRendering(RENDER_WAIT_MS).then(() => {
      rendered = true;
      check();
    });
    function check() {
      if (!rendered) return;
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

/** After the page's next rendering step and the tasks it queued (observer callbacks): two animation frames. */
function afterRendering(boundMs: number): Promise<void> {
  return new Promise((resolve) => {
    const bound = setTimeout(resolve, boundMs);
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        clearTimeout(bound);
        resolve();
      }),
    );
  });
}
