// The frame-slot format: how a snapshot marks where a cross-origin frame's own snapshot goes. The content script
// writes the slot line right under the frame's own line, the service worker stitches the frame's snapshot into it:
//
//   iframe "Payment" [ref_7] (cross-origin frame: contents follow)
//    <<frame ref_7>>
//
// A slot line cannot come from page content: read_page prints page text inside JSON quotes, get_page_text quotes a
// line of text that reads like a slot (unlikeSlot).

export const FRAME_NOTE = '(cross-origin frame: contents follow)';

export function frameSlot(ref: string): string {
  return `<<frame ${ref}>>`;
}

const SLOT_LINE = /^( *)<<frame (ref_[a-z0-9_]+)>>$/gim;

/** A line of page text that reads like a slot (get_page_text prints text unquoted): it is quoted, so it stays text. */
export function unlikeSlot(line: string): string {
  return /^ *<<frame ref_[a-z0-9_]+>>$/i.test(line) ? JSON.stringify(line) : line;
}

/** Refs of the cross-origin frames whose slots are still open in `text`. */
export function openFrameSlots(text: string): string[] {
  return Array.from(text.matchAll(SLOT_LINE), (m) => m[2] as string);
}

/** Replaces the slot of `ref` with the frame's snapshot, indented to the slot's depth. */
export function stitchFrame(text: string, ref: string, frameText: string | null): string {
  return text.replace(SLOT_LINE, (line, indent: string, slotRef: string) => {
    if (slotRef !== ref) return line;
    const body = frameText?.trim() ? frameText.trimEnd() : '(frame content unavailable)';
    return body
      .split('\n')
      .map((l) => indent + l)
      .join('\n');
  });
}
