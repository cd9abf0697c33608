// A veil an element paints over its own content with a ::before or ::after laid across its box (a locked card's
// "upgrade" veil, a loading shimmer): the hit test lands on the element itself, so what it holds is not reached. Only
// a positioned pseudo-element spreads over the content, and one that lets the pointer through (a decorative frame)
// blocks nothing.

const PSEUDOS = ['::before', '::after'] as const;

/** `el` paints a pseudo-element that may lie over its own content and take the pointer there. */
export function veilsContent(el: Element, win: Window): boolean {
  return PSEUDOS.some((pseudo) => {
    const style = win.getComputedStyle(el, pseudo);
    return (
      style.content !== 'none' &&
      style.content !== 'normal' &&
      (style.position === 'absolute' || style.position === 'fixed') &&
      style.pointerEvents !== 'none'
    );
  });
}
