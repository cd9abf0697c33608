// An empty link or button laid over words another layer shows has no name of its own, yet the words under it are what
// a person clicks: a PDF viewer's link annotations (pdf.js stretches an empty `<a>` over each link's area, above the
// text layer that holds the page's words), a card made clickable by an empty link stretched over it. Such a control is
// named by the words painted before it (in earlier siblings of it and of its near ancestors) that lie inside its box.
import { clip, collapseSpaces } from './dom';
import { overlaps } from './geometry';

/** Levels up from the control to the layer whose earlier siblings hold the words (link › section › annotation layer). */
const DEPTH = 3;

/** Text nodes looked at per control: a page's text layer holds hundreds of runs, a long list more than a name needs. */
const MAX_TEXTS = 600;

/** Earlier siblings looked at per level, nearest first: a long list's earlier items lie elsewhere. */
const MAX_SIBLINGS = 40;

const NAME_LIMIT = 80;

/** Most of the words' line lies inside the control's box: a link over one line is not named by the lines beside it. */
function under(words: DOMRect, box: DOMRect): boolean {
  const high = Math.min(words.bottom, box.bottom) - Math.max(words.top, box.top);
  const wide = Math.min(words.right, box.right) - Math.max(words.left, box.left);
  return words.height > 0 && high >= words.height / 2 && wide > 0;
}

/** The words of `node`'s earlier siblings' subtrees that lie under `box`, in document order. */
function wordsBefore(node: Element, box: DOMRect, budget: { texts: number }): string[] {
  const words: string[] = [];
  let sibling = node.previousElementSibling;
  for (let looked = 0; sibling && looked < MAX_SIBLINGS; looked++, sibling = sibling.previousElementSibling) {
    // A sibling's box holds its in-flow text; one laid elsewhere holds none of the words under the control.
    if (!overlaps(sibling.getBoundingClientRect(), box)) continue;
    const found: string[] = [];
    const texts = node.ownerDocument.createTreeWalker(sibling, NodeFilter.SHOW_TEXT);
    for (let text = texts.nextNode(); text && budget.texts-- > 0; text = texts.nextNode()) {
      const holder = text.parentElement;
      if (!holder || !/\S/.test(text.nodeValue ?? '')) continue;
      if (under(holder.getBoundingClientRect(), box) && holder.checkVisibility()) found.push(text.nodeValue ?? '');
    }
    words.unshift(...found);
  }
  return words;
}

/** The words a person sees under an empty control `el`, or '' when none lie under it. */
export function wordsBeneath(el: Element): string {
  // Only a control with nothing in it: one holding an icon or an image is named by that, or left unnamed.
  if (el.firstElementChild || /\S/.test(el.textContent ?? '')) return '';
  const box = el.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return '';
  const budget = { texts: MAX_TEXTS };
  let node: Element | null = el;
  for (let depth = 0; node && depth < DEPTH; depth++, node = node.parentElement) {
    const words = wordsBefore(node, box, budget);
    if (words.length) return clip(collapseSpaces(words.join(' ')), NAME_LIMIT);
  }
  return '';
}
