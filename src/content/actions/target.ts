import { resolveRef } from '../snapshot';
import { isDisabled } from '../accessibility/disabled';
import { describeElement } from './describe';
import { frameDocument } from '../snapshot/dom';
import { areaBox, imageOf } from '../snapshot/image-map';
import { closestComposed, containsComposed, reachableShadowRoot, windowOf } from './dom';

/** An action refused before or while it touched the page; the message goes to the model as is. */
export class ActionError extends Error {}

/** A point where an element receives the pointer, in its own frame's viewport (CSS pixels). */
export interface Target {
  element: Element;
  x: number;
  y: number;
}

/**
 * What a viewport point hits: an element of this page (maybe in a same-origin frame, with the point in that frame's
 * viewport), or a cross-origin frame, with the point in the frame's viewport.
 */
export interface Hit extends Target {
  crossOriginFrame?: boolean;
}

/** The live element behind a ref, or a precise reason why the ref cannot be used. */
export function elementFor(ref: string): Element {
  const resolved = resolveRef(ref);
  if ('stale' in resolved) throw new ActionError(`${resolved.reason}.`);
  return resolved;
}

export { isDisabled } from '../accessibility/disabled';

/**
 * Brings the element into view and finds a point where it, and not something on top of it, receives the pointer.
 * A covered element is refused with the name of what covers it, instead of clicking the cover by accident.
 */
export function pointerTarget(element: Element): Target {
  if (isDisabled(element)) throw new ActionError(`${describeElement(element)} is disabled.`);
  // An image map's area has no box of its own: it is pressed where its shape lies on the image that shows it.
  const image = element.localName === 'area' ? imageOf(element) : null;
  (image ?? element).scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
  const view = windowOf(element);
  const rects = (image ? [areaRect(element, image)] : Array.from(element.getClientRects())).filter(
    (rect) => rect.width > 0 && rect.height > 0,
  );
  if (rects.length === 0)
    throw new ActionError(`${describeElement(element)} is not visible (it has no size on screen).`);
  let cover: Element | null = null;
  for (const rect of rects) {
    for (const [fx, fy] of PROBE_POINTS) {
      const x = rect.left + rect.width * fx;
      const y = rect.top + rect.height * fy;
      if (x < 0 || y < 0 || x >= view.innerWidth || y >= view.innerHeight) continue;
      const hit = deepElementFromPoint(element.ownerDocument, x, y);
      if (hit && (containsComposed(element, hit) || containsComposed(hit, element) || labels(hit, element)))
        return { element, x, y };
      cover ??= hit;
    }
  }
  if (cover)
    throw new ActionError(
      `${describeElement(element)} is covered by ${describeElement(cover)}; close or move that first.`,
    );
  throw new ActionError(`${describeElement(element)} is outside the visible page; scroll to it first.`);
}

function areaRect(area: Element, image: Element): DOMRect {
  const box = areaBox(area, image.getBoundingClientRect());
  return new DOMRect(box.left, box.top, box.right - box.left, box.bottom - box.top);
}

const PROBE_POINTS: ReadonlyArray<readonly [number, number]> = [
  [0.5, 0.5],
  [0.25, 0.5],
  [0.75, 0.5],
  [0.5, 0.25],
  [0.5, 0.75],
];

/** elementFromPoint that descends into shadow roots (closed ones too), so the hit is the element a user would press. */
export function deepElementFromPoint(doc: Document | ShadowRoot, x: number, y: number): Element | null {
  let hit = doc.elementFromPoint(x, y);
  for (let root = hit && reachableShadowRoot(hit); hit && root; root = reachableShadowRoot(hit)) {
    const inner = root.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

/**
 * What a point of this frame's viewport hits, descending into same-origin frames (with the point translated into
 * theirs). A cross-origin frame is returned as such: only its own content script can act inside it.
 */
export function hitTest(x: number, y: number): Hit {
  if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) {
    throw new ActionError(`(${x}, ${y}) is outside the viewport (${window.innerWidth}×${window.innerHeight}).`);
  }
  let doc: Document = document;
  let localX = x;
  let localY = y;
  for (;;) {
    const hit = deepElementFromPoint(doc, localX, localY);
    if (!hit) throw new ActionError(`Nothing is at (${x}, ${y}).`);
    if (hit.localName !== 'iframe' && hit.localName !== 'frame') return { element: hit, x: localX, y: localY };
    const origin = contentOrigin(hit);
    const inner = frameDocument(hit);
    if (!inner) return { element: hit, x: localX - origin.x, y: localY - origin.y, crossOriginFrame: true };
    doc = inner;
    localX -= origin.x;
    localY -= origin.y;
  }
}

/** Where a frame element's content (its viewport) starts, in its parent's viewport. */
export function contentOrigin(frame: Element): { x: number; y: number } {
  const rect = frame.getBoundingClientRect();
  const style = windowOf(frame).getComputedStyle(frame);
  return {
    x: rect.left + frame.clientLeft + Number.parseFloat(style.paddingLeft),
    y: rect.top + frame.clientTop + Number.parseFloat(style.paddingTop),
  };
}

/** A click on a control's label reaches the control, so a label on top of it is not a cover. */
function labels(hit: Element, element: Element): boolean {
  const label = closestComposed(hit, 'label') as HTMLLabelElement | null;
  return !!label && label.control === element;
}
