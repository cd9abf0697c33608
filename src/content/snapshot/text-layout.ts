// The page text's lines (get_page_text), as a person sees them laid out: a block (a paragraph, a list item, a card's
// text) starts a line and ends it, `<br>` breaks one, and preformatted text (a code block, a poem, a `pre-line`
// address) keeps its own breaks, and with `white-space: pre` its indentation too. read_page runs text on into one
// line instead: its lines are budgeted, and the reading tool is this one. In both, texts with nothing but inline boxes
// between them and no space at the seam run on unspaced, as they are drawn: `<span>$</span><span>12</span>` is `$12`.
//
//   Address:
//   1 Main St
//   def f(x):
//       return 1

import { collapseSpaces, flatParent, isElement, UNPRINTED } from './dom';

/** How much of its white space a text keeps: all of it (code), its line breaks only (`pre-line`), or none. */
export type KeptSpace = 'all' | 'breaks' | null;

export function keptSpace(style: CSSStyleDeclaration): KeptSpace {
  const collapse = style.whiteSpaceCollapse;
  if (collapse === 'preserve' || collapse === 'break-spaces') return 'all';
  return collapse === 'preserve-breaks' ? 'breaks' : null;
}

/** A text as it reads: runs of spaces as one unless it keeps them, its line breaks where it keeps them. */
export function laidOutText(raw: string, kept: KeptSpace): string {
  if (kept === null) return collapseSpaces(raw);
  const text = raw.replace(UNPRINTED, '').replace(/\r\n?/g, '\n');
  return kept === 'all' ? text : text.replace(/[ \t]+/g, ' ').replace(/ ?\n ?/g, '\n');
}

/** A text line as printed: preformatted text ends where its last line with something on it does. */
export function printedLine(text: string): string {
  return text.replace(/[ \t]+$/gm, '').trimEnd();
}

/** Displays that sit on their own line: everything but inline boxes (and boxes that are no box). */
export function startsLine(style: CSSStyleDeclaration): boolean {
  return !style.display.startsWith('inline') && style.display !== 'contents' && style.display !== 'none';
}

/** Ancestors looked at between two texts: formatting nests only a few levels deep. */
const MAX_BETWEEN = 12;

function parentOf(node: Node): Element | null {
  const slot = (node as Text).assignedSlot;
  if (slot) return slot;
  return isElement(node) ? flatParent(node) : node.parentElement;
}

/**
 * An inline box with nothing on its `side` to set it apart: an inline-block (a chip, a badge) is a box of its own, and
 * a margin, padding or border leaves a gap a reader sees as a space.
 */
function flush(style: CSSStyleDeclaration, side: 'left' | 'right'): boolean {
  if (style.display !== 'inline') return false;
  const edges = [`margin-${side}`, `padding-${side}`, `border-${side}-width`];
  return edges.every((edge) => !(parseFloat(style.getPropertyValue(edge)) > 0));
}

/**
 * Whether `after`, read right after `before`, is drawn right after it on the same line: every box between them (up to
 * their common ancestor) is an inline one. The caller has checked that no space lies at the seam.
 */
export function runsOn(before: Text, after: Text, win: Window): boolean {
  const beforeSide: Element[] = [];
  for (let el = parentOf(before); el && beforeSide.length < MAX_BETWEEN; el = flatParent(el)) beforeSide.push(el);
  const afterSide: Element[] = [];
  for (let el = parentOf(after); el && afterSide.length < MAX_BETWEEN; el = flatParent(el)) {
    const common = beforeSide.indexOf(el);
    if (common >= 0) {
      return (
        beforeSide.slice(0, common).every((box) => flush(win.getComputedStyle(box), 'right')) &&
        afterSide.every((box) => flush(win.getComputedStyle(box), 'left'))
      );
    }
    afterSide.push(el);
  }
  return false;
}
