// Disabled, one answer for the snapshot and the actions: a native control that is :disabled (itself, in a disabled
// fieldset outside its first legend, or an option in a disabled optgroup), or an element that is or sits inside an
// aria-disabled="true" element (Chromium passes aria-disabled down to descendants), or a web component that says it is
// disabled by its custom state (custom-states.ts). Shadow boundaries are crossed.
import { hasCustomState } from './custom-states';

function composedParent(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  return (element.getRootNode() as Partial<ShadowRoot>).host ?? null;
}

export function isDisabled(el: Element): boolean {
  try {
    if (el.matches(':disabled')) return true;
  } catch {
    // Elements of other namespaces may not support the pseudo-class.
  }
  for (let node: Element | null = el; node; node = composedParent(node)) {
    if (node.getAttribute('aria-disabled') === 'true' || hasCustomState(node, 'disabled')) return true;
  }
  return false;
}
