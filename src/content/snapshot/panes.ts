// Scrollable regions: inner panes of app shells (a mail list, a nav, a reading pane) and
// horizontally scrolled strips scroll by themselves while the window stays put, and a same-origin
// frame scrolls its own document. The walk treats each as a pane: what a pane does not show is
// filed under it (above, below, left, right) instead of under the window, and the pane's line says
// how far it scrolls and where to scroll it:
//
//   list "Messages" [ref_9] scrollable y=0–600/4,800 center=(640,410)
//     … what the pane shows …
//     (more below in this region: ~380 links, …; 400 × rows (e.g. "…"))

import { intersect, isEmpty } from './geometry';
import { describeSummary, summarize } from './summary';
import type { Box, FrameContext, SnapNode } from './types';

export type Side = 'above' | 'below' | 'left' | 'right';

export interface Pane {
  el: Element;
  node: SnapNode | null;
  /** The pane's client area (what it shows), in top-viewport coordinates, not clipped by the window. */
  box: Box;
  /** Visible part of the pane in the window: what is outside it is reachable by scrolling the pane. */
  view: Box;
  /** Scroll offsets in window pixels (a pane's own are in its zoomed pixels: see `zoom`). */
  scrollTop: number;
  scrollLeft: number;
  /** The pane's effective CSS zoom: its client size and scroll offsets count its own pixels, this many window pixels each. */
  zoom: number;
  /** The scroll origin is at the right (right to left, row-reverse): content overflows to the left, scrollLeft ≤ 0. */
  reversedX: boolean;
  /** The scroll origin is at the bottom (a column-reverse chat log): content overflows upward, scrollTop ≤ 0. */
  reversedY: boolean;
  beyond: Map<Side, Element[]>;
  /** The pane this one scrolls inside (a list in a board that scrolls sideways), if any. */
  outer: Pane | null;
}

const SCROLLING = /auto|scroll|overlay/;
/** Smallest overflow (px) worth calling a region scrollable: sub-pixel rounding and 1-px borders are not. */
const MIN_OVERFLOW = 4;

function thousands(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/**
 * The pane `el` forms, or null when it does not scroll by itself (the page's own scroller is the window). `overflow`:
 * its `overflow-x overflow-y`, as the walk read them.
 */
export function paneOf(
  el: Element,
  overflow: string,
  style: CSSStyleDeclaration,
  rect: DOMRect,
  frame: FrameContext,
  view: Box,
): Pane | null {
  if (!SCROLLING.test(overflow)) return null;
  const doc = el.ownerDocument;
  if (el === doc.scrollingElement || el === doc.documentElement || el === doc.body) return null;
  const [overflowX = '', overflowY = overflowX] = overflow.split(' ');
  const scrollsY = SCROLLING.test(overflowY) && el.scrollHeight - el.clientHeight >= MIN_OVERFLOW;
  const scrollsX = SCROLLING.test(overflowX) && el.scrollWidth - el.clientWidth >= MIN_OVERFLOW;
  if (!scrollsX && !scrollsY) return null;
  // Its box is in window pixels; client sizes and offsets are in its own, which CSS zoom scales.
  const zoom = (el as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
  const left = rect.left + el.clientLeft * zoom + frame.offsetX;
  const top = rect.top + el.clientTop * zoom + frame.offsetY;
  const box = { left, top, right: left + el.clientWidth * zoom, bottom: top + el.clientHeight * zoom };
  return {
    el,
    node: null,
    box,
    view: intersect(box, view),
    scrollTop: el.scrollTop * zoom,
    scrollLeft: el.scrollLeft * zoom,
    zoom,
    ...reversedAxes(style),
    beyond: new Map(),
    outer: null,
  };
}

/**
 * Which axes scroll from their end: a flex container reversed along an axis, right-to-left text, or a vertical writing
 * mode, whose lines run right to left (vertical-rl) and whose text runs along the y axis.
 */
function reversedAxes(style: CSSStyleDeclaration): { reversedX: boolean; reversedY: boolean } {
  const flex = style.display.endsWith('flex');
  const rtl = style.direction === 'rtl';
  if (style.writingMode !== 'horizontal-tb') {
    return { reversedX: style.writingMode.endsWith('-rl'), reversedY: rtl };
  }
  const rowReverse = flex && style.flexDirection === 'row-reverse';
  return {
    reversedX: rtl !== rowReverse,
    reversedY: flex && style.flexDirection === 'column-reverse',
  };
}

/** A same-origin frame's document as a pane: its viewport is what it shows. */
export function framePane(frameEl: Element, node: SnapNode, frame: FrameContext): Pane {
  const box = {
    left: frame.offsetX,
    top: frame.offsetY,
    right: frame.offsetX + frame.win.innerWidth,
    bottom: frame.offsetY + frame.win.innerHeight,
  };
  return {
    el: frameEl,
    node,
    box,
    view: frame.clip,
    scrollTop: frame.scrollY,
    scrollLeft: frame.scrollX,
    zoom: 1,
    reversedX: frame.rtl,
    reversedY: false,
    beyond: new Map(),
    outer: null,
  };
}

/**
 * Where `box` lies relative to what the pane shows, or null when it overlaps the pane's area. Beyond two edges at
 * once, the farther one: a cell of a row just below a pane scrolled sideways lies far to its left.
 */
function sideOf(pane: Pane, box: Box): Side | null {
  if (!isEmpty(intersect(box, pane.box))) return null;
  const above = pane.box.top - box.bottom;
  const below = box.top - pane.box.bottom;
  const left = pane.box.left - box.right;
  const right = box.left - pane.box.right;
  const vertical = Math.max(above, below);
  if (vertical >= Math.max(left, right)) return above >= below ? 'above' : 'below';
  return left >= right ? 'left' : 'right';
}

/**
 * The innermost pane, from `pane` outward, whose area `box` lies outside of, and on which side: a card past the right
 * edge of a board lies inside its own list's area but beyond the board's.
 */
export function paneBeyond(pane: Pane | null, box: Box): { pane: Pane; side: Side } | null {
  for (let p = pane; p; p = p.outer) {
    const side = sideOf(p, box);
    if (side) return { pane: p, side };
  }
  return null;
}

/**
 * Positioned before the start of the pane's content: no scrolling of the pane reaches it (off-screen hiding). The
 * start is the left and top edge, or the right (bottom) edge of a pane that scrolls from its end.
 */
export function beforePaneStart(pane: Pane, box: Box): boolean {
  const beforeX = pane.reversedX
    ? box.left + pane.scrollLeft - pane.box.right >= 0
    : box.right - pane.box.left + pane.scrollLeft <= 0;
  const beforeY = pane.reversedY
    ? box.top + pane.scrollTop - pane.box.bottom >= 0
    : box.bottom - pane.box.top + pane.scrollTop <= 0;
  return beforeX || beforeY;
}

/** Scroll and client sizes in window pixels. */
function scrollSize(
  el: Element,
  doc: boolean,
  zoom: number,
): { width: number; height: number; clientWidth: number; clientHeight: number } {
  const target = doc ? ((el as HTMLIFrameElement).contentDocument?.scrollingElement ?? el) : el;
  const win = doc ? (el as HTMLIFrameElement).contentWindow : null;
  return {
    width: target.scrollWidth * zoom,
    height: target.scrollHeight * zoom,
    clientWidth: win?.innerWidth ?? el.clientWidth * zoom,
    clientHeight: win?.innerHeight ?? el.clientHeight * zoom,
  };
}

/** `scrollable y=0–600/4,800 center=(640,410)`: the shown range per scrolling axis and a point to scroll at. */
export function describeScroll(pane: Pane): string | null {
  const isFrame = ['iframe', 'frame', 'object'].includes(pane.el.localName);
  const size = scrollSize(pane.el, isFrame, pane.zoom);
  const axes: string[] = [];
  // Ranges are measured from the top and left edges, also where scrolling starts from the other end.
  const top = pane.reversedY ? pane.scrollTop + size.height - size.clientHeight : pane.scrollTop;
  const left = pane.reversedX ? pane.scrollLeft + size.width - size.clientWidth : pane.scrollLeft;
  if (size.height - size.clientHeight >= MIN_OVERFLOW) {
    axes.push(`y=${thousands(top)}–${thousands(top + size.clientHeight)}/${thousands(size.height)}`);
  }
  if (size.width - size.clientWidth >= MIN_OVERFLOW) {
    axes.push(`x=${thousands(left)}–${thousands(left + size.clientWidth)}/${thousands(size.width)}`);
  }
  if (axes.length === 0) return null;
  const at = isEmpty(pane.view)
    ? ''
    : ` center=(${Math.round((pane.view.left + pane.view.right) / 2)},${Math.round((pane.view.top + pane.view.bottom) / 2)})`;
  return `scrollable ${axes.join(' ')}${at}`;
}

const SIDES: readonly Side[] = ['above', 'below', 'left', 'right'];

/** `(more below in this region: …)` lines for what the pane holds beyond what it shows. */
export function beyondLines(pane: Pane): string[] {
  const lines: string[] = [];
  for (const side of SIDES) {
    const elements = pane.beyond.get(side);
    if (!elements?.length) continue;
    const where = side === 'left' || side === 'right' ? `to the ${side}` : side;
    lines.push(`(more ${where} in this region: ${describeSummary(summarize(elements))})`);
  }
  return lines;
}

export function fileBeyond(pane: Pane, side: Side, el: Element): void {
  const list = pane.beyond.get(side);
  if (list) list.push(el);
  else pane.beyond.set(side, [el]);
}
