// Composite widgets move focus among their items by a roving tabindex: the current item has tabindex 0, the others -1.
// Where the items carry no role attribute (web components whose role lives in ElementInternals, which a content script
// cannot read: Fluent's and FAST's tabs, radios, menu items, tree items) the -1 is all the page shows of them, yet a
// person sees and clicks every one. An item with a negative tabindex belongs to such a group when an element of its own
// kind beside it takes focus, or when it is nested in an item of its own kind that belongs to one (a tree's branches).

import { runCache } from './run-cache';

/** Levels up from a nested item to the item holding it (item › group wrapper › item). */
const NESTING_DEPTH = 3;

function tabindexOf(el: Element): number | null {
  const value = el.getAttribute('tabindex');
  return value === null ? null : Number(value);
}

/** For each parent, the kinds (tag names) of its children that take focus: a long list is scanned once, not per item. */
const kindsTakingFocus = runCache((parent: Element) => {
  const kinds = new Set<string>();
  for (const child of Array.from(parent.children)) if ((tabindexOf(child) ?? -1) >= 0) kinds.add(child.localName);
  return kinds;
});

function besideFocusable(el: Element): boolean {
  const parent = el.parentElement;
  return parent !== null && kindsTakingFocus(parent).has(el.localName);
}

/** `el` (tabindex -1) is an item of a group whose focus roves: a sibling or an enclosing item of its kind takes focus. */
export function inRovingGroup(el: Element): boolean {
  const own = tabindexOf(el);
  if (own === null || !(own < 0)) return false;
  if (besideFocusable(el)) return true;
  let node = el.parentElement;
  for (let depth = 0; node && depth < NESTING_DEPTH; depth++, node = node.parentElement) {
    if (node.localName !== el.localName) continue;
    const held = tabindexOf(node);
    return held !== null && (held >= 0 || inRovingGroup(node));
  }
  return false;
}
