// Anchor-positioned popups (a menu or tooltip placed with `position-anchor` and `anchor()`) are hidden by the browser
// itself when their anchor is scrolled out of view or clipped (`position-visibility: anchors-visible`, the default).
// The style and checkVisibility() still say "shown"; only hit testing sees that the box is gone. Only boxes with a
// `position-anchor` are tested, so the walk pays for the few that exist.

import type { Box, FrameContext } from './types';

/** Whether the browser may hide this box for its anchor's sake: one style read for the boxes with no anchor. */
function mayHideForAnchor(style: CSSStyleDeclaration): boolean {
  const anchor = style.positionAnchor;
  if (!anchor || anchor === 'normal' || anchor === 'none' || anchor === 'auto') return false;
  return style.positionVisibility !== 'always';
}

/** An anchored box, in view, that the browser does not paint: no hit test at its centre finds it. */
export function hiddenForAnchor(el: Element, style: CSSStyleDeclaration, seen: Box, frame: FrameContext): boolean {
  if (!mayHideForAnchor(style) || style.pointerEvents === 'none') return false;
  const x = (seen.left + seen.right) / 2 - frame.offsetX;
  const y = (seen.top + seen.bottom) / 2 - frame.offsetY;
  if (x < 0 || y < 0 || x >= frame.win.innerWidth || y >= frame.win.innerHeight) return false;
  return !frame.doc.elementsFromPoint(x, y).includes(el);
}
