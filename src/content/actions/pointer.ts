import type { ModifierName } from '../../shared/keys';
import type { MouseButton } from '../../shared/protocol';
import { modifierFlags } from '../../shared/keys';
import { closestComposed, isHtmlElement, windowOf } from './dom';
import type { Target } from './target';

const BUTTON_INDEX: Record<MouseButton, number> = { left: 0, middle: 1, right: 2 };
const BUTTONS_MASK: Record<MouseButton, number> = { left: 1, middle: 4, right: 2 };
const FOCUSABLE = 'input,textarea,select,button,a[href],[tabindex],[contenteditable=""],[contenteditable="true"]';

/** The element the synthetic pointer is over, so moving away sends it the leave events a real mouse would. */
let hovered: Element | null = null;

/**
 * Chromium's id for the mouse pointer. Synthetic pointer events carry it so that a page calling
 * setPointerCapture(event.pointerId), as sliders and sortable lists do, does not throw on an unknown pointer.
 */
const MOUSE_POINTER_ID = 1;

export function mouseInit(target: Target, modifiers: readonly ModifierName[] = []) {
  return {
    pointerId: MOUSE_POINTER_ID,
    bubbles: true,
    cancelable: true,
    composed: true,
    clientX: target.x,
    clientY: target.y,
    view: windowOf(target.element),
    ...modifierFlags(modifiers),
  };
}

/**
 * The event sequence a real click produces (pointer, mouse, focus, click), so that widgets listening to any of them
 * react. A left click ends with element.click(), which also runs activation behaviour (follow a link, toggle a
 * checkbox, submit a form) that an untrusted click event would not.
 */
export function clickSequence(target: Target, button: MouseButton, count: number, modifiers: readonly ModifierName[]) {
  const { element } = target;
  const base = mouseInit(target, modifiers);
  const pressed = { ...base, button: BUTTON_INDEX[button], buttons: BUTTONS_MASK[button] };
  const released = { ...base, button: BUTTON_INDEX[button], buttons: 0 };
  moveTo(target);
  for (let detail = 1; detail <= count; detail++) {
    const down = element.dispatchEvent(
      new PointerEvent('pointerdown', { ...pressed, pointerType: 'mouse', isPrimary: true }),
    );
    const mouseDown = down && element.dispatchEvent(new MouseEvent('mousedown', { ...pressed, detail }));
    if (detail === 1 && mouseDown) focusFor(element);
    element.dispatchEvent(new PointerEvent('pointerup', { ...released, pointerType: 'mouse', isPrimary: true }));
    element.dispatchEvent(new MouseEvent('mouseup', { ...released, detail }));
    if (button === 'left') {
      if (detail === 1 && modifiers.length === 0 && isHtmlElement(element)) element.click();
      else element.dispatchEvent(new MouseEvent('click', { ...released, detail }));
    } else if (button === 'middle') {
      element.dispatchEvent(new MouseEvent('auxclick', { ...released, detail }));
    }
  }
  if (button === 'left' && count === 2) element.dispatchEvent(new MouseEvent('dblclick', { ...released, detail: 2 }));
  if (button === 'left' && count === 3) selectContents(element);
  if (button === 'right') element.dispatchEvent(new MouseEvent('contextmenu', { ...released, button: 2 }));
}

/**
 * Moves the synthetic pointer onto a target: leave events for the old element, enter/over/move for the new one.
 * `captured`: the element holding the pointer during a press (see drag.ts), which gets the pointermove.
 */
export function moveTo(target: Target, buttons = 0, captured?: Element) {
  const init = { ...mouseInit(target), buttons };
  const { element } = target;
  if (hovered !== element) {
    const previous = hovered;
    if (previous?.isConnected) {
      const leave = { ...init, relatedTarget: element, view: windowOf(previous) };
      previous.dispatchEvent(new PointerEvent('pointerout', { ...leave, pointerType: 'mouse' }));
      previous.dispatchEvent(new PointerEvent('pointerleave', { ...leave, bubbles: false, pointerType: 'mouse' }));
      previous.dispatchEvent(new MouseEvent('mouseout', leave));
      for (const left of leftAncestors(previous, element))
        left.dispatchEvent(new MouseEvent('mouseleave', { ...leave, bubbles: false }));
    }
    const enter = { ...init, relatedTarget: previous?.isConnected ? previous : null };
    element.dispatchEvent(new PointerEvent('pointerover', { ...enter, pointerType: 'mouse' }));
    element.dispatchEvent(new PointerEvent('pointerenter', { ...enter, bubbles: false, pointerType: 'mouse' }));
    element.dispatchEvent(new MouseEvent('mouseover', enter));
    for (const entered of leftAncestors(element, previous))
      entered.dispatchEvent(new MouseEvent('mouseenter', { ...enter, bubbles: false }));
    hovered = element;
  }
  (captured ?? element).dispatchEvent(new PointerEvent('pointermove', { ...init, pointerType: 'mouse' }));
  element.dispatchEvent(new MouseEvent('mousemove', init));
}

/** `from` and its ancestors that do not contain `to`: the elements a pointer leaves (or enters, reversed roles). */
function leftAncestors(from: Element, to: Element | null): Element[] {
  const out: Element[] = [];
  for (let node: Element | null = from; node; node = node.parentElement) {
    if (to && node.contains(to)) break;
    out.push(node);
  }
  return out;
}

export function pressAt(target: Target, button: MouseButton = 'left') {
  moveTo(target, BUTTONS_MASK[button]);
  const init = { ...mouseInit(target), button: BUTTON_INDEX[button], buttons: BUTTONS_MASK[button] };
  const proceed = target.element.dispatchEvent(
    new PointerEvent('pointerdown', { ...init, pointerType: 'mouse', isPrimary: true }),
  );
  if (proceed && target.element.dispatchEvent(new MouseEvent('mousedown', { ...init, detail: 1 })))
    focusFor(target.element);
}

export function releaseAt(target: Target, button: MouseButton = 'left', click = true, captured?: Element) {
  moveTo(target, BUTTONS_MASK[button], captured);
  const init = { ...mouseInit(target), button: BUTTON_INDEX[button], buttons: 0 };
  (captured ?? target.element).dispatchEvent(
    new PointerEvent('pointerup', { ...init, pointerType: 'mouse', isPrimary: true }),
  );
  target.element.dispatchEvent(new MouseEvent('mouseup', { ...init, detail: 1 }));
  if (click && button === 'left') target.element.dispatchEvent(new MouseEvent('click', { ...init, detail: 1 }));
}

/** Focus the nearest focusable ancestor, as a real mousedown does. */
function focusFor(element: Element) {
  const focusable = closestComposed(element, FOCUSABLE) as HTMLElement | null;
  focusable?.focus({ preventScroll: true });
}

/** A triple click selects the paragraph or the field's text. */
function selectContents(element: Element) {
  const field = element as HTMLInputElement;
  if (typeof field.select === 'function') field.select();
  else windowOf(element).getSelection()?.selectAllChildren(element);
}
