import { resolveRef } from '../snapshot';
import { windowOf } from './dom';

/** Lines of points at most, so a large subtree does not swamp the reply. */
const MAX_POINTS = 30;

/**
 * The toolset's drags (left_click_drag, left_mouse_down/up, mouse_move) take viewport coordinates, and a model that
 * reads text has none. So find and read_page with a ref end with the points a drag needs for the elements they list:
 * each element's centre, and for a slider its handle and the two ends of its track with the values there.
 * Example (the format emitted below):
 *   Drag points (viewport pixels, for left_click_drag, left_mouse_down/up and mouse_move):
 *   ref_12: centre (640, 312)
 *   ref_15: slider at 30 (0 to 100): handle (412, 300); track from (308, 300) at 0 to (692, 300) at 100
 */
export function withDragPoints(text: string): string {
  const refs = [...new Set(Array.from(text.matchAll(/\[(ref_[^\]\s]+)\]/g), (match) => match[1]!))];
  const lines: string[] = [];
  for (const ref of refs) {
    if (lines.length >= MAX_POINTS) break;
    const element = resolveRef(ref);
    if ('stale' in element) continue;
    const line = pointsOf(element);
    if (line) lines.push(`${ref}: ${line}`);
  }
  if (lines.length === 0) return text;
  return `${text}\n\nDrag points (viewport pixels, for left_click_drag, left_mouse_down/up and mouse_move):\n${lines.join('\n')}`;
}

function pointsOf(element: Element): string | undefined {
  const box = element.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return undefined;
  const view = windowOf(element);
  if (box.bottom <= 0 || box.top >= view.innerHeight || box.right <= 0 || box.left >= view.innerWidth) {
    return 'outside the viewport (scroll_to it, then ask again)';
  }
  return sliderPoints(element, box) ?? `centre ${point(box.left + box.width / 2, box.top + box.height / 2)}`;
}

/** Half the width of Chromium's default range thumb: its centre travels between these insets. */
const THUMB_HALF = 8;

function sliderPoints(element: Element, box: DOMRect): string | undefined {
  if (element.localName === 'input' && (element as HTMLInputElement).type === 'range') {
    const range = element as HTMLInputElement;
    const min = Number(range.min || 0);
    const max = Number(range.max || 100);
    const vertical = box.height > box.width;
    const fraction = max > min ? (Number(range.value) - min) / (max - min) : 0;
    const y = box.top + box.height / 2;
    const x = box.left + box.width / 2;
    if (vertical) {
      const [low, high] = [box.bottom - THUMB_HALF, box.top + THUMB_HALF];
      return describeSlider(
        range.value,
        min,
        max,
        point(x, low + (high - low) * fraction),
        point(x, low),
        point(x, high),
      );
    }
    const [low, high] = [box.left + THUMB_HALF, box.right - THUMB_HALF];
    return describeSlider(
      range.value,
      min,
      max,
      point(low + (high - low) * fraction, y),
      point(low, y),
      point(high, y),
    );
  }
  if (element.getAttribute('role') !== 'slider') return undefined;
  // An ARIA slider is usually the handle itself; its track is the nearest ancestor that is longer along the axis.
  const vertical = element.getAttribute('aria-orientation') === 'vertical';
  const track = trackOf(element, box, vertical);
  if (!track) return undefined;
  const min = Number(element.getAttribute('aria-valuemin') ?? 0);
  const max = Number(element.getAttribute('aria-valuemax') ?? 100);
  const now = element.getAttribute('aria-valuetext') ?? element.getAttribute('aria-valuenow') ?? '?';
  const handle = point(box.left + box.width / 2, box.top + box.height / 2);
  if (vertical) {
    const x = track.left + track.width / 2;
    return describeSlider(now, min, max, handle, point(x, track.bottom), point(x, track.top));
  }
  const y = track.top + track.height / 2;
  return describeSlider(now, min, max, handle, point(track.left, y), point(track.right, y));
}

function trackOf(element: Element, box: DOMRect, vertical: boolean): DOMRect | undefined {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const rect = node.getBoundingClientRect();
    if (vertical ? rect.height > box.height * 1.5 : rect.width > box.width * 1.5) return rect;
    if (node.localName === 'body') return undefined;
  }
  return undefined;
}

function describeSlider(now: string, min: number, max: number, handle: string, low: string, high: string): string {
  return `slider at ${now} (${min} to ${max}): handle ${handle}; track from ${low} at ${min} to ${high} at ${max}`;
}

function point(x: number, y: number): string {
  return `(${Math.round(x)}, ${Math.round(y)})`;
}
