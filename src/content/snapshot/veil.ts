// A veil an element paints over its own content with a ::before or ::after laid across its box (a locked card's
// "upgrade" veil, a loading shimmer): the hit test lands on the element itself, so what it holds is not reached. Only
// a positioned pseudo-element as large as the box it lies in counts (a badge in a corner is no veil), and one that
// lets the pointer through (a decorative frame) blocks nothing.

export interface Veil {
  /** Its z-index (auto paints at 0, above the flow). */
  z: number;
  /** An ::after paints after all the content, so above positioned content of its own z-index too. */
  last: boolean;
}

/** Each element's veil, read once per snapshot: many controls share a card, in view and below the fold. */
export class Veils {
  private readonly read = new Map<Element, Veil | null>();

  of(el: Element, win: Window): Veil | null {
    let veil = this.read.get(el);
    if (veil === undefined) {
      veil = veilOf(el, win);
      this.read.set(el, veil);
    }
    return veil;
  }
}

/** The topmost veil `el` paints over its own content, if any. */
function veilOf(el: Element, win: Window): Veil | null {
  let top: Veil | null = null;
  for (const pseudo of ['::before', '::after'] as const) {
    const style = win.getComputedStyle(el, pseudo);
    if (style.content === 'none' || style.content === 'normal' || style.pointerEvents === 'none') continue;
    if (style.position !== 'absolute' && style.position !== 'fixed') continue;
    // Its used size, in px: it spans the padding box, as inset:0 lays it.
    if (Number.parseFloat(style.width) < el.clientWidth - 1 || Number.parseFloat(style.height) < el.clientHeight - 1)
      continue;
    const z = Number.parseInt(style.zIndex, 10) || 0;
    if (!top || z >= top.z) top = { z, last: pseudo === '::after' };
  }
  return top;
}
