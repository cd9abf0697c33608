// UI kits draw a checkbox, a switch or a select themselves and lay the native field over the drawing at opacity 0:
// the field takes the clicks and keeps the state, the wrapper shows it (a Material checkbox is an <input> stretched
// over the icon its wrapper paints). checkVisibility() calls such a field invisible, yet it is the control a person
// sees and clicks. A faded field with nothing drawn under it, or too small to point at, stays unseen.
// Chart libraries do the same with buttons: an accessibility module lays an empty, named button at near-zero opacity
// over each legend item or point the chart draws (Highcharts' proxy buttons); the click on the drawing reaches it.
import { overlaps } from './geometry';
import { paintsBox } from './ink';

/**
 * The fields UI kits draw over: toggles, choices and file pickers. A text field faded out is a form's honeypot (a trap
 * for bots), never a control drawn by its wrapper.
 */
const DRAWN_INPUTS = new Set(['checkbox', 'radio', 'file']);

/** A field smaller than this (px) on a side is a visually hidden one, not one laid over a drawing. */
const MIN_SIDE = 8;

/** Shown apart from its opacity: display, visibility and content-visibility let it render. */
const RENDERED = { visibilityProperty: true, contentVisibilityAuto: true };
const SEEN = { opacityProperty: true, visibilityProperty: true, checkOpacity: true, checkVisibilityCSS: true };

/** `el` is a native field made invisible only by its own opacity, laid over what its seen wrapper draws. */
export function fadedOverDrawing(el: Element, win: Window): boolean {
  const drawn =
    el.localName === 'select' || (el.localName === 'input' && DRAWN_INPUTS.has((el as HTMLInputElement).type));
  if (!drawn) return false;
  const wrapper = el.parentElement;
  if (!wrapper?.checkVisibility(SEEN) || !el.checkVisibility(RENDERED)) return false;
  // A field the pointer passes through (a kit's mirror of its own drawn select) is not what a click reaches.
  if (win.getComputedStyle(el).pointerEvents === 'none') return false;
  const box = el.getBoundingClientRect();
  if (box.width < MIN_SIDE || box.height < MIN_SIDE) return false;
  const siblings = wrapper.children;
  for (let i = 0; i < siblings.length; i++) {
    const sibling = siblings[i] as Element;
    if (sibling !== el && overlaps(sibling.getBoundingClientRect(), box) && sibling.checkVisibility(SEEN)) return true;
  }
  return overlaps(wrapper.getBoundingClientRect(), box) && paintsBox(win.getComputedStyle(wrapper));
}

/** Roles of the proxies chart libraries lay over their drawing. */
const PROXY_ROLES = new Set(['button', 'link', 'checkbox', 'radio', 'switch', 'menuitem', 'tab', 'option']);

/**
 * How far up a proxy's ancestors the drawing it stands over may be a sibling: Highcharts nests a legend proxy as
 * button › li › ul › proxy group › proxy container, beside the chart's `<svg>`.
 */
const PROXY_DEPTH = 6;

/** What a chart draws on: a proxy stands over one of these. */
const DRAWINGS = new Set(['svg', 'canvas', 'img']);

/**
 * `el` is a control faded to near nothing by its own opacity (above 0: `opacity:0` is hidden on purpose) that holds
 * no text of its own and lies over a drawing beside it (an SVG, a canvas, an image): a proxy the pointer reaches when it
 * clicks the drawing. A faded control with text of its own, or over no drawing, stays unseen.
 */
export function proxyOverDrawing(el: Element, role: string, style: CSSStyleDeclaration): boolean {
  if (!PROXY_ROLES.has(role) || !(Number(style.opacity) > 0) || style.pointerEvents === 'none') return false;
  if (el.textContent?.trim()) return false;
  const box = el.getBoundingClientRect();
  if (box.width < MIN_SIDE || box.height < MIN_SIDE) return false;
  let self: Element = el;
  for (let depth = 0; depth < PROXY_DEPTH && self.parentElement; depth++, self = self.parentElement) {
    for (const sibling of Array.from(self.parentElement.children)) {
      const drawing = DRAWINGS.has(sibling.localName) && overlaps(sibling.getBoundingClientRect(), box);
      if (drawing && sibling.checkVisibility(SEEN)) return true;
    }
  }
  return false;
}
