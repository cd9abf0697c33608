// A listbox, menu, tab list or radio group holds nothing but its options, items, tabs or radios (ARIA requires it).
// Web components that keep their role in ElementInternals put children in such a list with no role a content script
// can read and, where focus stays on the list (aria-activedescendant), no tabindex either; a person still clicks each.
// A custom element without a role attribute placed in such a list (as its child, or slotted into it) is one of its items.
import { flatParent } from './dom';

const COMPOSITES = new Set(['listbox', 'menu', 'menubar', 'tablist', 'radiogroup', 'tree']);

export function itemOfComposite(el: Element): boolean {
  if (!el.localName.includes('-') || el.hasAttribute('role')) return false;
  let parent = flatParent(el);
  while (parent?.localName === 'slot') parent = flatParent(parent);
  const role = parent?.getAttribute('role');
  return role != null && COMPOSITES.has(role);
}
