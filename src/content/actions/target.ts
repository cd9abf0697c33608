import { resolveRef } from '../snapshot';
import { describeElement } from './describe';

export interface Target {
  element: Element;
  x: number;
  y: number;
}

/** An action refused before it touched the page; the message goes to the model as is. */
export class ActionError extends Error {}

/** The live element behind a ref, or a precise reason why the ref cannot be used. */
export function elementFor(ref: string): Element {
  const resolved = resolveRef(ref);
  if ('stale' in resolved) throw new ActionError(resolved.reason);
  return resolved;
}

/**
 * Brings the element into view and finds a point where it, and not something on top of it, receives the pointer.
 * A covered element is refused with the name of what covers it, instead of clicking the cover by accident.
 */
export function pointerTarget(element: Element): Target {
  if (isDisabled(element)) throw new ActionError(`${describeElement(element)} is disabled.`);
  element.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
  const rects = Array.from(element.getClientRects()).filter((rect) => rect.width > 0 && rect.height > 0);
  if (rects.length === 0) throw new ActionError(`${describeElement(element)} is not visible (it has no size on screen).`);
  let cover: Element | null = null;
  for (const rect of rects) {
    for (const [fx, fy] of PROBE_POINTS) {
      const x = rect.left + rect.width * fx;
      const y = rect.top + rect.height * fy;
      if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) continue;
      const hit = deepElementFromPoint(x, y);
      if (hit && (hit === element || element.contains(hit) || hit.contains(element) || sameLabelTarget(hit, element))) {
        return { element, x, y };
      }
      cover ??= hit;
    }
  }
  if (cover) throw new ActionError(`${describeElement(element)} is covered by ${describeElement(cover)}; close or move that first.`);
  throw new ActionError(`${describeElement(element)} is outside the visible page.`);
}

const PROBE_POINTS: ReadonlyArray<readonly [number, number]> = [
  [0.5, 0.5],
  [0.25, 0.5],
  [0.75, 0.5],
  [0.5, 0.25],
  [0.5, 0.75],
];

/** Like elementFromPoint, but descends into open shadow roots so the hit is the element a user would press. */
export function deepElementFromPoint(x: number, y: number): Element | null {
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

/** A click on a control's label reaches the control, so a label on top of it is not a cover. */
function sameLabelTarget(hit: Element, element: Element): boolean {
  const label = hit.closest('label');
  return !!label && (label as HTMLLabelElement).control === element;
}

export function isDisabled(element: Element): boolean {
  return (element as HTMLButtonElement).disabled === true || element.closest('[aria-disabled="true"],fieldset:disabled') !== null;
}
