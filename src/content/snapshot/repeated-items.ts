// Rows built of plain elements: a mail list of <div>s (checkbox, star, sender link, date), "who to follow" entries
// (a name and a Follow button), the messages of a chat. They have no row or list item role, so each part would get
// a line of its own and the model would have to guess which "Follow" goes with which name, and read
// `checkbox "Select"` / `button "Star"` again on every row. A <div> (or custom element) shaped like at least two of
// its siblings (same tag, same class) that holds a control among two or more short parts, none of them a heading,
// becomes an item: one line, its parts joined by " | ", a control named as on the row above printed without its
// name (serialize.ts). Sections, cards with a title, form groups in <section>s and lone layout boxes keep their lines.

import type { SnapNode } from './types';

/** The role of such an item. Not an ARIA role, never printed: its line is its parts. */
export const REPEATED_ITEM = 'repeated-item';

/** A run of fewer is layout (two columns, a form's two field groups), not a list. */
const MIN_RUN = 3;

/** Plain boxes only: a <section>, <p> or <label> is a section, a sentence or a field, never a row. */
function isPlainBox(el: Element): boolean {
  return el.localName === 'div' || el.localName.includes('-');
}

function shapeOf(el: Element): string {
  return `${el.localName}|${el.getAttribute('class') ?? ''}`;
}

/** Counts of each shape among a parent's children, read once per parent (a feed may have thousands). */
export class SiblingShapes {
  private readonly counts = new WeakMap<Node, Map<string, number>>();

  /** Whether `el` is a plain box shaped like at least two of its siblings. */
  repeats(el: Element): boolean {
    const parent = el.parentNode;
    if (!parent || !isPlainBox(el)) return false;
    let counts = this.counts.get(parent);
    if (!counts) {
      counts = new Map();
      for (const sibling of Array.from((parent as ParentNode).children)) {
        const shape = shapeOf(sibling);
        counts.set(shape, (counts.get(shape) ?? 0) + 1);
      }
      this.counts.set(parent, counts);
    }
    return (counts.get(shapeOf(el)) ?? 0) >= MIN_RUN;
  }
}

/** More text than this is a section of prose with links in it, not a row (a mail row is about 100 characters). */
const MAX_ITEM_TEXT = 300;

function textLength(nodes: readonly SnapNode[]): number {
  return nodes.reduce((sum, node) => sum + node.name.length + textLength(node.children), 0);
}

function holdsControl(nodes: readonly SnapNode[]): boolean {
  return nodes.some((node) => node.actionable || holdsControl(node.children));
}

/** Whether the parts of a repeated element make a row: two or more, a control among them, short, no heading. */
export function formsItem(parts: readonly SnapNode[]): boolean {
  return (
    parts.length > 1 &&
    holdsControl(parts) &&
    parts.every((part) => part.role !== 'heading') &&
    textLength(parts) <= MAX_ITEM_TEXT
  );
}
