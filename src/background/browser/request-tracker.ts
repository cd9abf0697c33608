/**
 * Counts the page's fetch and XMLHttpRequest calls from inside the page's own world (the content script cannot see
 * them), so that settling after an action can wait for the requests it started. It announces each start and end as a
 * window event the content script listens to; installed once per document, before an action runs.
 */
const installed = new Set<number>();
let listening = false;

export async function trackRequests(tabId: number): Promise<void> {
  listenForNavigations();
  if (installed.has(tabId)) return;
  try {
    await chrome.scripting.executeScript({ target: { tabId }, world: 'MAIN', injectImmediately: true, func: installRequestCounter });
    installed.add(tabId);
  } catch {
    // Pages that refuse scripts still work; settling then relies on DOM quiet alone.
  }
}

/** A new document in the top frame has no counter yet. */
function listenForNavigations() {
  if (listening) return;
  listening = true;
  chrome.webNavigation.onCommitted.addListener(({ tabId, frameId }) => {
    if (frameId === 0) installed.delete(tabId);
  });
  chrome.tabs.onRemoved.addListener((tabId) => installed.delete(tabId));
}

/** Runs in the page's world: self-contained, no closures over extension code. */
function installRequestCounter() {
  const flag = Symbol.for('tabwright.requests');
  const scope = window as unknown as Record<symbol, boolean>;
  if (scope[flag]) return;
  scope[flag] = true;
  let next = 0;
  const announce = (phase: 'start' | 'end', id: number) => window.dispatchEvent(new CustomEvent('tabwright:request', { detail: `${phase}:${id}` }));
  const originalFetch = window.fetch;
  window.fetch = function (this: unknown, ...args: Parameters<typeof fetch>) {
    const id = ++next;
    announce('start', id);
    return originalFetch.apply(this, args).finally(() => announce('end', id));
  } as typeof fetch;
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, ...args: Parameters<XMLHttpRequest['send']>) {
    const id = ++next;
    announce('start', id);
    this.addEventListener('loadend', () => announce('end', id), { once: true });
    return send.apply(this, args);
  };
}
