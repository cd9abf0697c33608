// A veil an element paints over its own content with a ::before or ::after laid across its box (a locked card's
// "upgrade" veil, a loading shimmer): the hit test lands on the element itself, so what it holds is not reached. Only
// a positioned pseudo-element as large as the box it lies in counts (a badge in a corner is no veil), and one that
// lets the pointer through (a decorative frame) blocks nothing. A card's "stretched link" lays such a pseudo-element
// of its title link across the whole card: a click anywhere on the card opens the link, and the card's other links,
// unless raised above it, are not reached.

export interface Veil {
  /** Its z-index (auto paints at 0, above the flow). */
  z: number;
  /** An ::after paints after all the content, so above positioned content of its own z-index too. */
  last: boolean;
  /** The element whose pseudo-element it is: the veiled element itself, or a stretched link inside it. */
  owner: Element;
}

/** Controls a card holds at most for one of them to be its stretched link (a card's, not a page's, many links). */
const CARD_CONTROLS = 8;

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

/** The topmost veil laid over `el`'s content: its own, else a stretched link's among its few controls. */
function veilOf(el: Element, win: Window): Veil | null {
  const own = pseudoVeil(el, el, win);
  if (own) return own;
  const controls = el.querySelectorAll('a[href],button');
  if (controls.length > CARD_CONTROLS) return null;
  for (const control of controls) {
    const stretched = pseudoVeil(control, el, win);
    // It paints where its link lies in the card's order: content positioned at its z-index is not all below it.
    if (stretched) return { ...stretched, last: false };
  }
  return null;
}

/** The topmost pseudo-element of `owner` laid across all of `over`'s padding box, if any. */
function pseudoVeil(owner: Element, over: Element, win: Window): Veil | null {
  let top: Veil | null = null;
  for (const pseudo of ['::before', '::after'] as const) {
    const style = win.getComputedStyle(owner, pseudo);
    if (style.content === 'none' || style.content === 'normal' || style.pointerEvents === 'none') continue;
    if (style.position !== 'absolute' && style.position !== 'fixed') continue;
    // Its used size, in px: it spans the padding box, as inset:0 lays it.
    if (
      Number.parseFloat(style.width) < over.clientWidth - 1 ||
      Number.parseFloat(style.height) < over.clientHeight - 1
    )
      continue;
    const z = Number.parseInt(style.zIndex, 10) || 0;
    if (!top || z >= top.z) top = { z, last: pseudo === '::after', owner };
  }
  return top;
}
