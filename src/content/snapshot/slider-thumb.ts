// A range input is grabbed by its thumb, not by its middle. A two-thumb slider (a price filter's minimum and maximum)
// stacks two range inputs over one track and lets the pointer through all of each input but its thumb
// (`pointer-events: none` on the input, `auto` on its `::-webkit-slider-thumb`, a style no script can read): a hit test
// at the input's centre lands on the other input or on nothing, one where the thumb is drawn lands on it.
import type { Box } from './types';

/** The side (px) of a slider thumb, as Chromium draws it and as kits restyle it, near enough to hit-test its middle. */
const THUMB = 16;

export function isRangeInput(el: Element): el is HTMLInputElement {
  return el.localName === 'input' && (el as HTMLInputElement).type === 'range';
}

/**
 * Where the thumb of a horizontal range input is drawn in `box` (the input's box, top coordinates): a strip a few
 * pixels wide at its value's place along the track. Null for any other element, or a slider laid out vertically.
 */
export function thumbSpot(el: Element, box: Box, win: Window): Box | null {
  if (!isRangeInput(el)) return null;
  const width = box.right - box.left;
  if (width < THUMB || box.bottom - box.top > width) return null;
  const min = Number.parseFloat(el.min) || 0;
  const max = el.max === '' ? 100 : Number.parseFloat(el.max);
  const share = max > min ? Math.min(1, Math.max(0, (el.valueAsNumber - min) / (max - min))) : 0;
  const along = THUMB / 2 + share * (width - THUMB);
  const x = win.getComputedStyle(el).direction === 'rtl' ? box.right - along : box.left + along;
  return { left: x - THUMB / 4, right: x + THUMB / 4, top: box.top, bottom: box.bottom };
}
