const MAX_NAME = 40;

/** A short human description of an element for action results: `button "Add to cart"`. */
export function describeElement(element: Element): string {
  const role = element.getAttribute('role') ?? element.tagName.toLowerCase();
  const name = (
    element.getAttribute('aria-label') ??
    (element as HTMLInputElement).labels?.[0]?.textContent ??
    element.getAttribute('placeholder') ??
    element.getAttribute('title') ??
    element.textContent ??
    ''
  )
    .replace(/\s+/g, ' ')
    .trim();
  return name ? `${role} "${name.length > MAX_NAME ? `${name.slice(0, MAX_NAME)}…` : name}"` : role;
}
