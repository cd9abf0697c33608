import { deepElementFromPoint } from './target';

/** Scrolls whatever a wheel at (x, y) would scroll: the nearest scrollable ancestor, else the page. */
export function scrollAt(x: number, y: number, dx: number, dy: number): string {
  let element: Element | null = deepElementFromPoint(x, y);
  while (element && element !== document.documentElement) {
    if (canScroll(element, dx, dy)) {
      element.scrollBy({ left: dx, top: dy, behavior: 'instant' });
      return '';
    }
    element = element.parentElement ?? ((element.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  window.scrollBy({ left: dx, top: dy, behavior: 'instant' });
  return '';
}

function canScroll(element: Element, dx: number, dy: number): boolean {
  const style = getComputedStyle(element);
  if (dy !== 0 && /(auto|scroll|overlay)/.test(style.overflowY)) {
    return dy > 0 ? element.scrollTop + element.clientHeight < element.scrollHeight - 1 : element.scrollTop > 0;
  }
  if (dx !== 0 && /(auto|scroll|overlay)/.test(style.overflowX)) {
    return dx > 0 ? element.scrollLeft + element.clientWidth < element.scrollWidth - 1 : element.scrollLeft > 0;
  }
  return false;
}
