import type { ModifierName } from '../../shared/keys';
import type { ContentReply, MouseButton, PageAction, Point, PointTarget } from '../../shared/protocol';
import { announceFrames, currentFrameNonce } from '../snapshot';
import { existingRef, refFor } from '../snapshot/refs';
import { formInput } from './form-input';
import { describeElement } from './describe';
import { closestComposed, deepActiveElement, isEditable, windowOf } from './dom';
import { dragBetween, mouseDown, mouseMove, mouseUp, sliderAfterDrag } from './drag';
import { offsetWithin, topOffset } from './frame-offset';
import { holdKey, pressKeys } from './keyboard';
import { clickSequence, moveTo } from './pointer';
import { scrollAt, scrollRegion, wheelStep } from './scroll';
import { ActionError, elementFor, type Hit, hitTest, isDisabled, pointerTarget, type Target } from './target';
import { typeText } from './typing';
import { uploadFiles } from './upload';

/**
 * Performs one action in this frame. The reply's text is the line the model reads after the toolset's acknowledgement;
 * a point inside a cross-origin frame is handed back for the service worker to forward to that frame.
 */
export async function runAction(action: PageAction): Promise<ContentReply> {
  switch (action.kind) {
    case 'click': {
      const target = resolve(action.target);
      if ('forward' in target) return target.forward;
      if (isDisabled(target.element)) throw new ActionError(`${describeElement(target.element)} is disabled.`);
      clickSequence(target, action.button, action.count, action.modifiers);
      const opensTab = newTabLink(target.element, action.button, action.modifiers);
      return { ...done(`Target: ${describeElement(target.element)}.`), ...(opensTab ? { opensTab } : {}) };
    }
    case 'hover': {
      const target = resolve(action.target);
      if ('forward' in target) return target.forward;
      moveTo(target);
      return done(`Target: ${describeElement(target.element)}.`);
    }
    case 'mouse': {
      const hit = hitTest(action.x, action.y);
      if (hit.crossOriginFrame) return forward(hit);
      if (action.phase === 'down') mouseDown(hit);
      else if (action.phase === 'up') mouseUp(hit);
      else mouseMove(hit);
      return done(`Target: ${describeElement(hit.element)}.`);
    }
    case 'drag': {
      const from = hitTest(action.from.x, action.from.y);
      const to = hitTest(action.to.x, action.to.y);
      if (from.crossOriginFrame || to.crossOriginFrame)
        throw new ActionError('Dragging inside a cross-origin frame needs the debugger input mode.');
      dragBetween(from, to, (fraction) => between(action.from, action.to, fraction));
      return done(
        `From ${describeElement(from.element)} to ${describeElement(to.element)}.${sliderAfterDrag(from.element)}`,
      );
    }
    case 'type':
      return focusedFrame() ?? done(typeText(action.text));
    case 'key':
      return focusedFrame() ?? done(pressKeys(action.keys, action.repeat));
    case 'hold_key':
      return focusedFrame() ?? done(holdKey(action.keys, action.phase));
    case 'form_input': {
      const element = elementFor(action.ref);
      element.scrollIntoView({ block: 'center', behavior: 'instant' });
      return done(await formInput(element, action.value));
    }
    case 'scroll': {
      if ('ref' in action) return done(scrollRegion(elementFor(action.ref), action.dx, action.dy));
      const hit = hitTest(action.x, action.y);
      if (hit.crossOriginFrame) return forward(hit);
      return done(scrollAt(hit, action.dx, action.dy));
    }
    case 'scroll_step': {
      const hit = hitTest(action.x, action.y);
      if (hit.crossOriginFrame) return forward(hit);
      const { step, note } = wheelStep(hit, action.dx, action.dy);
      return { ok: true, step, text: note };
    }
    case 'scroll_to': {
      const element = elementFor(action.ref);
      element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
      if (element.getClientRects().length === 0)
        throw new ActionError(`${describeElement(element)} is not displayed, so it cannot be scrolled into view.`);
      return done('');
    }
    case 'upload':
      return done(uploadFiles(elementFor(action.ref), action.files));
    case 'locate': {
      const target = resolve(action.target);
      if ('forward' in target) return target.forward;
      if (action.press && isDisabled(target.element))
        throw new ActionError(`${describeElement(target.element)} is disabled.`);
      if (action.draggable && !closestComposed(target.element, '[draggable="true"]'))
        throw new ActionError(`${describeElement(target.element)} is not draggable.`);
      return { ok: true, point: await topPoint(target), text: `Target: ${describeElement(target.element)}.` };
    }
    case 'focus_frame':
      return focusedFrame() ?? done('');
    case 'focus_check': {
      const inFrame = focusedFrame();
      if (inFrame) return inFrame;
      const focus = deepActiveElement();
      if (!isEditable(focus)) {
        throw new ActionError(
          `Nothing that accepts text has focus (focus is on ${describeElement(focus)}); click a text field first, or use form_input with its ref.`,
        );
      }
      if ((focus as HTMLInputElement).readOnly) throw new ActionError(`${describeElement(focus)} is read-only.`);
      return done('');
    }
  }
}

/** The URL a click opens in a new tab, if it does. */
function newTabLink(element: Element, button: MouseButton, modifiers: readonly ModifierName[]): string | null {
  const link = closestComposed(element, 'a[href]') as HTMLAnchorElement | null;
  if (!link || !/^https?:/.test(link.href)) return null;
  const newTab =
    link.target === '_blank' || button === 'middle' || modifiers.includes('ctrl') || modifiers.includes('meta');
  return newTab && button !== 'right' ? link.href : null;
}

/** Keys go where the focus is: when that is inside a cross-origin frame, the action is forwarded there. */
function focusedFrame(): ContentReply | null {
  const focus = deepActiveElement();
  if (focus.localName !== 'iframe' && focus.localName !== 'frame') return null;
  return forward({ element: focus, x: 0, y: 0, crossOriginFrame: true });
}

function done(text: string): ContentReply {
  return { ok: true, text };
}

function resolve(target: PointTarget): Target | { forward: ContentReply } {
  if ('ref' in target) return pointerTarget(elementFor(target.ref));
  const hit = hitTest(target.x, target.y);
  return hit.crossOriginFrame ? { forward: forward(hit) } : hit;
}

/**
 * Hands a point inside a cross-origin frame to the service worker: the frame is told its ref with a fresh nonce (the
 * snapshotter's frame hello), reports both with its own frame id, and the action is sent there at the point in its own viewport.
 */
export function forward(hit: Hit): ContentReply {
  const nonce = currentFrameNonce() ?? crypto.randomUUID();
  const ref = existingRef(hit.element) ?? refFor(hit.element, 'iframe');
  announceFrames([{ ref, element: hit.element }], nonce);
  return { ok: true, forward: { ref, nonce, x: hit.x, y: hit.y } };
}

function between(from: Point, to: Point, fraction: number): Target {
  return hitTest(from.x + (to.x - from.x) * fraction, from.y + (to.y - from.y) * fraction);
}

/** The target's point in the top viewport: through same-origin frames here, and this frame's place in the page. */
async function topPoint(target: Target): Promise<Point> {
  const within = offsetWithin(windowOf(target.element));
  const frame = await topOffset();
  return { x: target.x + within.x + frame.x, y: target.y + within.y + frame.y };
}
