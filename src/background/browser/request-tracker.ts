/**
 * The fetch and XMLHttpRequest calls each tab has in flight, as the browser's network layer reports them
 * (chrome.webRequest), so that settling after an action can wait for the requests it started. Nothing is installed
 * in the page's world (no wrapped fetch to detect), and a page cannot forge these events: the only way to look busy
 * is to really send requests, and even that holds an action up for SETTLE_REQUESTS_MS at most.
 */
const LONG_REQUEST_MS = 5000;
/** A page can open many requests; past this many per tab the rest are not tracked (the bound still holds). */
const MAX_TRACKED_PER_TAB = 256;
/** The longest an action waits for requests after the DOM went quiet. */
export const SETTLE_REQUESTS_MS = 3000;

const open = new Map<number, Map<string, number>>();
/** How many requests each tab has started: an action compares the count before it with the count after. */
const startedCount = new Map<number, number>();
const waiters = new Map<number, Set<() => void>>();
let listening = false;

const FILTER: chrome.webRequest.RequestFilter = { urls: ['<all_urls>'], types: ['xmlhttprequest'] };

/** Starts listening (once per service worker). */
export function trackRequests(): void {
  if (listening) return;
  listening = true;
  chrome.webRequest.onBeforeRequest.addListener(started, FILTER);
  chrome.webRequest.onCompleted.addListener(ended, FILTER);
  chrome.webRequest.onErrorOccurred.addListener(ended, FILTER);
  chrome.tabs.onRemoved.addListener((tabId) => {
    open.delete(tabId);
    startedCount.delete(tabId);
    wake(tabId);
  });
}

function started(details: { tabId: number; requestId: string }): undefined {
  if (details.tabId < 0) return undefined;
  startedCount.set(details.tabId, (startedCount.get(details.tabId) ?? 0) + 1);
  const requests = open.get(details.tabId) ?? new Map<string, number>();
  open.set(details.tabId, requests);
  if (requests.size < MAX_TRACKED_PER_TAB) requests.set(details.requestId, performance.now());
  return undefined;
}

function ended(details: { tabId: number; requestId: string }): void {
  const requests = open.get(details.tabId);
  if (!requests?.delete(details.requestId)) return;
  if (requests.size === 0) open.delete(details.tabId);
  wake(details.tabId);
}

function wake(tabId: number) {
  for (const waiter of waiters.get(tabId) ?? []) waiter();
}

/** How many requests the tab has started so far (counted while tracking). */
export function requestsStarted(tabId: number): number {
  return startedCount.get(tabId) ?? 0;
}

/** Requests of the tab that are in flight and not long polls or streams. */
export function pendingRequests(tabId: number): number {
  const now = performance.now();
  let count = 0;
  for (const started of open.get(tabId)?.values() ?? []) if (now - started < LONG_REQUEST_MS) count++;
  return count;
}

/** 'none' at once when no request of the tab is in flight; else 'idle' once they ended, or 'busy' at the bound. */
export function requestsSettled(tabId: number, boundMs = SETTLE_REQUESTS_MS): Promise<'none' | 'idle' | 'busy'> {
  if (pendingRequests(tabId) === 0) return Promise.resolve('none');
  return new Promise((resolve) => {
    const set = waiters.get(tabId) ?? new Set<() => void>();
    waiters.set(tabId, set);
    const finish = (outcome: 'idle' | 'busy') => {
      clearTimeout(timer);
      clearInterval(recheck);
      set.delete(check);
      if (set.size === 0) waiters.delete(tabId);
      resolve(outcome);
    };
    const check = () => {
      if (pendingRequests(tabId) === 0) finish('idle');
    };
    const timer = setTimeout(() => finish('busy'), boundMs);
    // A request turns into a long poll without an event: look again now and then.
    const recheck = setInterval(check, 250);
    set.add(check);
  });
}
