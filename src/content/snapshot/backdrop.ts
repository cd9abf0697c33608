// Text the colour of what lies under it is not seen: white on a white card, a link in its cell's own colour, black
// text screened onto white (`mix-blend-mode`). Mails and pages hide words from people this way while their boxes,
// checkVisibility() and the text colour alone all say "shown". The walk carries down the colour under each element
// (the nearest opaque background, tinted by translucent ones); where something else may lie between that background
// and the text — an image, a positioned box, a box pulled over by a negative margin — nothing is judged.
import { rgbaOf } from './colour';
import { flatChildren, flatParent, isElement } from './dom';
import { overlaps } from './geometry';
import { paintsBox } from './ink';
import { UNSEEN } from './paint-share';

type Rgb = readonly [number, number, number];

/** The colour a text is painted over, the element painting it, and the blend modes of the layers in between. */
export interface Backdrop {
  rgb: Rgb;
  el: Element;
  blend: readonly string[];
}

function over(under: Rgb, top: Rgb, alpha: number): Rgb {
  return [0, 1, 2].map((i) => top[i]! * alpha + under[i]! * (1 - alpha)) as unknown as Rgb;
}

/** The separable blend modes, per channel (0–1): source over backdrop. */
const BLENDS = new Map<string, (s: number, b: number) => number>([
  ['multiply', (s, b) => s * b],
  ['screen', (s, b) => s + b - s * b],
  ['darken', (s, b) => Math.min(s, b)],
  ['lighten', (s, b) => Math.max(s, b)],
  ['difference', (s, b) => Math.abs(s - b)],
  ['exclusion', (s, b) => s + b - 2 * s * b],
  ['overlay', (s, b) => (b <= 0.5 ? 2 * s * b : 1 - 2 * (1 - s) * (1 - b))],
  ['hard-light', (s, b) => (s <= 0.5 ? 2 * s * b : 1 - 2 * (1 - s) * (1 - b))],
]);

/**
 * An element's backdrop, worked out only when text in it is judged (most elements hold none), then kept: reading the
 * background of every element the walk passes would cost five style reads each.
 */
export class LazyBackdrop {
  private value: Backdrop | null | undefined;

  constructor(
    private readonly el: Element | null,
    private readonly style: CSSStyleDeclaration | null,
    private readonly outer: LazyBackdrop | null,
    known?: Backdrop | null,
  ) {
    this.value = known;
  }

  /** A backdrop already known (or known to be unknown: null). */
  static of(known: Backdrop | null): LazyBackdrop {
    return new LazyBackdrop(null, null, null, known);
  }

  get(): Backdrop | null {
    if (this.value === undefined) {
      this.value = this.el && this.style ? backdropOf(this.el, this.style, this.outer?.get() ?? null) : null;
    }
    return this.value;
  }
}

/** The page's canvas: white, unless the page asks for a dark scheme (then unknown). */
export function canvasBackdrop(doc: Document, win: Window): Backdrop | null {
  if (win !== win.top || win.getComputedStyle(doc.documentElement).colorScheme.includes('dark')) return null;
  return { rgb: [255, 255, 255], el: doc.documentElement, blend: [] };
}

/** The backdrop of `el`'s content, from the one its parent's content has; null when it cannot be told. */
export function backdropOf(el: Element, style: CSSStyleDeclaration, outer: Backdrop | null): Backdrop | null {
  if (style.backgroundImage !== 'none') return null;
  const colour = rgbaOf(style.backgroundColor);
  if (!colour) return null;
  const blend = style.mixBlendMode;
  const alpha = colour[3];
  if (alpha >= 0.95) return blend === 'normal' ? { rgb: [colour[0], colour[1], colour[2]], el, blend: [] } : null;
  // Placed out of its parent's flow (absolute, fixed, sticky), it may lie over anything: only a background of its own
  // would be known. (A float stays over its container's background.)
  if (!outer || (style.position !== 'static' && style.position !== 'relative')) return null;
  if (alpha === 0) return blend === 'normal' ? outer : { ...outer, blend: [...outer.blend, blend] };
  if (blend !== 'normal') return null;
  return { rgb: over(outer.rgb, [colour[0], colour[1], colour[2]], alpha), el, blend: outer.blend };
}

/** Two colours a person cannot tell apart (no channel differs by more than this, of 255). */
const SAME_COLOUR = 10;

/** The colour `el`'s glyphs end up painted in matches its backdrop (`alpha`: the share its ancestors let through). */
export function matchesBackdrop(style: CSSStyleDeclaration, backdrop: Backdrop, alpha: number): boolean {
  const fill = rgbaOf(style.webkitTextFillColor);
  // Transparent glyphs showing a clipped background are not judged here, nor those a shadow or a stroke paints.
  if (!fill || fill[3] < UNSEEN || !sameColour(fill, backdrop, alpha)) return false;
  return style.textShadow === 'none' && !(Number.parseFloat(style.webkitTextStrokeWidth) > 0);
}

/** The glyphs, composited and blended onto the backdrop, come out the backdrop's colour. */
function sameColour(fill: readonly [number, number, number, number], backdrop: Backdrop, alpha: number): boolean {
  let painted = over(backdrop.rgb, [fill[0], fill[1], fill[2]], fill[3] * alpha);
  for (const mode of backdrop.blend) {
    const blend = BLENDS.get(mode);
    if (!blend) return false;
    painted = painted.map((c, i) => 255 * blend(c / 255, backdrop.rgb[i]! / 255)) as unknown as Rgb;
  }
  return painted.every((c, i) => Math.abs(c - backdrop.rgb[i]!) <= SAME_COLOUR);
}

const MEDIA = 'img,svg,canvas,video,picture,object,embed,iframe,input,select,textarea';

/** Siblings (or parts of one) looked at before a backdrop is taken to be unknown. */
const MAX_LOOKED_AT = 200;

/** Something of its own paints: media, or a box in a colour that shows (its descendants looked at up to a bound). */
function paintsInside(el: Element, win: Window, budget: { left: number }): boolean {
  if (el.matches(MEDIA) || paintsBox(win.getComputedStyle(el))) return true;
  const parts = el.getElementsByTagName('*');
  if (parts.length > budget.left) return true;
  budget.left -= parts.length;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as Element;
    if (part.matches(MEDIA) || paintsBox(win.getComputedStyle(part))) return true;
  }
  return false;
}

/** Paints over its own (transparent) background: an inset shadow, or a pseudo-element's box (a pill drawn by ::before). */
function paintsOwnArea(el: Element, win: Window): boolean {
  if (win.getComputedStyle(el).boxShadow.includes('inset')) return true;
  return ['::before', '::after'].some((pseudo) => {
    const own = win.getComputedStyle(el, pseudo);
    return own.content !== 'none' && own.content !== 'normal' && paintsBox(own);
  });
}

/** Stays put over whatever is scrolled under it: wherever `el`'s text is scrolled to, it may lie under it. */
function staysPut(el: Element, win: Window): boolean {
  return win.getComputedStyle(el).position === 'fixed';
}

/**
 * Something other than the backdrop's own background lies under `el`'s text: an element between them paints its area
 * (an inset shadow, a ::before pill), or a sibling of one of them overlaps it and paints (a layer set under it at a
 * negative z-index, a box pulled over by a negative margin, a fixed video). Unknown (too many to look at) counts as
 * something.
 */
export function paintedBetween(el: Element, backdrop: Backdrop, win: Window): boolean {
  const box = el.getBoundingClientRect();
  const budget = { left: MAX_LOOKED_AT };
  for (let node: Element | null = el; node && node !== backdrop.el; node = flatParent(node)) {
    if (paintsOwnArea(node, win)) return true;
    const parent = flatParent(node);
    if (!parent) break;
    const siblings = flatChildren(parent);
    if (siblings.length > budget.left) return true;
    budget.left -= siblings.length;
    for (let i = 0; i < siblings.length; i++) {
      const sibling = siblings[i] as Node;
      if (sibling === node || !isElement(sibling) || !sibling.checkVisibility()) continue;
      const under = overlaps(sibling.getBoundingClientRect(), box) || staysPut(sibling, win);
      if (under && paintsInside(sibling, win, budget)) return true;
    }
  }
  return false;
}
