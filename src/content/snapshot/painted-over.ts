// Painted over, out of sight: a control can lie under something that moves with it when it is scrolled to (a panel's
// loading overlay, a card stacked over it in the same grid cell, the tab panel above it, a sheet slid over it by a
// transform). In the viewport the hit test says so; outside it no hit test is possible, so the paint order of the two
// elements is worked out from their positioning, z-index and tree order, as the browser paints one stacking context.

import { flatParent } from './dom';
import { contains } from './geometry';
import { paintsOpaque } from './paint-share';
import type { Box } from './types';
import type { Veils } from './veil';

/** An element that paints as a layer of its own and may lie over other content of the same scroller. */
export interface Cover {
  el: Element;
  /** Its box as far as its ancestors let it show (top coordinates). */
  box: Box;
  /** The scroller both must share (an inner pane or frame), null for the window: covers elsewhere do not move along. */
  scroller: Element | null;
}

/** Covers are filed in horizontal bands of this height, so a control looks only at those near it. */
const BAND = 512;
/** Non-positioned content paints below positioned content of z-index auto or 0 and above negative z-index. */
const FLOW = -0.5;

/** Where `el` paints below `top` (exclusive) in its stacking context: the outermost z-index set on the way down. */
function layerOf(el: Element, top: Element, win: Window): number {
  let layer = FLOW;
  for (let node: Element | null = el; node && node !== top; node = flatParent(node)) {
    const style = win.getComputedStyle(node);
    const positioned = style.position !== 'static';
    const z = positioned ? Number.parseInt(style.zIndex, 10) : Number.NaN;
    if (!Number.isNaN(z)) layer = z;
    else if (layer === FLOW && (positioned || style.transform !== 'none')) layer = 0;
  }
  return layer;
}

/** `over` paints above `under`: a higher layer below their common ancestor, or the same layer and later in order. */
function paintsAbove(over: Element, under: Element, win: Window): boolean {
  const path: Element[] = [];
  for (let node: Element | null = under; node; node = flatParent(node)) path.push(node);
  let overBranch = over;
  let common = -1;
  for (let node: Element | null = over; node; node = flatParent(node)) {
    common = path.indexOf(node);
    if (common >= 0) break;
    overBranch = node;
  }
  const ancestor = path[common];
  const underBranch = path[common - 1];
  if (!ancestor || !underBranch) return false;
  const overLayer = layerOf(over, ancestor, win);
  const underLayer = layerOf(under, ancestor, win);
  if (overLayer !== underLayer) return overLayer > underLayer;
  return (underBranch.compareDocumentPosition(overBranch) & 4) !== 0; // Node.DOCUMENT_POSITION_FOLLOWING
}

function holds(outer: Element, inner: Element): boolean {
  for (let node: Element | null = inner; node; node = flatParent(node)) if (node === outer) return true;
  return false;
}

export class Covers {
  private readonly bands = new Map<number, Cover[]>();
  private readonly veils: Veils;

  constructor(veils: Veils) {
    this.veils = veils;
  }

  add(cover: Cover): void {
    const last = Math.floor(cover.box.bottom / BAND);
    for (let band = Math.floor(cover.box.top / BAND); band <= last; band++) {
      const list = this.bands.get(band);
      if (list) list.push(cover);
      else this.bands.set(band, [cover]);
    }
  }

  /**
   * Some cover of the same scroller lies over all of `box` (the control's) and paints above `el`. With `opaque`, only
   * a cover that paints its box opaquely counts (text shows through a see-through one; a control is still unreachable).
   */
  hides(el: Element, box: Box, scroller: Element | null, win: Window, opaque = false): boolean {
    for (const cover of this.bands.get(Math.floor(box.top / BAND)) ?? []) {
      if (cover.scroller !== scroller || !contains(cover.box, box, 0)) continue;
      if (holds(cover.el, el)) {
        if (!opaque && this.veiledBy(cover.el, el, win)) return true;
        continue;
      }
      if (holds(el, cover.el)) continue;
      if (cover.el.ownerDocument !== el.ownerDocument || !paintsAbove(cover.el, el, win)) continue;
      if (!opaque || paintsOpaque(win.getComputedStyle(cover.el))) return true;
    }
    return false;
  }

  /** `holder` lays a veil over its own content that paints above `el`, which it holds (a control is unreachable under it). */
  private veiledBy(holder: Element, el: Element, win: Window): boolean {
    const veil = this.veils.of(holder, win);
    if (!veil) return false;
    // A stretched link's pseudo-element is part of the link: a click on it opens that link.
    if (veil.owner !== holder && (veil.owner.contains(el) || el.contains(veil.owner))) return false;
    const layer = layerOf(el, holder, win);
    return layer < veil.z || (veil.last && layer === veil.z);
  }

  get empty(): boolean {
    return this.bands.size === 0;
  }
}

/** An element whose own painting starts a stacking context: what it holds paints above its background. */
function stacks(style: CSSStyleDeclaration, parent: CSSStyleDeclaration | null): boolean {
  const positioned = style.position !== 'static';
  if ((positioned && style.zIndex !== 'auto') || style.position === 'fixed' || style.position === 'sticky') return true;
  if (style.zIndex !== 'auto' && parent && /flex|grid/.test(parent.display)) return true;
  if (Number(style.opacity) < 1 || style.transform !== 'none' || style.filter !== 'none') return true;
  if (style.isolation === 'isolate' || style.mixBlendMode !== 'normal') return true;
  return /paint|strict|content/.test(style.contain) || style.maskImage !== 'none';
}

/**
 * A positioned element with a negative z-index paints below the backgrounds of the ancestors within its stacking
 * context: sunk under one that paints opaquely over all of it (a card's white background), it is not seen.
 */
export function sunkBelowAncestor(el: Element, rect: DOMRect, win: Window): boolean {
  // The body's background is the canvas's, painted below everything.
  for (let node = flatParent(el); node && node !== el.ownerDocument.body; node = flatParent(node)) {
    const style = win.getComputedStyle(node);
    const parent = flatParent(node);
    if (stacks(style, parent ? win.getComputedStyle(parent) : null)) return false;
    if (paintsOpaque(style) && contains(node.getBoundingClientRect(), rect, 0)) return true;
  }
  return false;
}
