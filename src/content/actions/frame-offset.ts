import { FRAME_OFFSET_ANSWER as ANSWER, FRAME_OFFSET_ASK as ASK } from '../../shared/page-world';
import { ActionError, contentOrigin } from './target';
import { windowOf } from './dom';

/**
 * Where this frame's viewport sits in the top viewport, for trusted input (chrome.debugger presses at top-viewport
 * points). A cross-origin frame cannot measure its own position, so it asks its parent's content script, which finds
 * the <iframe> whose window sent the question and answers with that frame's content origin plus its own offset.
 */
const ANSWER_TIMEOUT_MS = 1000;

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
export function topOffset(): Promise<Offset> {
  if (window.parent === window) return Promise.resolve({ x: 0, y: 0 });
  const token = crypto.randomUUID();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      window.removeEventListener('message', onAnswer);
      reject(new ActionError('This frame could not be placed in the page (its parent did not answer); use synthetic input here.'));
    }, ANSWER_TIMEOUT_MS);
    function onAnswer(event: MessageEvent) {
      const data = event.data as { type?: string; token?: string; x?: number; y?: number } | null;
      if (event.source !== window.parent || data?.type !== ANSWER || data.token !== token) return;
      clearTimeout(timer);
      window.removeEventListener('message', onAnswer);
      resolve({ x: Number(data.x) || 0, y: Number(data.y) || 0 });
    }
    window.addEventListener('message', onAnswer);
    window.parent.postMessage({ type: ASK, token }, '*');
  });
}

/** Answers child frames asking where they are. */
export function answerFrameOffsetQuestions(): void {
  window.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { type?: string; token?: string } | null;
    if (data?.type !== ASK || typeof data.token !== 'string' || !event.source) return;
    const frame = Array.from(document.querySelectorAll('iframe,frame')).find(
      (element) => (element as HTMLIFrameElement).contentWindow === event.source,
    );
    if (!frame) return;
    const origin = contentOrigin(frame);
    const token = data.token;
    void topOffset().then(
      (own) => (event.source as Window).postMessage({ type: ANSWER, token, x: origin.x + own.x, y: origin.y + own.y }, '*'),
      () => undefined,
    );
  });
}
