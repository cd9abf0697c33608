import { type FrameHelloReply, parseFrameHello } from '../../shared/protocol';

/**
 * Which frame of a tab a cross-origin <iframe> ref leads to. A parent frame announces a child with its ref and a
 * nonce; the child's content script reports both, and its frame id comes from the message sender, which no page can
 * forge. The child is then told its ref namespace, `f<frameId>`, so every ref it mints says where it lives.
 */
const HELLO_TIMEOUT_MS = 1500;

interface Waiter {
  resolve: (frameId: number) => void;
  timer: ReturnType<typeof setTimeout>;
}

const known = new Map<string, number>();
const waiters = new Map<string, Waiter>();

function key(tabId: number, ref: string, nonce: string): string {
  return `${tabId}|${ref}|${nonce}`;
}

export function frameNamespace(frameId: number): string {
  return frameId === 0 ? '' : `f${frameId}`;
}

/** The frame a ref was minted in: `ref_f12_3` → 12, `ref_3` → 0 (the top frame). */
export function frameIdForRef(ref: string): number {
  const match = /^ref_f(\d+)_\d+$/i.exec(ref.trim());
  return match ? Number(match[1]) : 0;
}

/** Registers the listener for frame hellos (once per service worker). */
export function listenForFrames(): void {
  if (listening) return;
  listening = true;
  chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    const hello = parseFrameHello(message);
    if (!hello || sender.id !== chrome.runtime.id || sender.tab?.id === undefined || sender.frameId === undefined) return undefined;
    const id = key(sender.tab.id, hello.ref, hello.nonce);
    known.set(id, sender.frameId);
    const waiter = waiters.get(id);
    if (waiter) {
      clearTimeout(waiter.timer);
      waiters.delete(id);
      waiter.resolve(sender.frameId);
    }
    const reply: FrameHelloReply = { namespace: frameNamespace(sender.frameId) };
    sendResponse(reply);
    return undefined;
  });
}
let listening = false;

/** The frame id behind an announced <iframe> ref, or null when the frame did not report in time. */
export function frameForAnnouncement(tabId: number, ref: string, nonce: string): Promise<number | null> {
  const id = key(tabId, ref, nonce);
  const frameId = known.get(id);
  if (frameId !== undefined) {
    known.delete(id);
    return Promise.resolve(frameId);
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      waiters.delete(id);
      resolve(null);
    }, HELLO_TIMEOUT_MS);
    waiters.set(id, {
      resolve: (found) => {
        known.delete(id);
        resolve(found);
      },
      timer,
    });
  });
}
