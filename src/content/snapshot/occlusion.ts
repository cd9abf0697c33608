// Covered or not: an element is exposed only if a person can reach one of its visible points.
// In the viewport this is a hit test (elementFromPoint, descending into shadow roots). Outside
// the viewport no hit test is possible, so a page-wide rule stands in for it: when a fixed layer
// (a modal backdrop, an overlay) covers the whole viewport, only what lies inside the layers on
// top of it is reachable; everything else is behind it, wherever it is scrolled.

import { flatParent, shadowRootOf } from './dom';
import type { Box, FrameContext } from './types';

/** The element under a point, descending through open shadow roots. */
export function deepElementFromPoint(doc: Document, x: number, y: number): Element | null {
  let hit = doc.elementFromPoint(x, y);
  for (let depth = 0; hit && depth < 32; depth++) {
    const root = shadowRootOf(hit);
    const inner = root?.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

/** Clicking `hit` reaches `el`: `hit` is `el`, inside it (flat tree), or inside a label of it. */
function reaches(el: Element, hit: Element): boolean {
  for (let node: Element | null = hit, steps = 0; node && steps < 64; node = flatParent(node), steps++) {
    if (node === el) return true;
    if (node.localName === 'label' && (node as HTMLLabelElement).control === el) return true;
  }
  return false;
}

/**
 * A shadow host answers for its whole shadow tree when the point lands on slotted light content,
 * so consult the full stack of elements under the point, from el's own tree scope.
 */
function reachesThroughHost(el: Element, x: number, y: number): boolean {
  const root = el.getRootNode() as Document | ShadowRoot;
  for (const under of root.elementsFromPoint(x, y)) {
    if (reaches(el, under)) return true;
    if (!reaches(under, el)) return false;
  }
  return false;
}

const SAMPLES: ReadonlyArray<readonly [number, number]> = [
  [0.5, 0.5],
  [0.25, 0.25],
  [0.75, 0.25],
  [0.25, 0.75],
  [0.75, 0.75],
];

/** Hit-tests the visible part of `el` (top coordinates) at its centre, then four inner points. */
export function isReachable(el: Element, visible: Box, frame: FrameContext): boolean {
  const width = visible.right - visible.left;
  const height = visible.bottom - visible.top;
  for (const [fx, fy] of SAMPLES) {
    const x = visible.left + width * fx - frame.offsetX;
    const y = visible.top + height * fy - frame.offsetY;
    const hit = deepElementFromPoint(frame.doc, x, y);
    if (!hit) continue;
    if (reaches(el, hit)) return true;
    if (shadowRootOf(hit) && reaches(hit, el) && reachesThroughHost(el, x, y)) return true;
  }
  return false;
}

/** A positioned element in the viewport (top coordinates). */
export interface Occluder {
  el: Element;
  box: Box;
}

function inside(x: number, y: number, box: Box): boolean {
  return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
}

function flatAncestors(el: Element): Set<Element> {
  const set = new Set<Element>();
  for (let node = flatParent(el); node; node = flatParent(node)) set.add(node);
  return set;
}

/**
 * Could something be painted over `el`? Only positioned elements (other than its ancestors and
 * descendants) paint over normal-flow content, so if one of the sample points lies under none of
 * them, the element is visible there without a hit test.
 */
export function mayBeCovered(el: Element, visible: Box, occluders: readonly Occluder[]): boolean {
  const overlapping = occluders.filter(
    (o) =>
      o.el !== el &&
      o.box.left < visible.right &&
      o.box.right > visible.left &&
      o.box.top < visible.bottom &&
      o.box.bottom > visible.top,
  );
  if (overlapping.length === 0) return false;
  const ancestors = flatAncestors(el);
  const others = overlapping.filter((o) => !ancestors.has(o.el) && !flatAncestors(o.el).has(el));
  if (others.length === 0) return false;
  const width = visible.right - visible.left;
  const height = visible.bottom - visible.top;
  return SAMPLES.every(([fx, fy]) => {
    const x = visible.left + width * fx;
    const y = visible.top + height * fy;
    return others.some((o) => inside(x, y, o.box));
  });
}

export interface BlockingLayer {
  /** Subtrees that sit on top of the covering layer; anything outside them is behind it. */
  roots: Set<Element>;
}

function fixedAncestor(el: Element, win: Window): Element | null {
  for (let node: Element | null = el; node; node = flatParent(node)) {
    if (win.getComputedStyle(node).position === 'fixed') return node;
  }
  return null;
}

function coversViewport(el: Element, win: Window): boolean {
  const r = el.getBoundingClientRect();
  return r.left <= 1 && r.top <= 1 && r.right >= win.innerWidth - 1 && r.bottom >= win.innerHeight - 1;
}

/** Finds a modal dialog or a fixed layer that covers the whole viewport of `doc`, if any. */
export function detectBlockingLayer(doc: Document, win: Window): BlockingLayer | null {
  let modal: Element | null = null;
  try {
    modal = doc.querySelector(':modal');
  } catch {
    modal = null;
  }
  if (modal) return { roots: new Set([modal]) };
  const w = win.innerWidth;
  const h = win.innerHeight;
  if (w < 40 || h < 40) return null;
  const roots = new Set<Element>();
  const corners: Array<[number, number]> = [
    [3, 3],
    [w - 4, 3],
    [3, h - 4],
    [w - 4, h - 4],
  ];
  for (const [x, y] of corners) {
    const hit = deepElementFromPoint(doc, x, y);
    const layer = hit ? fixedAncestor(hit, win) : null;
    if (!layer || !coversViewport(layer, win)) return null;
    roots.add(layer);
  }
  // What sits on top of the cover: dialogs, positioned siblings that follow it (a backdrop and
  // its dialog are usually siblings), and whatever fixed layer a few inner points land on.
  for (const cover of [...roots]) {
    for (let next = cover.nextElementSibling; next; next = next.nextElementSibling) {
      const position = win.getComputedStyle(next).position;
      if ((position === 'fixed' || position === 'absolute') && next.checkVisibility()) roots.add(next);
    }
  }
  for (const dialog of doc.querySelectorAll('[role=dialog],[role=alertdialog],[aria-modal=true],dialog[open]')) {
    if (dialog.checkVisibility()) roots.add(dialog);
  }
  for (let i = 1; i <= 3; i++) {
    for (let j = 1; j <= 3; j++) {
      const hit = deepElementFromPoint(doc, (w * i) / 4, (h * j) / 4);
      const layer = hit ? fixedAncestor(hit, win) : null;
      if (layer) roots.add(layer);
    }
  }
  return { roots };
}

/** How far a scroller can move along y, and the box it shows (top coordinates). */
export interface VerticalScroller {
  box: Box;
  scrollTop: number;
  maxScrollTop: number;
}

/** The fixed or sticky element a point lands in: a bar that stays where it is while the content scrolls under it. */
function pinnedLayerAt(frame: FrameContext, x: number, y: number): Element | null {
  for (let node = deepElementFromPoint(frame.doc, x, y); node; node = flatParent(node)) {
    const position = frame.win.getComputedStyle(node).position;
    if (position === 'fixed' || position === 'sticky') return node;
  }
  return null;
}

/**
 * A control that fails the hit test only because a fixed or sticky bar (a booking bar, a cookie banner, a sticky
 * header) lies over it, where scrolling it to the middle of its scroller (as every action does first) moves it out
 * from under the bar. A control covered by anything else, or one its scroller cannot move, stays covered.
 */
export function scrollUncovers(el: Element, seen: Box, frame: FrameContext, scroller: VerticalScroller): boolean {
  const x = (seen.left + seen.right) / 2 - frame.offsetX;
  const y = (seen.top + seen.bottom) / 2 - frame.offsetY;
  const layer = pinnedLayerAt(frame, x, y);
  if (!layer || reaches(layer, el)) return false;
  // Under the bar, the control itself must be what comes next, not another cover.
  const under = frame.doc.elementsFromPoint(x, y).find((hit) => !reaches(layer, hit));
  if (!under || !(reaches(el, under) || reaches(under, el))) return false;
  const rect = el.getBoundingClientRect();
  const centre = (rect.top + rect.bottom) / 2 + frame.offsetY;
  const wanted = scroller.scrollTop + centre - (scroller.box.top + scroller.box.bottom) / 2;
  const shift = Math.min(Math.max(wanted, 0), scroller.maxScrollTop) - scroller.scrollTop;
  if (Math.abs(shift) < 1) return false;
  const moved = centre - shift;
  const cover = layer.getBoundingClientRect();
  const coverTop = cover.top + frame.offsetY;
  const coverBottom = cover.bottom + frame.offsetY;
  return (moved < coverTop || moved > coverBottom) && moved > frame.clip.top && moved < frame.clip.bottom;
}
