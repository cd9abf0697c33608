import { closestComposed } from './dom';
import { mouseInit, moveTo, pressAt, releaseAt } from './pointer';
import { setNativeValue } from './value-setter';
import type { Target } from './target';

/** Pixels the pointer must travel with the button down before the browser starts an HTML5 drag. */
const DRAG_THRESHOLD = 4;

interface Press {
  start: Target;
  /** A native slider under the press: synthetic mouse events never move its thumb, so the value follows the pointer. */
  range: HTMLInputElement | null;
  /** The draggable element under the press, if any: moving far enough starts an HTML5 drag of it. */
  draggable: Element | null;
  drag: { data: DataTransfer; over: Element | null; accepted: boolean } | null;
}

/**
 * The left button's state between left_mouse_down, mouse_move and left_mouse_up, so a drag split over several calls
 * behaves like one: mouse events for pointer-driven widgets, and the HTML5 drag-and-drop events (dragstart, dragover,
 * drop, dragend) that synthetic mouse events alone never start. While pressed, pointer events go to the element that
 * was pressed, as after setPointerCapture: sliders and sortable handles capture the pointer and listen on themselves,
 * and a synthetic pointer cannot really be captured (Chromium ignores the call when no real button is down).
 */
let press: Press | null = null;

export function mouseDown(target: Target) {
  pressAt(target);
  const range = closestComposed(target.element, 'input[type="range"]') as HTMLInputElement | null;
  press = {
    start: target,
    range: range && !range.disabled ? range : null,
    draggable: closestComposed(target.element, '[draggable="true"],a[href],img'),
    drag: null,
  };
  if (press.range) followPointer(press.range, target);
}

export function mouseMove(target: Target) {
  if (!press) {
    moveTo(target);
    return;
  }
  if (press.range) {
    moveTo(target, 1);
    followPointer(press.range, target);
    return;
  }
  if (!press.drag) moveTo(target, 1, press.start.element);
  if (press.draggable && !press.drag && travelled(press.start, target) >= DRAG_THRESHOLD) startDrag(press, target);
  if (press.drag) dragOver(press.drag, target);
}

export function mouseUp(target: Target) {
  const current = press;
  press = null;
  if (current?.range) {
    followPointer(current.range, target);
    releaseAt(target, 'left', false);
    return;
  }
  if (current?.drag) {
    dragOver(current.drag, target);
    const init = dragInit(target, current.drag.data);
    if (current.drag.accepted) target.element.dispatchEvent(new DragEvent('drop', init));
    else current.drag.over?.dispatchEvent(new DragEvent('dragleave', init));
    current.draggable?.dispatchEvent(new DragEvent('dragend', { ...init, bubbles: true }));
    return;
  }
  releaseAt(target, 'left', current?.start.element === target.element, current?.start.element);
}

/** A whole drag: press, travel in steps (widgets often need intermediate moves), release. */
export function dragBetween(from: Target, to: Target, toward: (fraction: number) => Target) {
  mouseDown(from);
  for (const fraction of [0.1, 0.5, 0.9]) mouseMove(toward(fraction));
  mouseMove(to);
  mouseUp(to);
}

function startDrag(current: Press, target: Target) {
  const data = new DataTransfer();
  const source = current.draggable!;
  const started = source.dispatchEvent(new DragEvent('dragstart', dragInit(current.start, data)));
  if (!started) {
    current.draggable = null;
    moveTo(target, 1);
    return;
  }
  current.drag = { data, over: null, accepted: false };
}

function dragOver(drag: NonNullable<Press['drag']>, target: Target) {
  const init = dragInit(target, drag.data);
  if (drag.over !== target.element) {
    drag.over?.dispatchEvent(new DragEvent('dragleave', init));
    target.element.dispatchEvent(new DragEvent('dragenter', init));
    drag.over = target.element;
  }
  // A drop target says "drop here" by cancelling dragover.
  drag.accepted = !target.element.dispatchEvent(new DragEvent('dragover', init));
}

function dragInit(target: Target, dataTransfer: DataTransfer): DragEventInit {
  return { ...mouseInit(target), dataTransfer, buttons: 1 };
}

function travelled(a: Target, b: Target): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/** Half the width of Chromium's default range thumb: the thumb's centre travels between these insets. */
const THUMB_HALF = 8;

/** Sets a native slider to the value under the pointer, as dragging its thumb does. */
function followPointer(range: HTMLInputElement, target: Target) {
  const box = range.getBoundingClientRect();
  const vertical = box.height > box.width;
  const length = (vertical ? box.height : box.width) - 2 * THUMB_HALF;
  const offset = vertical ? box.bottom - THUMB_HALF - target.y : target.x - box.left - THUMB_HALF;
  const fraction = Math.min(1, Math.max(0, length > 0 ? offset / length : 0));
  const min = Number(range.min || 0);
  const max = Number(range.max || 100);
  const value = String(min + fraction * (max - min));
  if (range.value !== value) setNativeValue(range, value);
}

/** What a drag left a slider at, for the model to check: native range inputs and ARIA sliders. */
export function sliderAfterDrag(element: Element): string {
  const range = closestComposed(element, 'input[type="range"]') as HTMLInputElement | null;
  if (range) return ` The slider is now at ${range.value}.`;
  const slider = closestComposed(element, '[role="slider"]');
  const now = slider?.getAttribute('aria-valuetext') ?? slider?.getAttribute('aria-valuenow');
  return now ? ` The slider is now at ${now}.` : '';
}
