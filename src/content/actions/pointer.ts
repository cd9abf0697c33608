import { type Modifiers, modifierFlags } from './modifiers';

type Button = 'left' | 'right' | 'middle';

const BUTTON_INDEX: Record<Button, number> = { left: 0, middle: 1, right: 2 };
const BUTTONS_MASK: Record<Button, number> = { left: 1, middle: 4, right: 2 };

/**
 * The event sequence a real click produces (pointer, mouse, focus, click), so that widgets listening to any of
 * them react. Synthetic events are untrusted; pages that insist on trusted input need the debugger input mode.
 */
export function clickAt(element: Element, x: number, y: number, button: Button, count: number, modifiers: Modifiers) {
  const base = { bubbles: true, cancelable: true, composed: true, clientX: x, clientY: y, view: window, ...modifierFlags(modifiers) };
  const pressed = { ...base, button: BUTTON_INDEX[button], buttons: BUTTONS_MASK[button] };
  const released = { ...base, button: BUTTON_INDEX[button], buttons: 0 };
  hoverAt(element, x, y);
  for (let detail = 1; detail <= count; detail++) {
    element.dispatchEvent(new PointerEvent('pointerdown', { ...pressed, pointerType: 'mouse', isPrimary: true }));
    element.dispatchEvent(new MouseEvent('mousedown', { ...pressed, detail }));
    if (detail === 1) focusFor(element);
    element.dispatchEvent(new PointerEvent('pointerup', { ...released, pointerType: 'mouse', isPrimary: true }));
    element.dispatchEvent(new MouseEvent('mouseup', { ...released, detail }));
    if (button === 'left') {
      // HTMLElement.click() runs the element's activation behaviour (follow a link, toggle a checkbox, submit).
      if (!base.ctrlKey && !base.shiftKey && !base.metaKey && !base.altKey && element instanceof HTMLElement) element.click();
      else element.dispatchEvent(new MouseEvent('click', { ...released, detail }));
    } else if (button === 'middle') {
      element.dispatchEvent(new MouseEvent('auxclick', { ...released, detail }));
    }
  }
  if (button === 'left' && count === 2) element.dispatchEvent(new MouseEvent('dblclick', { ...released, detail: 2 }));
  if (button === 'right') element.dispatchEvent(new MouseEvent('contextmenu', { ...released, button: 2 }));
}

export function hoverAt(element: Element, x: number, y: number) {
  const init = { bubbles: true, cancelable: true, composed: true, clientX: x, clientY: y, view: window };
  element.dispatchEvent(new PointerEvent('pointerover', { ...init, pointerType: 'mouse' }));
  element.dispatchEvent(new PointerEvent('pointerenter', { ...init, bubbles: false, pointerType: 'mouse' }));
  element.dispatchEvent(new MouseEvent('mouseover', init));
  element.dispatchEvent(new MouseEvent('mouseenter', { ...init, bubbles: false }));
  element.dispatchEvent(new PointerEvent('pointermove', { ...init, pointerType: 'mouse' }));
  element.dispatchEvent(new MouseEvent('mousemove', init));
}

/** Focus the nearest focusable ancestor, as a real mousedown does. */
function focusFor(element: Element) {
  const focusable = element.closest<HTMLElement>('input,textarea,select,button,a[href],[tabindex],[contenteditable=""],[contenteditable="true"]');
  focusable?.focus({ preventScroll: true });
}
