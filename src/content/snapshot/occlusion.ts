// Covered or not: an element is exposed only if a person can reach one of its visible points.
// In the viewport this is a hit test (elementFromPoint, descending into shadow roots). Outside
// the viewport no hit test is possible, so a page-wide rule stands in for it: when a fixed layer
// (a modal backdrop, an overlay) covers the whole viewport, only what lies inside the layers on
// top of it is reachable; everything else is behind it, wherever it is scrolled.

import { flatParent, shadowRootOf } from './dom';
import { contains, intersect, isEmpty, toTop } from './geometry';
import { paintsOpaque } from './paint-share';
import type { Box, FrameContext } from './types';
import type { Veils } from './veil';

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
    const reached =
      reaches(el, hit) || (shadowRootOf(hit) !== null && reaches(hit, el) && reachesThroughHost(el, x, y));
    if (reached && coverAround(frame, x, y) === null) return true;
  }
  return false;
}

/** A frame element and the frame holding it. */
type FrameHost = NonNullable<FrameContext['host']>;

/**
 * Where a point of the window a frame element shows (that window's viewport coordinates) lies in the window holding
 * the element, through its border, padding and any transform (a builder's canvas frame previewed at 75 %).
 */
function inParentWindow(host: FrameHost, x: number, y: number): { x: number; y: number } {
  const { rect, scaleX, scaleY, insetX, insetY } = framePlacement(host);
  return { x: rect.left + (insetX + x) * scaleX, y: rect.top + (insetY + y) * scaleY };
}

/** The other way: where a point of the window holding a frame element lies in the frame's own window. */
export function inFrameWindow(host: FrameHost, x: number, y: number): { x: number; y: number } {
  const { rect, scaleX, scaleY, insetX, insetY } = framePlacement(host);
  return { x: (x - rect.left) / scaleX - insetX, y: (y - rect.top) / scaleY - insetY };
}

function framePlacement({ element, parent }: FrameHost) {
  const rect = element.getBoundingClientRect();
  const layoutWidth = (element as HTMLElement).offsetWidth;
  const layoutHeight = (element as HTMLElement).offsetHeight;
  const style = parent.win.getComputedStyle(element);
  return {
    rect,
    scaleX: layoutWidth > 0 && rect.width > 0 ? rect.width / layoutWidth : 1,
    scaleY: layoutHeight > 0 && rect.height > 0 ? rect.height / layoutHeight : 1,
    insetX: element.clientLeft + Number.parseFloat(style.paddingLeft),
    insetY: element.clientTop + Number.parseFloat(style.paddingTop),
  };
}

/** What lies over a frame element where the frame shows a point, in the window holding it; `at` is there. */
interface FrameCover {
  /** What is on top (null: what the parent of this script's outermost frame paints, unknown here). */
  hit: Element | null;
  host: FrameHost | null;
  /** The window the cover is in and the point there (that window's viewport coordinates). */
  frame: FrameContext;
  at: { x: number; y: number };
}

/**
 * What covers a point of a frame's window (its viewport coordinates) in the frames around it: in each, the frame
 * element must be what lies on top there, and the parent of this script's outermost frame must paint nothing over it
 * (a consent banner over part of an embed). Null when a click there reaches the frame's document.
 */
function coverAround(frame: FrameContext, x: number, y: number): FrameCover | null {
  let at = { x, y };
  let inner = frame;
  for (let host = frame.host; host; host = host.parent.host) {
    at = inParentWindow(host, at.x, at.y);
    inner = host.parent;
    const hit = deepElementFromPoint(inner.doc, at.x, at.y);
    if (hit !== host.element) return { hit, host, frame: inner, at };
  }
  const inside = (box: Box) => at.x >= box.left && at.x < box.right && at.y >= box.top && at.y < box.bottom;
  return inner.coveredByParent?.some(inside) ? { hit: null, host: null, frame: inner, at } : null;
}

/** What the parent of this script's outermost frame paints over it (top coordinates). */
export function coversOfThisWindow(frame: FrameContext): readonly Box[] {
  let outer = frame;
  while (outer.host) outer = outer.host.parent;
  return outer.coveredByParent ?? [];
}

/** Some of what the parent of this script's outermost frame paints over meets `seen`. */
export function coveredByParentAt(frame: FrameContext, seen: Box): boolean {
  return coversOfThisWindow(frame).some((box) => !isEmpty(intersect(box, seen)));
}

/**
 * `covered` (of `frame`) lies under `hit` only because `hit` is part of a bar that stays put (a fixed banner, a
 * sticky header), and scrolling the window to centre `box` (top coordinates; as every action does first) moves it
 * out from under the bar.
 */
function barMovesAway(
  hit: Element,
  covered: Element,
  frame: FrameContext,
  box: Box,
  windowScroller: (of: FrameContext) => Scroller,
): boolean {
  const scroller = windowScroller(frame);
  const layer = staticLayerOf(hit, frame, scroller);
  if (!layer || reaches(layer, covered)) return false;
  const moved = centredMiddle(box, scroller);
  return outsideOf(moved, toTop(layer.getBoundingClientRect(), frame)) && shownAfter(moved, frame, scroller);
}

/**
 * A control of a frame (its visible part `seen`, top coordinates) that a frame around it covers only with a bar that
 * stays put, where scrolling that frame's window to centre the control moves it out from under the bar.
 */
export function frameBarMovesAway(seen: Box, frame: FrameContext, windowScroller: (of: FrameContext) => Scroller) {
  const cover = coverAround(
    frame,
    (seen.left + seen.right) / 2 - frame.offsetX,
    (seen.top + seen.bottom) / 2 - frame.offsetY,
  );
  return cover !== null && coverMovesAway(cover, seen, windowScroller);
}

/** The cover found around a frame is a bar that stays put and centring `seen` (top coordinates) moves it away. */
function coverMovesAway(cover: FrameCover, seen: Box, windowScroller: (of: FrameContext) => Scroller): boolean {
  if (!cover.hit || !cover.host) return false;
  const { hit, host, frame: outer, at } = cover;
  const halfWidth = (seen.right - seen.left) / 2;
  const halfHeight = (seen.bottom - seen.top) / 2;
  const x = at.x + outer.offsetX;
  const y = at.y + outer.offsetY;
  const box = { left: x - halfWidth, right: x + halfWidth, top: y - halfHeight, bottom: y + halfHeight };
  return barMovesAway(hit, host.element, outer, box, windowScroller);
}

/**
 * What `frame` paints over the part `part` (top coordinates) of the cross-origin frame element `element` shows,
 * judged in the middle of the part: covered when something else is on top there, in this window or one around it,
 * unless it is a bar that stays put and scrolling brings the part out from under it.
 */
export function coversFramePart(
  element: Element,
  part: Box,
  frame: FrameContext,
  windowScroller: (of: FrameContext) => Scroller,
): boolean {
  const x = (part.left + part.right) / 2 - frame.offsetX;
  const y = (part.top + part.bottom) / 2 - frame.offsetY;
  const hit = deepElementFromPoint(frame.doc, x, y);
  if (hit !== element) return !hit || !barMovesAway(hit, element, frame, part, windowScroller);
  const cover = coverAround(frame, x, y);
  return cover !== null && !coverMovesAway(cover, part, windowScroller);
}

/**
 * Something between `hit` and the ancestor it shares with `el` paints opaquely and moves with the page: what lies under
 * it is not seen. A fixed or sticky bar stays put while the text scrolls out from under it, so it hides nothing for good.
 */
function opaqueOver(hit: Element, el: Element, win: Window): boolean {
  let opaque = false;
  for (let node: Element | null = hit; node && !reaches(node, el); node = flatParent(node)) {
    const style = win.getComputedStyle(node);
    if (style.position === 'fixed' || style.position === 'sticky') return false;
    opaque ||= paintsOpaque(style);
  }
  return opaque;
}

/**
 * Text under a cover over part of the page (a panel's loading overlay): at every sample point of the visible part of
 * `el` (top coordinates), the topmost element lies outside it and paints opaquely. A see-through veil hides nothing.
 */
export function isPaintedOver(el: Element, visible: Box, frame: FrameContext): boolean {
  const width = visible.right - visible.left;
  const height = visible.bottom - visible.top;
  for (const [fx, fy] of SAMPLES) {
    const hit = deepElementFromPoint(
      frame.doc,
      visible.left + width * fx - frame.offsetX,
      visible.top + height * fy - frame.offsetY,
    );
    if (!hit || reaches(el, hit) || reaches(hit, el) || !opaqueOver(hit, el, frame.win)) return false;
  }
  return true;
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
 * Could something be painted over `el`? Only positioned elements (other than its descendants, and
 * its ancestors but for a veil they lay over their content) paint over normal-flow content, so if
 * one of the sample points lies under none of them, the element is visible there without a hit test.
 */
export function mayBeCovered(
  el: Element,
  visible: Box,
  occluders: readonly Occluder[],
  win: Window,
  veils: Veils,
): boolean {
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
  const others = overlapping.filter((o) =>
    ancestors.has(o.el) ? veils.of(o.el, win) !== null : !flatAncestors(o.el).has(el),
  );
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

/** The fixed element holding what is on top at a point, if any. */
function fixedLayerAt(doc: Document, win: Window, x: number, y: number): Element | null {
  const hit = deepElementFromPoint(doc, x, y);
  return hit ? fixedAncestor(hit, win) : null;
}

function coversViewport(el: Element, win: Window): boolean {
  const r = el.getBoundingClientRect();
  return r.left <= 1 && r.top <= 1 && r.right >= win.innerWidth - 1 && r.bottom >= win.innerHeight - 1;
}

function withinAny(el: Element, roots: ReadonlySet<Element>): boolean {
  for (let node: Element | null = el; node; node = flatParent(node)) if (roots.has(node)) return true;
  return false;
}

/**
 * The open modal dialog of `doc`, also inside shadow roots, which `querySelector` does not see into: showModal() puts
 * focus inside the dialog and makes the rest inert, so the focused element's trees lead to it.
 */
function findModal(doc: Document): Element | null {
  try {
    const modal = doc.querySelector(':modal');
    if (modal) return modal;
    for (let active = doc.activeElement; active; active = active.shadowRoot?.activeElement ?? null) {
      const inTree = active.closest(':modal');
      if (inTree) return inTree;
    }
  } catch {
    // A browser without :modal has no way to say; the viewport-covering check below still runs.
  }
  return null;
}

/** Finds a modal dialog or a fixed layer that covers the whole viewport of `doc`, if any. */
export function detectBlockingLayer(doc: Document, win: Window): BlockingLayer | null {
  const modal = findModal(doc);
  if (modal) return { roots: new Set([modal]) };
  const w = win.innerWidth;
  const h = win.innerHeight;
  if (w < 40 || h < 40) return null;
  const roots = new Set<Element>();
  // The page's own fixed bars may sit above the cover at a corner (a header over a loading splash, a chat launcher).
  const bars = new Set<Element>();
  const corners: Array<[number, number]> = [
    [3, 3],
    [w - 4, 3],
    [3, h - 4],
    [w - 4, h - 4],
  ];
  for (const [x, y] of corners) {
    const layer = fixedLayerAt(doc, win, x, y);
    if (!layer) return null;
    if (coversViewport(layer, win)) roots.add(layer);
    else bars.add(layer);
  }
  if (roots.size === 0) {
    // Every corner showed a bar: a cover under them would show at the centre.
    const centre = fixedLayerAt(doc, win, w / 2, h / 2);
    if (!centre || !coversViewport(centre, win)) return null;
    roots.add(centre);
  }
  // What sits on top of the cover: dialogs, positioned siblings that follow it (a backdrop and
  // its dialog are usually siblings), and whatever fixed layer a few inner points land on.
  for (const cover of [...roots]) {
    for (let next = cover.nextElementSibling; next; next = next.nextElementSibling) {
      const position = win.getComputedStyle(next).position;
      if ((position === 'fixed' || position === 'absolute') && next.checkVisibility()) roots.add(next);
    }
  }
  for (const bar of bars) roots.add(bar);
  for (const dialog of doc.querySelectorAll('[role=dialog],[role=alertdialog],[aria-modal=true],dialog[open]')) {
    if (dialog.checkVisibility()) roots.add(dialog);
  }
  for (let i = 1; i <= 3; i++) {
    for (let j = 1; j <= 3; j++) {
      const hit = deepElementFromPoint(doc, (w * i) / 4, (h * j) / 4);
      const layer = hit ? fixedAncestor(hit, win) : null;
      if (layer) roots.add(layer);
      // Page content painted over the layer: it is a background behind the page, not a cover.
      else if (hit && !withinAny(hit, roots)) return null;
    }
  }
  return { roots };
}

/** The element that scrolls a control into view (null: its document's window), where it is and how far it moves. */
export interface Scroller {
  el: Element | null;
  box: Box;
  scrollLeft: number;
  scrollTop: number;
  /** Scroll ranges: [0, max], or [-max, 0] where scrolling starts from the right or bottom end. */
  rangeLeft: [number, number];
  rangeTop: [number, number];
}

/**
 * The layer `hit` belongs to when that layer stays where it is while `scroller` scrolls: a fixed or sticky bar, or
 * (for an inner pane) anything outside the pane, such as a menu the page placed over it. Null when it scrolls along.
 */
function staticLayerOf(hit: Element, frame: FrameContext, scroller: Scroller): Element | null {
  for (let node: Element | null = hit; node; node = flatParent(node)) {
    if (node === scroller.el) return null;
    const position = frame.win.getComputedStyle(node).position;
    if (position === 'fixed' || position === 'sticky') return node;
  }
  return scroller.el ? hit : null;
}

/** The static layers stacked over `el` at a point, or null when something that scrolls along covers it too. */
function staticCoversAt(el: Element, frame: FrameContext, x: number, y: number, scroller: Scroller): Element[] | null {
  const covers: Element[] = [];
  for (const hit of frame.doc.elementsFromPoint(x, y)) {
    // The scroller itself answers for its own scrollbar: scrolling moves the control off the bar.
    if (hit === scroller.el) return covers;
    if (reaches(el, hit) || reaches(hit, el)) return covers.length ? covers : null;
    if (covers.some((cover) => reaches(cover, hit) || reaches(hit, cover))) continue;
    const layer = staticLayerOf(hit, frame, scroller);
    if (!layer || reaches(layer, el)) return null;
    covers.push(layer);
  }
  return null;
}

/** Where a scroll that centres `from`–`to` in `start`–`end` (as far as the scroller can go) moves the centre. */
function centred(from: number, to: number, start: number, end: number, position: number, range: number[]): number {
  const [min = 0, max = 0] = range;
  const centre = (from + to) / 2;
  const wanted = position + centre - (start + end) / 2;
  return centre - (Math.min(Math.max(wanted, min), max) - position);
}

/** Where the middle of `box` (top coordinates) goes when a scroll centres it in `scroller`, as far as that can go. */
function centredMiddle(box: Box, scroller: Scroller): { x: number; y: number } {
  const { box: view } = scroller;
  return {
    x: centred(box.left, box.right, view.left, view.right, scroller.scrollLeft, scroller.rangeLeft),
    y: centred(box.top, box.bottom, view.top, view.bottom, scroller.scrollTop, scroller.rangeTop),
  };
}

function outsideOf(point: { x: number; y: number }, box: Box): boolean {
  return point.x < box.left || point.x > box.right || point.y < box.top || point.y > box.bottom;
}

/** The point is in the frame's visible area and its scroller's after the scroll. */
function shownAfter(point: { x: number; y: number }, frame: FrameContext, scroller: Scroller): boolean {
  return [frame.clip, scroller.box].every(
    (b) => point.x > b.left && point.x < b.right && point.y > b.top && point.y < b.bottom,
  );
}

/**
 * What lies over an inner pane where its scroll would bring a control in. A control just past a pane's edge is listed
 * because one scroll of the pane brings it in, but the scroll moves only what the pane holds: something outside it
 * that spans the pane along the way it scrolls (a drawer laid over the right part of a list's rows) covers the control
 * wherever the scroll leaves it. A smaller layer (a menu over part of the pane) is one a shorter scroll gets around.
 * The pane's middle, where a scroll centres a control, mostly shows another of its rows: one hit test per point.
 */
export class PaneCovers {
  private readonly layers = new Map<Element, Map<string, Box | null>>();

  /**
   * Scrolling `scroller` to centre `box` (top coordinates) leaves it under a layer outside the pane that spans it.
   * `outer`: the boxes of the panes around it, whose own scroll (a grid's rows below its body's edge) moves it more.
   */
  coversWhereScrolled(box: Box, frame: FrameContext, scroller: Scroller, outer: readonly Box[]): boolean {
    const pane = scroller.el;
    if (!pane) return false;
    const moved = centredMiddle(box, scroller);
    if (!shownAfter(moved, frame, scroller)) return false;
    if (outer.some((b) => moved.x <= b.left || moved.x >= b.right || moved.y <= b.top || moved.y >= b.bottom)) {
      return false;
    }
    const cover = this.layerAt(pane, frame, moved);
    if (!cover) return false;
    // Along an axis the pane scrolls, the control can be anywhere it shows; along the other, it stays where it is.
    const view = intersect(scroller.box, frame.clip);
    const scrollsX = scroller.rangeLeft[0] !== scroller.rangeLeft[1];
    const scrollsY = scroller.rangeTop[0] !== scroller.rangeTop[1];
    const halfWidth = (box.right - box.left) / 2;
    const halfHeight = (box.bottom - box.top) / 2;
    const swept = {
      left: scrollsX ? view.left : moved.x - halfWidth,
      right: scrollsX ? view.right : moved.x + halfWidth,
      top: scrollsY ? view.top : moved.y - halfHeight,
      bottom: scrollsY ? view.bottom : moved.y + halfHeight,
    };
    return contains(cover, intersect(swept, view));
  }

  /** The box of the outermost element outside `pane` painted at a point of it (top coordinates), if any. */
  private layerAt(pane: Element, frame: FrameContext, at: { x: number; y: number }): Box | null {
    const x = Math.round(at.x - frame.offsetX);
    const y = Math.round(at.y - frame.offsetY);
    let byPoint = this.layers.get(pane);
    if (!byPoint) {
      byPoint = new Map();
      this.layers.set(pane, byPoint);
    }
    const key = `${x},${y}`;
    const known = byPoint.get(key);
    if (known !== undefined) return known;
    let layer: Element | null = deepElementFromPoint(frame.doc, x, y);
    if (layer && (reaches(pane, layer) || reaches(layer, pane))) layer = null;
    for (let up = layer && flatParent(layer); up && !reaches(pane, up) && !reaches(up, pane); up = flatParent(up)) {
      layer = up;
    }
    const cover = layer ? toTop(layer.getBoundingClientRect(), frame) : null;
    byPoint.set(key, cover);
    return cover;
  }
}

/**
 * A control that fails the hit test only because something that does not scroll with it lies over it (a booking
 * bar, a cookie banner, a sticky header or column, a menu over a pane), where scrolling it to the middle of its
 * scroller (as every action does first) moves it out from under. Anything else covering it keeps it covered.
 */
export function scrollUncovers(el: Element, seen: Box, frame: FrameContext, scroller: Scroller): boolean {
  const x = (seen.left + seen.right) / 2 - frame.offsetX;
  const y = (seen.top + seen.bottom) / 2 - frame.offsetY;
  const covers = staticCoversAt(el, frame, x, y, scroller);
  if (!covers) return false;
  const moved = centredMiddle(toTop(el.getBoundingClientRect(), frame), scroller);
  const outside = covers.every((cover) => outsideOf(moved, toTop(cover.getBoundingClientRect(), frame)));
  return outside && shownAfter(moved, frame, scroller);
}
