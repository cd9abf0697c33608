// Flat-tree navigation: what is rendered is the composed tree (shadow roots and slots resolved),
// so the walk, names and hit-test ownership all follow it. No `instanceof`: nodes from same-origin
// iframes belong to other realms.

interface ChromeDomApi {
  dom?: { openOrClosedShadowRoot?(el: Element): ShadowRoot | null };
}

/** Open shadow root, or a closed one when the extension API can reach it (custom elements only, to stay cheap). */
export function shadowRootOf(el: Element): ShadowRoot | null {
  if (el.shadowRoot) return el.shadowRoot;
  if (!el.localName.includes('-')) return null;
  const api = (globalThis as { chrome?: ChromeDomApi }).chrome?.dom;
  if (!api?.openOrClosedShadowRoot) return null;
  try {
    return api.openOrClosedShadowRoot(el);
  } catch {
    return null;
  }
}

/** Children in the flat tree: a host's shadow content, a slot's assigned nodes (or its fallback). */
export function flatChildren(el: Element): ArrayLike<Node> {
  const root = shadowRootOf(el);
  if (root) return root.childNodes;
  if (el.localName === 'slot') {
    const assigned = (el as HTMLSlotElement).assignedNodes();
    if (assigned.length > 0) return assigned;
  }
  return el.childNodes;
}

/** Parent in the flat tree: the slot a node is assigned to, its parent, or its shadow host. */
export function flatParent(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const parent = el.parentNode as (Node & { host?: Element }) | null;
  return parent?.host ?? null;
}

export function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

export function isText(node: Node): node is Text {
  return node.nodeType === 3;
}

/** Same-origin frame document, or null when the frame is cross-origin (or not loaded). */
export function frameDocument(frame: Element): Document | null {
  try {
    const doc = (frame as HTMLIFrameElement).contentDocument;
    return doc?.documentElement ? doc : null;
  } catch {
    return null;
  }
}

/**
 * Characters that print nothing and join nothing: soft hyphens, zero-width spaces, word joiners, bidi marks,
 * embeddings and isolates. The zero-width joiner and non-joiner shape what is drawn (an emoji, a Persian word): kept.
 * Private-use characters too: what they draw is an icon font's glyph, which means nothing outside that font (the
 * control's title, or its icon's class, says what it is: see icon-name.ts).
 */
export const UNPRINTED =
  /[\u00AD\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uE000-\uF8FF\u{F0000}-\u{10FFFD}]/gu;

/** Text as a person reads it: runs of white space as one space, characters that print nothing left out. */
export function collapseSpaces(text: string): string {
  return text.replace(UNPRINTED, '').replace(/\s+/g, ' ').trim();
}

export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}
