// Text the colour of what lies under it is not seen: white on a white card, a link in its cell's own colour, black
// text screened onto white (`mix-blend-mode`). Mails and pages hide words from people this way while their boxes,
// checkVisibility() and the text colour alone all say "shown". The walk carries down the colour under each element
// (the nearest opaque background, tinted by translucent ones); where something else may lie between that background
// and the text — an image, a positioned box, a box pulled over by a negative margin — nothing is judged.
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

/** A computed sRGB colour (`rgb(…)`, `rgba(…)`) as channels 0–255 and alpha 0–1; null for other colour spaces. */
function rgbaOf(colour: string): [number, number, number, number] | null {
  const match = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(colour);
  if (!match) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : Number(match[4])];
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
  // Placed out of its parent's flow, it may lie over anything: only a background of its own would be known.
  const placed = style.position === 'absolute' || style.position === 'fixed' || style.float !== 'none';
  if (!outer || placed) return null;
  if (alpha === 0) return blend === 'normal' ? outer : { ...outer, blend: [...outer.blend, blend] };
  if (blend !== 'normal') return null;
  return { rgb: over(outer.rgb, [colour[0], colour[1], colour[2]], alpha), el, blend: outer.blend };
}

/** Two colours a person cannot tell apart (no channel differs by more than this, of 255). */
const SAME_COLOUR = 10;

/** The colour `el`'s glyphs end up painted in matches its backdrop (`alpha`: the share its ancestors let through). */
export function matchesBackdrop(style: CSSStyleDeclaration, backdrop: Backdrop, alpha: number): boolean {
  // Glyphs painted by a shadow or a stroke, or transparent ones showing a clipped background, are not judged here.
  if (style.textShadow !== 'none' || Number.parseFloat(style.webkitTextStrokeWidth) > 0) return false;
  const fill = rgbaOf(style.webkitTextFillColor);
  if (!fill || fill[3] < UNSEEN) return false;
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

/**
 * Something other than the backdrop's own background lies under `el`'s text: a sibling of it or of an element between
 * it and the backdrop overlaps it and paints (a layer set under it at a negative z-index, a box pulled over by a
 * negative margin). Unknown (too many to look at) counts as something.
 */
export function paintedBetween(el: Element, backdrop: Backdrop, win: Window): boolean {
  const box = el.getBoundingClientRect();
  const budget = { left: MAX_LOOKED_AT };
  for (let node: Element | null = el; node && node !== backdrop.el; node = flatParent(node)) {
    const parent = flatParent(node);
    if (!parent) break;
    const siblings = flatChildren(parent);
    if (siblings.length > budget.left) return true;
    budget.left -= siblings.length;
    for (let i = 0; i < siblings.length; i++) {
      const sibling = siblings[i] as Node;
      if (sibling === node || !isElement(sibling) || !sibling.checkVisibility()) continue;
      if (overlaps(sibling.getBoundingClientRect(), box) && paintsInside(sibling, win, budget)) return true;
    }
  }
  return false;
}
