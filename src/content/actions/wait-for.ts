/**
 * Resolves with the first non-null result of `check`, re-checked whenever the document changes, or null once
 * `timeoutMs` passes: waiting for what the page does (async options arriving) instead of sleeping a fixed time.
 */
export function waitFor<T>(check: () => T | null, timeoutMs: number, root: Node = document): Promise<T | null> {
  const now = check();
  if (now !== null) return Promise.resolve(now);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const found = check();
      if (found !== null) finish(found);
    });
    const timer = setTimeout(() => finish(check()), timeoutMs);
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    function finish(result: T | null) {
      observer.disconnect();
      clearTimeout(timer);
      resolve(result);
    }
  });
}
