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

export const FRAME_HELLO = 'tabwright:frame-ref';

export interface FrameHello {
  type: typeof FRAME_HELLO;
  /** The ref of the <iframe> element in the parent's snapshot. */
  ref: string;
  /** Random per snapshot and handed to the service worker with it: a hello the page forged lacks it. */
  nonce: string;
}

/** Tells each cross-origin frame of the last snapshot which ref its <iframe> has in the parent. */
export function announceFrames(frames: ReadonlyArray<{ ref: string; element: Element }>, nonce: string): void {
  for (const { ref, element } of frames) {
    const target = (element as HTMLIFrameElement).contentWindow;
    const hello: FrameHello = { type: FRAME_HELLO, ref, nonce };
    target?.postMessage(hello, '*');
  }
}

/** In a child frame: calls `onHello` with the parent's ref for this frame when the parent announces it. */
export function listenForFrameHello(onHello: (hello: FrameHello) => void): () => void {
  const listener = (event: MessageEvent): void => {
    const data = event.data as Partial<FrameHello> | null;
    if (event.source !== window.parent || data?.type !== FRAME_HELLO) return;
    if (typeof data.ref !== 'string' || typeof data.nonce !== 'string') return;
    onHello({ type: FRAME_HELLO, ref: data.ref, nonce: data.nonce });
  };
  window.addEventListener('message', listener);
  return () => window.removeEventListener('message', listener);
}
