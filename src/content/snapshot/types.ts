/** One line (or inline item) of a snapshot: an element the model may read or act on, or a run of text. */
export interface SnapNode {
  /** ARIA-style role; `text` for a run of readable text. */
  role: string;
  /** Accessible name, or the text itself for `text` nodes. */
  name: string;
  el: Element | null;
  /** Stable reference (`ref_12`), only on elements worth targeting. */
  ref: string | null;
  /** Added to the page since the previous snapshot of this document. */
  isNew: boolean;
  /** A person could act on it right now (visible, not covered, not disabled). */
  actionable: boolean;
  /** A control found covered by something painted over it: its line is left out, its children stay. */
  covered: boolean;
  /** Bare words such as `checked`, `disabled`, `level=2`. */
  states: string[];
  /** `key="value"` pieces such as `href="/cart"`, `value="42"`. */
  attrs: string[];
  children: SnapNode[];
  /** Whether the element is inside the viewport (`in`) or reachable only by scrolling (`out`). */
  region: 'in' | 'out';
  /** Set on a cross-origin iframe: the service worker stitches that frame's own snapshot in here. */
  frameSlot?: string;
  /** Set on a region that scrolls by itself (an inner pane, a strip, a frame): how far, and where to scroll it. */
  scroll?: string;
  /** Lines about what lies in this scrollable region beyond what it shows (above, below, left, right). */
  beyond?: string[];
  /** A container the viewport shows whole: reading it by ref would add nothing, so it carries no ref. */
  shownWhole?: boolean;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where a document sits in the top viewport: its offset and the part of it that can be seen. */
export interface FrameContext {
  doc: Document;
  win: Window;
  offsetX: number;
  offsetY: number;
  /** Visible area of this frame, in top-viewport coordinates. */
  clip: Box;
  /** The frame's scroll position, read once per snapshot (reading it per element is not free). */
  scrollX: number;
  scrollY: number;
  /** A right-to-left document: its window's content overflows to the left and scrollX runs from 0 down. */
  rtl: boolean;
  /** The frame element showing this window and the frame that holds it; absent for the top frame. */
  host?: { element: Element; parent: FrameContext };
  /**
   * The outermost frame this script reads, when it is a cross-origin frame: the parts of its viewport its parent paints
   * over (a consent banner over part of an embed), which its own hit tests cannot see.
   */
  coveredByParent?: readonly Box[];
}
