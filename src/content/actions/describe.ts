import { accessibleName } from '../accessibility/name';
import { existingRef } from '../snapshot/refs';
import { computeRole } from '../accessibility/roles';

const MAX_NAME = 40;

/**
 * A short description of an element for action results, in read_page's own words: `button "Add to cart" [ref_12]`,
 * so the model can match what it acted on with what it read.
 */
export function describeElement(element: Element): string {
  const role = computeRole(element);
  const name = accessibleName(element, role, { fromContent: role === 'generic' })
    .replace(/\s+/g, ' ')
    .trim();
  const ref = existingRef(element);
  const label = name
    ? `${role} "${name.length > MAX_NAME ? `${name.slice(0, MAX_NAME)}…` : name}"`
    : role === 'generic' || role === 'none'
      ? element.localName
      : role;
  return ref ? `${label} [${ref}]` : label;
}
