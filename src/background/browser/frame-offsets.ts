import { type FrameOffsetReply, parseFrameOffsetAnswer, parseFrameOffsetWait } from '../../shared/protocol';

/**
 * The service worker's part of placing a cross-origin frame in the top viewport (see FrameOffsetWait): it pairs a
 * child frame's wait with the answer of that child's parent frame, which it identifies by Chrome's own frame tree,
 * never by anything a page says. Both sides are content scripts, so both registries only ever hold what Tabwright's
 * own scripts put there, and both are capped.
 */
const WAIT_MS = 1000;
const MAX_WAITING = 64;

interface Waiting {
  tabId: number;
  frameId: number;
  reply: (offset: FrameOffsetReply) => void;
  timer: ReturnType<typeof setTimeout>;
}

/** Answers that arrived before their wait (the two travel from different frames), kept briefly. */
const early = new Map<string, { tabId: number; parentFrameId: number; x: number; y: number }>();
const waiting = new Map<string, Waiting>();

export function listenForFrameOffsets(): void {
  chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (sender.id !== chrome.runtime.id || sender.tab?.id === undefined || sender.frameId === undefined)
      return undefined;
    const wait = parseFrameOffsetWait(message);
    if (wait) {
      startWaiting(wait.token, sender.tab.id, sender.frameId, sendResponse);
      return true;
    }
    const answer = parseFrameOffsetAnswer(message);
    if (answer) void deliver(answer.token, sender.tab.id, sender.frameId, answer);
    return undefined;
  });
}

function startWaiting(token: string, tabId: number, frameId: number, reply: (offset: FrameOffsetReply) => void) {
  if (waiting.size >= MAX_WAITING || waiting.has(token)) {
    reply(null);
    return;
  }
  const timer = setTimeout(() => finish(token, null), WAIT_MS);
  waiting.set(token, { tabId, frameId, reply, timer });
  const arrived = early.get(token);
  if (arrived) {
    early.delete(token);
    void deliver(token, arrived.tabId, arrived.parentFrameId, arrived);
  }
}

async function deliver(token: string, tabId: number, fromFrameId: number, offset: { x: number; y: number }) {
  const waiter = waiting.get(token);
  if (!waiter) {
    if (early.size >= MAX_WAITING) early.delete(early.keys().next().value as string);
    early.set(token, { tabId, parentFrameId: fromFrameId, x: offset.x, y: offset.y });
    setTimeout(() => early.delete(token), WAIT_MS);
    return;
  }
  if (waiter.tabId !== tabId) return;
  const child = await chrome.webNavigation.getFrame({ tabId, frameId: waiter.frameId }).catch(() => null);
  if (child?.parentFrameId !== fromFrameId) return;
  finish(token, { x: offset.x, y: offset.y });
}

function finish(token: string, offset: FrameOffsetReply) {
  const waiter = waiting.get(token);
  if (!waiter) return;
  waiting.delete(token);
  clearTimeout(waiter.timer);
  waiter.reply(offset);
}
