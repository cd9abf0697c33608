import type { ElementFacts } from '../shared/element-facts';
import type { PointTarget } from '../shared/protocol';
import { elementFor, hitTest } from './actions/target';
import { accessibleName } from './snapshot/name';
import { computeRole } from './snapshot/roles';

/**
 * The facts the confirmation gate judges an action by, read from the element itself: its role and name, the form it
 * would submit (method, target, whether it carries a password) and whether it downloads. Facts are read for the
 * element an activation really reaches, so a span inside a "Delete" button is judged as that button.
 */
export function describeTarget(target: PointTarget | null): ElementFacts | null {
  const element = target === null ? focusedElement() : 'ref' in target ? elementFor(target.ref) : hitTest(target.x, target.y).element;
  if (!element) return null;
  const actionable = element.closest('button, a[href], input, select, textarea, [role=button], [role=link], [role=menuitem]') ?? element;
  return factsOf(actionable);
}

function factsOf(element: Element): ElementFacts {
  const role = computeRole(element);
  const facts: ElementFacts = { role, name: accessibleName(element, role), tag: element.localName };
  const type = element.getAttribute('type');
  if (type) facts.type = type.toLowerCase();
  const form = formOf(element);
  if (form) {
    facts.form = {
      action: form.action,
      method: (form.getAttribute('method') ?? 'get').toLowerCase(),
      hasPassword: form.querySelector('input[type=password]') !== null,
      fieldNames: Array.from(form.elements)
        .map((field) => field.getAttribute('name') ?? '')
        .filter(Boolean)
        .slice(0, 20),
    };
  }
  // The worker crops the element out of a screenshot of the top frame's viewport, so only the top frame says where.
  if (window === window.top) {
    const box = element.getBoundingClientRect();
    facts.rect = { x: box.x, y: box.y, width: box.width, height: box.height };
  }
  if (element instanceof HTMLAnchorElement) {
    facts.href = element.href;
    if (element.hasAttribute('download')) facts.download = true;
  }
  return facts;
}

function formOf(element: Element): HTMLFormElement | null {
  return (element as HTMLInputElement).form ?? element.closest('form');
}

function focusedElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active === document.body ? null : active;
}
