import { composedParent, windowOf } from './dom';
import { describeElement } from './describe';
import { ActionError, type Target } from './target';

/** Scrolls whatever a wheel at the target would scroll: the nearest scrollable ancestor, else the page. */
export function scrollAt(target: Target, dx: number, dy: number): string {
  const view = windowOf(target.element);
  target.element.dispatchEvent(
    new WheelEvent('wheel', {
      bubbles: true,
      cancelable: true,
      composed: true,
      clientX: target.x,
      clientY: target.y,
      deltaX: dx,
      deltaY: dy,
      view,
    }),
  );
  const region = regionAt(target.element, dx, dy);
  if (region) return scrollElement(region, dx, dy);
  const before = [view.scrollX, view.scrollY];
  view.scrollBy({ left: dx, top: dy, behavior: 'instant' });
  return moved(before, [view.scrollX, view.scrollY]) ? '' : 'The page was already at the end; nothing moved.';
}

/**
 * The wheel a trusted scroll at the target may send: bounded as scrollElement bounds an inner region (the browser's
 * own wheel would move it by whole notches), with the note that says so; the page itself is not bounded.
 */
export function wheelStep(target: Target, dx: number, dy: number): { step: { dx: number; dy: number }; note: string } {
  const region = regionAt(target.element, dx, dy);
  if (!region) return { step: { dx, dy }, note: '' };
  const step = stepIn(region, dx, dy);
  return { step, note: stepNote(region, dx, dy, step) };
}

/** The nearest ancestor (or the element) that a wheel there would scroll that way; null for the page. */
function regionAt(element: Element, dx: number, dy: number): Element | null {
  for (
    let node: Element | null = element;
    node && node !== node.ownerDocument.documentElement;
    node = composedParent(node)
  ) {
    if (canScroll(node, dx, dy)) return node;
  }
  return null;
}

/**
 * Scrolls a region named by ref: the element itself when it scrolls that way (an inner pane, a strip), else its
 * nearest scrollable ancestor, else the page, as a wheel over its visible centre would.
 */
export function scrollRegion(element: Element, dx: number, dy: number): string {
  if (canScroll(element, dx, dy)) return scrollElement(element, dx, dy);
  const frameWindow = (element as HTMLIFrameElement).contentWindow;
  if ((element.localName === 'iframe' || element.localName === 'frame') && frameWindow) {
    const win = frameWindow;
    try {
      const before = [win.scrollX, win.scrollY];
      win.scrollBy({ left: dx, top: dy, behavior: 'instant' });
      return moved(before, [win.scrollX, win.scrollY]) ? '' : 'The frame was already at the end; nothing moved.';
    } catch {
      const what = describeElement(element);
      throw new ActionError(`${what} is a cross-origin frame: scroll at a point inside it instead.`);
    }
  }
  const rect = element.getBoundingClientRect();
  return scrollAt({ element, x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }, dx, dy);
}

/** Share of an inner region's visible size one scroll may move: the rest stays in view, so nothing is skipped. */
const MAX_STEP_OF_VIEW = 0.9;

/**
 * Scrolls an inner region, at most nine tenths of what it shows: a wheel's 100 px notches would carry a small pane
 * (a 200 px list, a virtualized one that renders only its visible rows) past rows the model never saw.
 */
function scrollElement(element: Element, dx: number, dy: number): string {
  const step = stepIn(element, dx, dy);
  const before = [element.scrollLeft, element.scrollTop];
  element.scrollBy({ left: step.dx, top: step.dy, behavior: 'instant' });
  if (!moved(before, [element.scrollLeft, element.scrollTop])) return 'It was already at the end.';
  return stepNote(element, dx, dy, step);
}

function stepIn(element: Element, dx: number, dy: number): { dx: number; dy: number } {
  const limit = (delta: number, shown: number) => {
    const most = Math.max(1, Math.floor(shown * MAX_STEP_OF_VIEW));
    return Math.sign(delta) * Math.min(Math.abs(delta), most);
  };
  return { dx: limit(dx, element.clientWidth), dy: limit(dy, element.clientHeight) };
}

/** Says when a region moved less than asked, and why; '' when it moved as asked. */
function stepNote(element: Element, dx: number, dy: number, step: { dx: number; dy: number }): string {
  if (step.dx === dx && step.dy === dy) return '';
  const [asked, moved, shown] =
    step.dy !== dy ? [dy, step.dy, element.clientHeight] : [dx, step.dx, element.clientWidth];
  return (
    `This region shows ${shown} px at a time, so it scrolled ${Math.abs(moved)} px, not the ${Math.abs(asked)} px ` +
    'asked for: nothing in between was skipped.'
  );
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
