import { frameDocument } from '../snapshot/dom';

/**
 * Realm-agnostic element tests. The snapshotter walks same-origin iframes in place, so a ref can name an element of
 * another window, for which `instanceof HTMLInputElement` is false: tests go by tag name instead.
 */

export function windowOf(node: Node): Window {
  return (node.ownerDocument ?? (node as Document)).defaultView ?? window;
}

export function isInput(element: Element): element is HTMLInputElement {
  return element.localName === 'input';
}

export function isTextArea(element: Element): element is HTMLTextAreaElement {
  return element.localName === 'textarea';
}

export function isSelect(element: Element): element is HTMLSelectElement {
  return element.localName === 'select';
}

export function isHtmlElement(element: Element): element is HTMLElement {
  return 'focus' in element && 'click' in element;
}

const NON_TEXT_INPUTS = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'image',
  'file',
  'range',
  'color',
  'hidden',
]);

/** An input or textarea that holds typed text. */
export function isTextEntry(element: Element): element is HTMLInputElement | HTMLTextAreaElement {
  return isTextArea(element) || (isInput(element) && !NON_TEXT_INPUTS.has(element.type));
}

export function isContentEditable(element: Element): element is HTMLElement {
  return isHtmlElement(element) && element.isContentEditable;
}

export function isEditable(element: Element): boolean {
  return isTextEntry(element) || isContentEditable(element);
}

/**
 * An element's shadow root, open or closed: the pointer and the focus reach into closed roots as a person's do, so an
 * action (and the gate judging it) must see the element there, not its host. Any element, not only custom ones, since
 * a page can attach a closed root to a div.
 */
export function reachableShadowRoot(element: Element): ShadowRoot | null {
  if (element.shadowRoot) return element.shadowRoot;
  try {
    return (globalThis as { chrome?: ChromeDomApi }).chrome?.dom?.openOrClosedShadowRoot?.(element) ?? null;
  } catch {
    return null;
  }
}

interface ChromeDomApi {
  dom?: { openOrClosedShadowRoot?(element: Element): ShadowRoot | null };
}

/** The focused element, looking through shadow roots (closed ones too) and same-origin frames. */
export function deepActiveElement(doc: Document = document): Element {
  let active: Element | null = doc.activeElement;
  for (;;) {
    const root = active ? reachableShadowRoot(active) : null;
    if (root?.activeElement) active = root.activeElement;
    else if (
      active &&
      (active.localName === 'iframe' || active.localName === 'frame') &&
      frameDocument(active)?.activeElement
    ) {
      active = frameDocument(active)!.activeElement;
    } else break;
  }
  return active ?? doc.body ?? doc.documentElement;
}

/** Parent in the composed tree: through shadow roots to their hosts. */
export function composedParent(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  return (element.getRootNode() as Partial<ShadowRoot>).host ?? null;
}

/** Like Element.closest, but crosses shadow boundaries. */
export function closestComposed(element: Element, selector: string): Element | null {
  for (let node: Element | null = element; node; node = composedParent(node)) {
    if (node.matches(selector)) return node;
  }
  return null;
}

/** Containment in the composed tree (an element inside a shadow root is inside its host). */
export function containsComposed(ancestor: Element, node: Element): boolean {
  for (let current: Element | null = node; current; current = composedParent(current)) {
    if (current === ancestor) return true;
  }
  return false;
}

/** Finds an element by id in the element's own tree scope (document or shadow root). */
export function byIdNear(element: Element, id: string): Element | null {
  const root = element.getRootNode() as Document | ShadowRoot;
  return root.getElementById?.(id) ?? element.ownerDocument.getElementById(id);
}
