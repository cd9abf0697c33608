import browser from 'webextension-polyfill';
import { FRAME_OFFSET_ASK as ASK, type FrameOffsetQuestion, parseFrameOffsetQuestion } from '../../shared/page-world';
import { type FrameOffsetAnswer, type FrameOffsetWait, parseFrameOffsetReply } from '../../shared/protocol';
import { ActionError, contentOrigin } from './target';
import { windowOf } from './dom';

/**
 * Where this frame's viewport sits in the top viewport, for trusted input (chrome.debugger presses at top-viewport
 * points). A cross-origin frame cannot measure its own position, so it asks its parent's content script, which finds
 * the <iframe> whose window sent the question and answers, through the service worker, with that frame's content
 * origin plus its own offset (see FrameOffsetWait).
 */
interface Offset {
  x: number;
  y: number;
}

/** A same-origin window's viewport offset within this content script's viewport (0,0 for this window). */
export function offsetWithin(win: Window): Offset {
  let x = 0;
  let y = 0;
  for (let current = win; current !== window; ) {
    const frame = current.frameElement;
    if (!frame) break;
    const origin = contentOrigin(frame);
    x += origin.x;
    y += origin.y;
    current = windowOf(frame);
  }
  return { x, y };
}

/** This frame's viewport offset in the top viewport. */
export async function topOffset(): Promise<Offset> {
  if (window.parent === window) return { x: 0, y: 0 };
  const token = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
  // The wait starts in the service worker before the question goes out, so no answer can come before it.
  const wait: FrameOffsetWait = { type: 'frame/offset-wait', token };
  const answer = browser.runtime.sendMessage(wait);
  window.parent.postMessage({ type: ASK, token } satisfies FrameOffsetQuestion, '*');
  const offset = parseFrameOffsetReply(await answer.catch(() => null));
  if (!offset) {
    throw new ActionError(
      'This frame could not be placed in the page (its parent did not answer); use synthetic input here.',
    );
  }
  return offset;
}

/** Questions already answered: each is answered once, for the frame that asked first (the page can only repeat it). */
const answered = new Set<string>();
const ANSWERED_KEPT = 64;

/**
 * Answers child frames asking where they are, through the service worker: the page sees the question too, but its
 * answers never reach the child, and a repeat of the question (from another frame the page controls) is ignored.
 */
export function answerFrameOffsetQuestions(): void {
  window.addEventListener('message', (event: MessageEvent) => {
    const question = parseFrameOffsetQuestion(event.data);
    if (!question || !event.source || answered.has(question.token)) return;
    const frame = Array.from(document.querySelectorAll('iframe,frame')).find(
      (element) => (element as HTMLIFrameElement).contentWindow === event.source,
    );
    if (!frame) return;
    answered.add(question.token);
    if (answered.size > ANSWERED_KEPT) answered.delete(answered.values().next().value as string);
    const origin = contentOrigin(frame);
    const { token } = question;
    void topOffset().then(
      (own) => {
        const reply: FrameOffsetAnswer = { type: 'frame/offset', token, x: origin.x + own.x, y: origin.y + own.y };
        return browser.runtime.sendMessage(reply);
      },
      () => undefined,
    );
  });
}
