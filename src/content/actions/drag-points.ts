import { DRAG_POINTS_HEADER } from '../../shared/drag-points';
import { resolveRef } from '../snapshot';
import { windowOf } from './dom';
import { offsetWithin, topOffset } from './frame-offset';

/** Lines of points at most, so a large subtree does not swamp the reply. */
const MAX_POINTS = 30;

/**
 * The toolset's drags (left_click_drag, left_mouse_down/up, mouse_move) take viewport coordinates, and a model that
 * reads text has none. So find and read_page with a ref end with the points a drag needs for the elements they list:
 * each element's centre, and for a slider its handle and the two ends of its track with the values there.
 * Points are in the top viewport: an element inside a frame is measured in its frame and moved by where that frame
 * sits. Example (the format emitted below):
 *   Drag points (viewport pixels, for left_click_drag, left_mouse_down/up and mouse_move):
 *   ref_12: centre (640, 312)
 *   ref_15: slider at 30 (0 to 100): handle (412, 300); track from (308, 300) at 0 to (692, 300) at 100
 */
export async function withDragPoints(text: string): Promise<string> {
  const refs = [...new Set(Array.from(text.matchAll(/\[(ref_[^\]\s]+)\]/g), (match) => match[1]!))];
  const lines = await dragPointLines(refs);
  return lines.length === 0 ? text : `${text}\n\n${DRAG_POINTS_HEADER}\n${lines.join('\n')}`;
}

/** `ref: points` for each of `refs` that is still on the page and has a box, at most MAX_POINTS of them. */
export async function dragPointLines(refs: readonly string[]): Promise<string[]> {
  const lines: string[] = [];
  // A cross-origin frame's own viewport sits somewhere in the top one; its parent says where (null: it did not).
  let frameAt: { x: number; y: number } | null | undefined;
  for (const ref of refs) {
    if (lines.length >= MAX_POINTS) break;
    const element = resolveRef(ref);
    if ('stale' in element) continue;
    frameAt ??= await topOffset().catch(() => null);
    if (frameAt === null) break;
    const inner = offsetWithin(windowOf(element));
    const line = pointsOf(element, (x, y) => point(x + inner.x + frameAt!.x, y + inner.y + frameAt!.y));
    if (line) lines.push(`${ref}: ${line}`);
  }
  return lines;
}

type At = (x: number, y: number) => string;

function pointsOf(element: Element, at: At): string | undefined {
  const box = element.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return undefined;
  const view = windowOf(element);
  if (box.bottom <= 0 || box.top >= view.innerHeight || box.right <= 0 || box.left >= view.innerWidth) {
    return 'outside the viewport (scroll_to it, then ask again)';
  }
  return sliderPoints(element, box, at) ?? `centre ${at(box.left + box.width / 2, box.top + box.height / 2)}`;
}

/** Half the width of Chromium's default range thumb: its centre travels between these insets. */
const THUMB_HALF = 8;

function sliderPoints(element: Element, box: DOMRect, at: At): string | undefined {
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
      return describeSlider(range.value, min, max, at(x, low + (high - low) * fraction), at(x, low), at(x, high));
    }
    const [low, high] = [box.left + THUMB_HALF, box.right - THUMB_HALF];
    return describeSlider(range.value, min, max, at(low + (high - low) * fraction, y), at(low, y), at(high, y));
  }
  if (element.getAttribute('role') !== 'slider') return undefined;
  // An ARIA slider is usually the handle itself; its track is the nearest ancestor that is longer along the axis.
  const vertical = element.getAttribute('aria-orientation') === 'vertical';
  const track = trackOf(element, box, vertical);
  if (!track) return undefined;
  const min = Number(element.getAttribute('aria-valuemin') ?? 0);
  const max = Number(element.getAttribute('aria-valuemax') ?? 100);
  const now = element.getAttribute('aria-valuetext') ?? element.getAttribute('aria-valuenow') ?? '?';
  const handle = at(box.left + box.width / 2, box.top + box.height / 2);
  if (vertical) {
    const x = track.left + track.width / 2;
    return describeSlider(now, min, max, handle, at(x, track.bottom), at(x, track.top));
  }
  const y = track.top + track.height / 2;
  return describeSlider(now, min, max, handle, at(track.left, y), at(track.right, y));
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
