import { composedParent, windowOf } from './dom';
import type { Target } from './target';

/** Scrolls whatever a wheel at the target would scroll: the nearest scrollable ancestor, else the page. */
export function scrollAt(target: Target, dx: number, dy: number): string {
  const view = windowOf(target.element);
  target.element.dispatchEvent(
    new WheelEvent('wheel', { bubbles: true, cancelable: true, composed: true, clientX: target.x, clientY: target.y, deltaX: dx, deltaY: dy, view }),
  );
  for (let element: Element | null = target.element; element && element !== element.ownerDocument.documentElement; element = composedParent(element)) {
    if (canScroll(element, dx, dy)) {
      const before = [element.scrollLeft, element.scrollTop];
      element.scrollBy({ left: dx, top: dy, behavior: 'instant' });
      return moved(before, [element.scrollLeft, element.scrollTop]) ? '' : 'It was already at the end.';
    }
  }
  const before = [view.scrollX, view.scrollY];
  view.scrollBy({ left: dx, top: dy, behavior: 'instant' });
  return moved(before, [view.scrollX, view.scrollY]) ? '' : 'The page was already at the end; nothing moved.';
}

function moved(before: number[], after: number[]): boolean {
  return before[0] !== after[0] || before[1] !== after[1];
}

function canScroll(element: Element, dx: number, dy: number): boolean {
  const style = windowOf(element).getComputedStyle(element);
  if (dy !== 0 && /(auto|scroll|overlay)/.test(style.overflowY)) {
    return dy > 0 ? element.scrollTop + element.clientHeight < element.scrollHeight - 1 : element.scrollTop > 0;
  }
  if (dx !== 0 && /(auto|scroll|overlay)/.test(style.overflowX)) {
    return dx > 0 ? element.scrollLeft + element.clientWidth < element.scrollWidth - 1 : element.scrollLeft > 0;
  }
  return false;
}
