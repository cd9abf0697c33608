// Text laid transparent over a drawing that paints the same words: a PDF viewer's text layer (pdf.js places each line
// as a `color: transparent` span over the canvas that draws the page, so the words can be selected and found), or a
// link set transparent over an image of its own label. A person reads those words, painted by the drawing under them;
// transparent text over no drawing stays unseen (ink.ts).
import { overlaps } from './geometry';
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

/** Something painted before `node` in its parent (an earlier sibling, so beneath it) is or holds a drawing under `box`. */
function drawingBefore(node: Element, box: DOMRect): boolean {
  for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
    if (sibling.matches(DRAWINGS)) {
      if (drawsOver(sibling, box)) return true;
      continue;
    }
    const inner = sibling.querySelectorAll(DRAWINGS);
    for (let i = 0; i < inner.length && i < MAX_DRAWINGS; i++) if (drawsOver(inner[i] as Element, box)) return true;
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
