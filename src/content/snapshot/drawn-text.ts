// Text laid transparent over a drawing that paints the same words: a PDF viewer's text layer (pdf.js places each line
// as a `color: transparent` span over the canvas that draws the page, so the words can be selected and found), or a
// link set transparent over an image of its own label. A person reads those words, painted by the drawing under them;
// transparent text over no drawing stays unseen (ink.ts).
import { overlaps } from './geometry';
import { runCache } from './run-cache';
import { MIN_FONT_SIZE } from './ink';
import { FULL_CHECK } from './visibility';

/** What paints words a transparent text layer lies over. */
const DRAWINGS = 'canvas,img,svg';

/** Levels up from the text's element to the layer whose earlier sibling holds the drawing (span › text layer › page). */
const LAYER_DEPTH = 3;

/** Drawings looked at inside one earlier sibling: a page holds one canvas, not a gallery. */
const MAX_DRAWINGS = 4;

function drawsOver(drawing: Element, box: DOMRect): boolean {
  return overlaps(drawing.getBoundingClientRect(), box) && drawing.checkVisibility(FULL_CHECK);
}

/**
 * The children of a parent that are or hold a drawing, with their drawings: worked out once per parent, so the words
 * of a text layer (hundreds of sibling spans) do not each search every span before them.
 */
const drawingHolders = runCache((parent: ParentNode) => {
  const holders: Array<{ child: Element; drawings: Element[] }> = [];
  for (const child of Array.from(parent.children)) {
    const drawings = child.matches(DRAWINGS)
      ? [child]
      : Array.from(child.querySelectorAll(DRAWINGS)).slice(0, MAX_DRAWINGS);
    if (drawings.length) holders.push({ child, drawings });
  }
  return holders;
});

/** Something painted before `node` in its parent (an earlier sibling, so beneath it) is or holds a drawing under `box`. */
function drawingBefore(node: Element, box: DOMRect): boolean {
  const parent = node.parentNode;
  if (!parent) return false;
  for (const { child, drawings } of drawingHolders(parent)) {
    if (!(child.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    if (drawings.some((drawing) => drawsOver(drawing, box))) return true;
  }
  return false;
}

/** The text directly in `el`, set at a readable size, lies over a drawing painted beneath it that shows its words. */
export function drawnUnder(el: Element, style: CSSStyleDeclaration): boolean {
  if (Number.parseFloat(style.fontSize) < MIN_FONT_SIZE) return false;
  const box = el.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return false;
  let node: Element | null = el;
  for (let depth = 0; node && depth < LAYER_DEPTH; depth++, node = node.parentElement) {
    if (drawingBefore(node, box)) return true;
  }
  return false;
}
