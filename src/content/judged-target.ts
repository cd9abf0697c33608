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
  if (aim !== null) confirmAt(aim, token);
}

function confirmAt(aim: Aim, token: string | undefined): void {
  if (token === undefined) return;
  const reached = reachedElement(aim);
  if (reached === undefined) return;
  const judged = recallJudged(token);
  const actual = activatedElement(reached);
  const keys = judgedKeys(factsOf(actual));
  // The same element still doing what was judged, or another with every judged fact equal (drawn anew).
  if (judged && ((judged.element === actual && judged.decisive === keys.decisive) || judged.whole === keys.whole))
    return;
  const now = describeElement(actual);
  throw new ActionError(
    aim === 'focus'
      ? `The focus moved after it was checked (now on ${now}); nothing was typed. Read the page again.`
      : 'ref' in aim
        ? `${now} changed what it does after it was checked; nothing was done. Read the page again.`
        : `What is at that point changed after it was checked (now ${now}); nothing was done. Read the page again.`,
  );
}

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
