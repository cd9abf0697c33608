// Is an element rendered at all, and is the element itself visible? One checkVisibility() call
// answers the common case; the slower distinctions run only for elements that fail it.

import { paintShare, UNSEEN } from './paint-share';

/** `none`: no box, nothing inside is shown. `contents`: no box of its own, children may show.
 * `self-hidden`: visibility:hidden on the element; children may override it. `visible`: shown. */
export type Rendering = 'none' | 'contents' | 'self-hidden' | 'visible';

/** Rendered and seen: not hidden by display, visibility, content-visibility or a zero opacity. */
export const FULL_CHECK = {
  opacityProperty: true,
  visibilityProperty: true,
  checkOpacity: true,
  checkVisibilityCSS: true,
};
const OPACITY_CHECK = { opacityProperty: true, checkOpacity: true };
const VISIBILITY_CHECK = { visibilityProperty: true, checkVisibilityCSS: true };

export function rendering(el: Element, win: Window): Rendering {
  if (el.checkVisibility(FULL_CHECK)) return 'visible';
  if (!el.checkVisibility()) return win.getComputedStyle(el).display === 'contents' ? 'contents' : 'none';
  // opacity:0 applies to the whole subtree, visibility:hidden only to what does not override it.
  if (!el.checkVisibility(OPACITY_CHECK)) return 'none';
  return 'self-hidden';
}

/** Something under an element hidden with visibility:hidden sets visibility:visible and shows after all. */
export function showsAgain(el: Element): boolean {
  for (const inner of el.querySelectorAll('*')) if (inner.checkVisibility(VISIBILITY_CHECK)) return true;
  return false;
}

/** A listbox whose controlling combobox says it is collapsed: its options are not offered. */
export function isCollapsedPopup(el: Element, role: string): boolean {
  if (role !== 'listbox' && role !== 'tree' && role !== 'grid' && role !== 'menu') return false;
  const id = el.id;
  if (!id) return false;
  const root = el.getRootNode() as Document | ShadowRoot;
  const escaped = CSS.escape(id);
  return (
    root.querySelector(
      `[aria-controls~="${escaped}"][aria-expanded="false"],[aria-owns~="${escaped}"][aria-expanded="false"]`,
    ) !== null
  );
}

/** Quick "would a person see this control" check, used to decide whether its <label> stands in for it. */
export function isVisibleControl(el: Element, win: Window): boolean {
  if (!el.checkVisibility(FULL_CHECK) || paintShare(win.getComputedStyle(el)) < UNSEEN) return false;
  const rect = el.getBoundingClientRect();
  return rect.width > 1 && rect.height > 1;
}

/** The determinant of a computed transform's 2D part: 0 when it flattens the box, negative when it mirrors it. */
function planeDeterminant(transform: string): number {
  const match = /^matrix(3d)?\((.*)\)$/.exec(transform);
  if (!match) return 1;
  const m = (match[2] ?? '').split(',').map(Number);
  // a b c d of matrix(), or m11 m12 m21 m22 of matrix3d() (column-major).
  const [a = 1, b = 0, c = 0, d = 1] = match[1] ? [m[0], m[1], m[4], m[5]] : m;
  return a * d - b * c;
}

/** A computed transform that flattens the box to a line or a point (scale(0), scaleY(0)): nothing in it can be seen. */
export function isFlattened(transform: string): boolean {
  return Math.abs(planeDeterminant(transform)) < 1e-6;
}

/**
 * A face with `backface-visibility: hidden` turned away from the viewer (the front of a flipped card, the back of one
 * not flipped): its own rotation and those of the ancestors sharing its 3D space (preserve-3d) turn it over an odd
 * number of times.
 */
export function isTurnedAway(el: Element, style: CSSStyleDeclaration, win: Window): boolean {
  if (style.backfaceVisibility !== 'hidden') return false;
  let sign = Math.sign(planeDeterminant(style.transform));
  for (let node = el.parentElement; node; node = node.parentElement) {
    const outer = win.getComputedStyle(node);
    if (outer.transformStyle !== 'preserve-3d') break;
    sign *= Math.sign(planeDeterminant(outer.transform));
  }
  return sign < 0;
}
