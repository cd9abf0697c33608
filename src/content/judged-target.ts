import type { PageAction } from '../shared/protocol';
import { deepActiveElement } from './actions/dom';
import { describeElement } from './actions/describe';
import { ActionError, elementFor, hitTest } from './actions/target';
import { recallJudged } from './judged-elements';
import { activatedElement, factsOf, judgedKeys } from './read-element-facts';

/**
 * An action reaches what is there when it runs, which a page's timer can change after the confirmation gate read it
 * (or while a person was deciding): another element at a point or in focus, or a ref's own element doing something
 * else (its name, href, form or choices changed). With the gate's token, the action runs only when it reaches the
 * element judged, still doing what was judged, or one with every judged fact equal (drawn anew); this check and the
 * action's own dispatch run in one task of the page, so no page script runs between them. Frames that hand the action
 * on to a cross-origin child are not checked here: the child that minted the token checks it.
 */
export function confirmJudged(action: PageAction, token: string | undefined, pressToken?: string): void {
  // A drag presses at one point and drops at another: each is held to what was judged there.
  if (action.kind === 'drag') {
    confirmAt(action.from, pressToken);
    confirmAt(action.to, token);
    return;
  }
  const aim = aimOf(action);
  if (aim !== null) confirmAt(aim, token, action.kind === 'locate' ? action.after : undefined);
}

function confirmAt(aim: Aim, token: string | undefined, after?: Progress): void {
  const moved = movedFrom(aim, token);
  if (moved === null) return;
  const now = describeElement(moved);
  // Between a double click's presses, the first ones went through: the model is told how far it got.
  const when = after ? `after ${after.done} of ${after.total} ${after.unit}` : 'after it was checked';
  const outcome = after ? 'the rest were not pressed' : 'nothing was done';
  throw new ActionError(
    aim === 'focus'
      ? `The focus moved after it was checked (now on ${now}); nothing was typed. Read the page again.`
      : 'ref' in aim
        ? `${now} changed what it does ${when}; ${outcome}. Read the page again.`
        : `What is at that point changed ${when} (now ${now}); ${outcome}. Read the page again.`,
  );
}

/**
 * Between the keys or characters of a trusted call, which the browser sends wherever the focus is by then: the line
 * the model reads when the focus left the element judged (the rest are not sent, as with synthetic keys), else null.
 */
export function focusLeft(action: PageAction, token: string | undefined): string | null {
  if (action.kind !== 'focus_frame' || !action.after) return null;
  const moved = movedFrom('focus', token);
  if (moved === null) return null;
  const { done, total, unit } = action.after;
  const verb = unit === 'characters' ? 'typed' : 'pressed';
  return `The focus moved to ${describeElement(moved)} after ${done} of ${total} ${unit}; the rest were not ${verb}. ${unit === 'characters' ? 'Type' : 'Press'} them in a new call, which is checked on that element.`;
}

/** The element an aim reaches now when it is not the one judged (nor one with every judged fact equal), else null. */
function movedFrom(aim: Aim, token: string | undefined): Element | null {
  if (token === undefined) return null;
  const reached = reachedElement(aim);
  if (reached === undefined) return null;
  const judged = recallJudged(token);
  const actual = activatedElement(reached);
  // Nothing focused was judged without facts (see describeTarget): the document is held to keeping the focus, whatever
  // its text (which is its name) does meanwhile.
  if (judged && judged.element === actual && judged.decisive === '') return null;
  const keys = judgedKeys(factsOf(actual));
  // The same element still doing what was judged, or another with every judged fact equal (drawn anew).
  if (judged && ((judged.element === actual && judged.decisive === keys.decisive) || judged.whole === keys.whole))
    return null;
  return actual;
}

type Progress = NonNullable<Extract<PageAction, { kind: 'locate' }>['after']>;

type Aim = { x: number; y: number } | { ref: string } | 'focus';

/** The element a point or the focus reaches in this frame; undefined inside a cross-origin child (it checks). */
function reachedElement(aim: Aim): Element | undefined {
  if (aim !== 'focus' && 'ref' in aim) return elementFor(aim.ref);
  if (aim !== 'focus') {
    const hit = hitTest(aim.x, aim.y);
    return hit.crossOriginFrame ? undefined : hit.element;
  }
  const focus = deepActiveElement();
  return focus.localName === 'iframe' || focus.localName === 'frame' ? undefined : focus;
}

/** What the action aims at: a point, a ref or the focus; null for what is never judged and for a key's release. */
function aimOf(action: PageAction): Aim | null {
  switch (action.kind) {
    case 'click':
    case 'hover':
    case 'locate':
      return action.target;
    case 'form_input':
      return { ref: action.ref };
    case 'mouse':
      // A release drops what a press picked up, or clicks: judged at its point like the press.
      return action.phase === 'move' ? null : action;
    case 'type':
    case 'key':
    case 'focus_check':
    case 'focus_frame':
      return 'focus';
    case 'hold_key':
      return action.phase === 'down' ? 'focus' : null;
    default:
      return null;
  }
}
