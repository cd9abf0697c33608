// Web components whose ARIA lives in ElementInternals (`internals.ariaChecked`, which a content script cannot read)
// often say their state in a CSS custom state too (`internals.states.add('checked')`, styled by `:state(checked)`), as
// Fluent UI's and Web Awesome's components do. A custom state of one of ARIA's names is read as that ARIA state.

/** `el` is a custom element that has set the custom state `name`. */
export function hasCustomState(el: Element, name: string): boolean {
  // Only autonomous custom elements (a hyphen in the name) have custom states.
  if (!el.localName.includes('-')) return false;
  try {
    return el.matches(`:state(${name})`);
  } catch {
    // A browser without custom state selectors.
    return false;
  }
}
