/**
 * Requests the page has in flight, as counted by the service worker's tracker in the page's own world (fetch and
 * XMLHttpRequest are invisible from the content script's world). It reports "start:<id>" / "end:<id>" events.
 */
export const REQUEST_EVENT = 'tabwright:request';
/** A request open longer than this is a long poll or a stream: waiting for it would never end. */
const LONG_REQUEST_MS = 5000;

const open = new Map<string, number>();
const listeners = new Set<() => void>();

window.addEventListener(REQUEST_EVENT, (event) => {
  const detail = (event as CustomEvent).detail;
  if (typeof detail !== 'string') return;
  const [phase, id] = detail.split(':');
  if (!id) return;
  if (phase === 'start') open.set(id, performance.now());
  else if (phase === 'end') open.delete(id);
  for (const listener of listeners) listener();
});

export function pendingRequests(): number {
  const now = performance.now();
  let count = 0;
  for (const started of open.values()) if (now - started < LONG_REQUEST_MS) count++;
  return count;
}

export function onRequestsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
