// A control a click passes through: pointer-events:none, its own or inherited from a section locked while it saves (a
// kit's disabled link, a card greyed out while it updates). In view the hit test tells where the click lands; out of
// view no hit test is possible, so this stands in for it: the click reaches the control only through a label of it or
// through content of it that takes the pointer back (pointer-events:auto on an icon inside, a slider's thumb).
import { isRangeInput } from './slider-thumb';

/** Out of view, a click on `control` (whose computed style is `style`) lands on nothing of it. */
export function passesThrough(control: Element, style: CSSStyleDeclaration, win: Window): boolean {
  if (style.pointerEvents !== 'none') return false;
  // Its thumb's own pointer-events (a two-thumb slider's `auto`) cannot be read: the thumb is taken to take it back.
  if (isRangeInput(control)) return false;
  for (const label of (control as Partial<HTMLInputElement>).labels ?? []) {
    if (win.getComputedStyle(label).pointerEvents !== 'none') return false;
  }
  for (const inner of control.querySelectorAll('*')) {
    if (win.getComputedStyle(inner).pointerEvents !== 'none') return false;
  }
  return true;
}
