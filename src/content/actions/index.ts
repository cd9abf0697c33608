import type { PageAction } from '../../shared/protocol';
import { describeElement } from './describe';
import { formInput } from './form-input';
import { pressKeys, typeText } from './keyboard';
import { clickAt, hoverAt } from './pointer';
import { scrollAt } from './scroll';
import { ActionError, deepElementFromPoint, elementFor, pointerTarget } from './target';

/** Performs one action in this frame and returns the line the model reads after the toolset's acknowledgement. */
export function runAction(action: PageAction): string {
  switch (action.kind) {
    case 'click': {
      const target = pointerTarget(elementFor(action.ref));
      clickAt(target.element, target.x, target.y, action.button, action.count, action.modifiers);
      return `${describeElement(target.element)}.`;
    }
    case 'click_at': {
      const element = elementAt(action.x, action.y);
      clickAt(element, action.x, action.y, action.button, action.count, action.modifiers);
      return `${describeElement(element)} at (${action.x}, ${action.y}).`;
    }
    case 'hover': {
      const target = pointerTarget(elementFor(action.ref));
      hoverAt(target.element, target.x, target.y);
      return `${describeElement(target.element)}.`;
    }
    case 'hover_at': {
      hoverAt(elementAt(action.x, action.y), action.x, action.y);
      return '';
    }
    case 'form_input': {
      const element = elementFor(action.ref);
      element.scrollIntoView({ block: 'center', behavior: 'instant' });
      return formInput(element, action.value);
    }
    case 'scroll_to':
      elementFor(action.ref).scrollIntoView({ block: 'center', behavior: 'instant' });
      return '';
    case 'locate': {
      const target = pointerTarget(elementFor(action.ref));
      return `${Math.round(target.x)},${Math.round(target.y)}`;
    }
    case 'type':
      return typeText(action.text);
    case 'key':
      return pressKeys(action.keys, action.repeat);
    case 'scroll':
      return scrollAt(action.x, action.y, action.dx, action.dy);
  }
}

function elementAt(x: number, y: number): Element {
  if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) {
    throw new ActionError(`(${x}, ${y}) is outside the viewport (${window.innerWidth}×${window.innerHeight}).`);
  }
  const element = deepElementFromPoint(x, y);
  if (!element) throw new ActionError(`Nothing is at (${x}, ${y}).`);
  return element;
}
