// Boxes in top-viewport coordinates. A same-origin frame's content is shifted by the frame's
// content-box offset and clipped to the frame's visible area.

import type { Box, FrameContext } from './types';

export function intersect(a: Box, b: Box): Box {
  return {
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  };
}

/** The two boxes share more than `minSide` px on both axes (no allocation: it runs for every element). */
export function overlaps(a: Box, b: Box, minSide = 0): boolean {
  return (
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > minSide &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > minSide
  );
}

/** A box's area in px² (0 for an empty one). */
export function areaOf(box: Box): number {
  return Math.max(0, box.right - box.left) * Math.max(0, box.bottom - box.top);
}

/** No area anywhere: what can be seen of something out of view. */
export const NOWHERE: Box = Object.freeze({ left: 0, top: 0, right: 0, bottom: 0 });

export function isEmpty(box: Box, minSide = 0): boolean {
  return box.right - box.left <= minSide || box.bottom - box.top <= minSide;
}

export function contains(outer: Box, inner: Box, tolerance = 1): boolean {
  return (
    inner.left >= outer.left - tolerance &&
    inner.top >= outer.top - tolerance &&
    inner.right <= outer.right + tolerance &&
    inner.bottom <= outer.bottom + tolerance
  );
}

export function toTop(rect: DOMRect, frame: FrameContext): Box {
  return {
    left: rect.left + frame.offsetX,
    top: rect.top + frame.offsetY,
    right: rect.right + frame.offsetX,
    bottom: rect.bottom + frame.offsetY,
  };
}

/** A box in top coordinates back in the frame's own. */
export function fromTop(box: Box, frame: FrameContext): Box {
  const { offsetX, offsetY } = frame;
  return { left: box.left - offsetX, top: box.top - offsetY, right: box.right - offsetX, bottom: box.bottom - offsetY };
}

export function topFrame(win: Window): FrameContext {
  return {
    doc: win.document,
    win,
    offsetX: 0,
    offsetY: 0,
    clip: { left: 0, top: 0, right: win.innerWidth, bottom: win.innerHeight },
    scrollX: win.scrollX,
    scrollY: win.scrollY,
    rtl: isRightToLeft(win),
  };
}

/** The frame's own viewport (what its window shows), in top coordinates, not clipped by enclosing frames. */
export function frameViewport(frame: FrameContext): Box {
  const { offsetX, offsetY, win } = frame;
  return { left: offsetX, top: offsetY, right: offsetX + win.innerWidth, bottom: offsetY + win.innerHeight };
}

/**
 * The window's scroll origin follows the document's principal writing mode (its body's): right to left in
 * right-to-left text, and in vertical-rl, whose lines run from the right.
 */
function isRightToLeft(win: Window): boolean {
  const root = win.document.body ?? win.document.documentElement;
  if (root === null) return false;
  const style = win.getComputedStyle(root);
  return style.writingMode === 'horizontal-tb' ? style.direction === 'rtl' : style.writingMode.endsWith('-rl');
}

/** The context of a same-origin frame's document, given the frame element's box (top coordinates). */
export function childFrame(frame: Element, box: Box, parent: FrameContext, doc: Document): FrameContext {
  const style = parent.win.getComputedStyle(frame);
  const offsetX = box.left + frame.clientLeft + Number.parseFloat(style.paddingLeft);
  const offsetY = box.top + frame.clientTop + Number.parseFloat(style.paddingTop);
  const win = doc.defaultView as Window;
  const content = { left: offsetX, top: offsetY, right: offsetX + win.innerWidth, bottom: offsetY + win.innerHeight };
  return {
    doc,
    win,
    offsetX,
    offsetY,
    clip: intersect(content, parent.clip),
    scrollX: win.scrollX,
    scrollY: win.scrollY,
    rtl: isRightToLeft(win),
    host: { element: frame, parent },
  };
}

/**
 * Positioned where no scrolling can reach (beyond the document's start: left, or right in a right-to-left document,
 * and top), the classic "visually hidden off-screen" technique.
 */
export function isOffPage(rect: Box, frame: FrameContext): boolean {
  // Right to left, the start is the right edge: content overflows to the left, past the right edge is out of reach.
  const beforeStartX = frame.rtl ? rect.left + frame.scrollX >= frame.win.innerWidth : rect.right + frame.scrollX <= 0;
  return beforeStartX || rect.bottom + frame.scrollY <= 0;
}

/**
 * `box` grown by what overflows it where its overflow shows: right and down (left in right-to-left text). A carousel's
 * wrapper translated off the page holds the slide shown in view, which overflows it.
 */
export function withVisibleOverflow(el: Element, box: Box, style: CSSStyleDeclaration, rtl: boolean): Box {
  const x = style.overflowX === 'visible' ? Math.max(0, el.scrollWidth - el.clientWidth) : 0;
  const y = style.overflowY === 'visible' ? Math.max(0, el.scrollHeight - el.clientHeight) : 0;
  if (x === 0 && y === 0) return box;
  const bottom = box.bottom + y;
  return rtl ? { ...box, left: box.left - x, bottom } : { ...box, right: box.right + x, bottom };
}
