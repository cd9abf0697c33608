import { FRAME_HELLO } from '../../shared/page-world';
import { type PageFrameHello, parsePageFrameHello } from '../../shared/protocol';

// Cross-origin frames. The content script runs in every frame; the top frame cannot read a
// cross-origin frame, so its snapshot holds a slot line for it, right under the frame's own line:
//
//   iframe "Payment" [ref_7] (cross-origin frame: contents follow)
//     <<frame ref_7>>
//
// The service worker learns which frameId belongs to ref_7 from the frame itself (the parent
// posts FRAME_HELLO with the ref to the frame's window; the frame's content script reports it
// with its own sender.frameId), sets that frame's ref namespace (e.g. `f12`), reads it, and calls
// stitchFrame (the slot format is in shared/frame-slots.ts). Nothing is matched by size, title or URL.

export const FRAME_NOTE = '(cross-origin frame: contents follow)';
export { FRAME_HELLO };

let issuedNonce: string | undefined;

/**
 * The nonce the service worker issued with the request being answered: frames are announced with it, and the worker
 * drops (without storing anything) every hello carrying a nonce it did not issue for this tab.
 */
export function useFrameNonce(nonce: string | undefined): void {
  issuedNonce = nonce;
}

export function currentFrameNonce(): string | undefined {
  return issuedNonce;
}

/** The parent's ref for a frame's <iframe> and the worker's nonce for this request (a forged hello lacks it). */
export type FrameHello = PageFrameHello;

/** Tells each cross-origin frame of the last snapshot which ref its <iframe> has in the parent. */
export function announceFrames(frames: ReadonlyArray<{ ref: string; element: Element }>, nonce: string): void {
  for (const { ref, element } of frames) {
    const target = (element as HTMLIFrameElement).contentWindow;
    const hello: FrameHello = { type: FRAME_HELLO, ref, nonce };
    target?.postMessage(hello, '*');
  }
}

/** A parent announces its frames once per snapshot or action: more hellos than this a second are a flood. */
const HELLOS_PER_SECOND = 16;

/**
 * In a child frame: calls `onHello` with the parent's ref for this frame when the parent announces it. The parent may
 * be a hostile page posting forged hellos: only well-formed ones are passed on, at most HELLOS_PER_SECOND, and the
 * service worker drops any whose nonce it did not issue.
 */
export function listenForFrameHello(onHello: (hello: FrameHello) => void): () => void {
  let windowStart = 0;
  let inWindow = 0;
  const listener = (event: MessageEvent): void => {
    if (event.source !== window.parent) return;
    const hello = parsePageFrameHello(event.data);
    if (!hello) return;
    const now = performance.now();
    if (now - windowStart > 1000) {
      windowStart = now;
      inWindow = 0;
    }
    if (++inWindow > HELLOS_PER_SECOND) return;
    onHello(hello);
  };
  window.addEventListener('message', listener);
  return () => window.removeEventListener('message', listener);
}
