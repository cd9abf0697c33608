import { SESSION_KEYS } from '../../shared/storage/keys';
import { storageItem } from '../../shared/storage/storage-area';
import { type FrameHelloReply, parseFrameHello } from '../../shared/protocol';
import { listenForFrameOffsets } from './frame-offsets';

/**
 * Which frame of a tab a cross-origin <iframe> ref leads to. A parent frame announces a child with its ref and a
 * nonce; the child's content script reports both, and its frame id comes from the message sender, which no page can
 * forge. The child is then told its ref namespace, `f<frameId>`, so every ref it mints says where it lives.
 */
const HELLO_TIMEOUT_MS = 1500;
/** Nonces a tab may have outstanding (one per read or action); older ones are forgotten with their frames. */
const NONCES_PER_TAB = 8;
/** Frames one nonce can place: a snapshot announces at most this many cross-origin frames that matter. */
const FRAMES_PER_NONCE = 64;

interface Waiter {
  resolve: (frameId: number) => void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Per tab, the nonces the worker issued, each with the frames that reported it (ref → frame id). Only an issued nonce
 * stores anything, and every level is capped, so a page flooding its frames with forged hellos costs a lookup each.
 */
const issued = new Map<number, Map<string, Map<string, number>>>();
const waiters = new Map<string, Waiter>();
const counters = { accepted: 0, dropped: 0 };

function key(tabId: number, ref: string, nonce: string): string {
  return `${tabId}|${ref}|${nonce}`;
}

/** A fresh nonce for one read or action on the tab: hellos must carry it to be heard. */
export function issueFrameNonce(tabId: number): string {
  listenForFrames();
  const nonce = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
  const nonces = issued.get(tabId) ?? new Map<string, Map<string, number>>();
  issued.set(tabId, nonces);
  nonces.set(nonce, new Map());
  for (const oldest of nonces.keys()) {
    if (nonces.size <= NONCES_PER_TAB) break;
    nonces.delete(oldest);
  }
  return nonce;
}

const REPORT_EVERY_MS = 250;
let reportTimer: ReturnType<typeof setTimeout> | undefined;

/** Keeps the registry's size in session storage (at most every REPORT_EVERY_MS), where diagnostics and tests read it. */
function reportSoon() {
  if (reportTimer !== undefined) return;
  reportTimer = setTimeout(() => {
    reportTimer = undefined;
    void frameRegistryItem.set(frameRegistrySize()).catch(() => undefined);
  }, REPORT_EVERY_MS);
}

const frameRegistryItem = storageItem<ReturnType<typeof frameRegistrySize>>('session', SESSION_KEYS.frameRegistry);

/** How much the registry holds, and how many hellos it accepted and dropped (for tests and diagnostics). */
export function frameRegistrySize(): {
  tabs: number;
  nonces: number;
  frames: number;
  waiters: number;
  accepted: number;
  dropped: number;
} {
  let nonces = 0;
  let frames = 0;
  for (const perTab of issued.values()) {
    nonces += perTab.size;
    for (const perNonce of perTab.values()) frames += perNonce.size;
  }
  return { tabs: issued.size, nonces, frames, waiters: waiters.size, ...counters };
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
  chrome.tabs.onRemoved.addListener((tabId) => issued.delete(tabId));
  listenForFrameOffsets();
  chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    const hello = parseFrameHello(message);
    if (!hello || sender.id !== chrome.runtime.id || sender.tab?.id === undefined || sender.frameId === undefined)
      return undefined;
    const frames = issued.get(sender.tab.id)?.get(hello.nonce);
    reportSoon();
    if (!frames || (frames.size >= FRAMES_PER_NONCE && !frames.has(hello.ref))) {
      counters.dropped++;
      return undefined;
    }
    counters.accepted++;
    frames.set(hello.ref, sender.frameId);
    const id = key(sender.tab.id, hello.ref, hello.nonce);
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
  const frames = issued.get(tabId)?.get(nonce);
  if (!frames) return Promise.resolve(null);
  const frameId = frames.get(ref);
  if (frameId !== undefined) return Promise.resolve(frameId);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      waiters.delete(id);
      resolve(null);
    }, HELLO_TIMEOUT_MS);
    waiters.set(id, { resolve, timer });
  });
}
