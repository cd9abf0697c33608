// Is an element's own text painted at a size and in a colour a person sees? Text at a font size that rounds to
// nothing is specks. `color: transparent`, a zero-alpha colour and
// `-webkit-text-fill-color: transparent` hide text while its box stays, so checkVisibility() and the box say "shown".
// Transparent text is still seen when something else paints the glyphs: a text shadow, a stroke, or a background
// clipped to the text (`background-clip: text`, the gradient heading). SVG text is painted by `fill` and `stroke`.
import { flatParent } from './dom';
import { alphaOf, coloursIn } from './colour';
import { UNSEEN } from './paint-share';

const SVG = 'http://www.w3.org/2000/svg';

function shows(colour: string): boolean {
  return colour !== 'none' && alphaOf(colour) >= UNSEEN;
}

/** A background painted through the glyphs of `el`'s text, by `el` or an ancestor. */
function clippedBackground(el: Element, style: CSSStyleDeclaration, win: Window): boolean {
  for (let node: Element | null = el; node; node = flatParent(node)) {
    const own = node === el ? style : win.getComputedStyle(node);
    if (own.backgroundClip === 'text' || own.webkitBackgroundClip === 'text') {
      return own.backgroundImage !== 'none' || shows(own.backgroundColor);
    }
  }
  return false;
}

/** Glyphs smaller than this (px) are specks, not letters: text set at a font size that rounds to nothing. */
export const MIN_FONT_SIZE = 3;

/** The text directly inside `el` is painted at a readable size in a colour that shows (two property reads). */
export function inkShows(el: Element, style: CSSStyleDeclaration, win: Window): boolean {
  // SVG text is sized in the drawing's units, which its viewBox may scale up: only its paint is judged.
  if (el.namespaceURI === SVG) return shows(style.fill) || (shows(style.stroke) && style.strokeWidth !== '0px');
  if (Number.parseFloat(style.fontSize) < MIN_FONT_SIZE) return false;
  if (shows(style.webkitTextFillColor)) return true;
  if (style.textShadow !== 'none' && coloursIn(style.textShadow).some(shows)) return true;
  if (Number.parseFloat(style.webkitTextStrokeWidth) > 0 && shows(style.webkitTextStrokeColor)) return true;
  return clippedBackground(el, style, win);
}

const MEDIA = 'img,svg,canvas,video,picture,object,embed,iframe,input,select,textarea,meter,progress';

/** Paints a box of its own: a background, a border, a shadow or an outline in a colour that shows. */
export function paintsBox(style: CSSStyleDeclaration): boolean {
  if (style.backgroundImage !== 'none' || shows(style.backgroundColor)) return true;
  if (style.boxShadow !== 'none' && coloursIn(style.boxShadow).some(shows)) return true;
  if (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0 && shows(style.outlineColor))
    return true;
  return (['Top', 'Right', 'Bottom', 'Left'] as const).some(
    (side) =>
      Number.parseFloat(style[`border${side}Width`]) > 0 &&
      style[`border${side}Style`] !== 'none' &&
      shows(style[`border${side}Color`]),
  );
}

/** Descendants looked at before a control with invisible text is taken to paint nothing. */
const MAX_PARTS = 40;

/**
 * A control whose text is invisible still shows when it paints a box, holds an image or a field, or holds text in a
 * colour that shows (the icon inside a button): only when nothing of it paints is it invisible.
 */
export function paintsSomething(el: Element, style: CSSStyleDeclaration, win: Window): boolean {
  if (paintsBox(style) || el.matches(MEDIA)) return true;
  // An icon drawn by a pseudo-element (an icon font's glyph, a background) is not looked into.
  for (const pseudo of ['::before', '::after']) {
    const content = win.getComputedStyle(el, pseudo).content;
    if (content !== 'none' && content !== 'normal') return true;
  }
  const parts = el.querySelectorAll('*');
  for (let i = 0; i < parts.length && i < MAX_PARTS; i++) {
    const part = parts[i] as Element;
    if (part.matches(MEDIA)) return true;
    const own = win.getComputedStyle(part);
    if (paintsBox(own)) return true;
    const hasText = Array.prototype.some.call(
      part.childNodes,
      (n: Node) => n.nodeType === 3 && /\S/.test(n.nodeValue ?? ''),
    );
    if (hasText && inkShows(part, own, win)) return true;
  }
  return parts.length > MAX_PARTS;
}
