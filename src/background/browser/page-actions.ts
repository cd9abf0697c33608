import {
  type ContentReply,
  type ContentRequest,
  type PageAction,
  type Point,
  parseContentReply,
} from '../../shared/protocol';
import type { SecretPin } from '../safety/task-safety';
import { askContent } from './content-channel';
import { DebuggerUnavailable, type DebuggerSessions } from './debugger/session';
import { TrustedInput } from './debugger/trusted-input';
import { frameForAnnouncement, frameIdForRef, issueFrameNonce } from './frames';
import { NavigationWatch } from './navigation';
import type { PageChange } from './page-change';
import { requestsStarted, trackRequests } from './request-tracker';
import { settle } from './settle';
import type { TabSet } from './tab-set';
import { toolError } from '../agent/tool-error';
import type { InputMode } from '../../shared/settings';
import { parseKeySequence } from '../../shared/keys';

/** How many cross-origin frames deep a point may be forwarded. */
const MAX_FRAME_HOPS = 5;

/**
 * What the safety checks bound one call to: `secret`, the one document a call carrying a secret may deliver it to (no
 * forwarding, no trusted input); `judged`, the token of the element the confirmation gate judged at a point or the
 * focus, which the content script checks the action still reaches.
 */
export interface CallBinding {
  secret?: SecretPin;
  judged?: string;
  /** A drag's press point: the token of what the gate judged there. */
  judgedPress?: string;
}

/** The tokens of what the gate judged, which the content script holds an action to. */
type Held = Pick<CallBinding, 'judged' | 'judgedPress'>;

export interface ActionOutcome {
  /** The line the model reads after the acknowledgement (may be empty). */
  text: string;
  change: PageChange;
}

/**
 * Runs one page action on a tab: routes it to the frame its ref lives in (or that contains its point), performs it
 * with trusted input (chrome.debugger) or the content script's synthetic events, waits for the page to settle, and
 * says what changed.
 */
export class PageActions {
  private readonly tabs: TabSet;
  private readonly sessions: DebuggerSessions;
  private readonly inputMode: InputMode;
  /** Tabs where trusted input holds the left button down (between left_mouse_down and left_mouse_up). */
  private readonly pressed = new Set<number>();
  /** Tabs whose model has been told that trusted input fell back to synthetic events (said once per tab). */
  private readonly fallbackTold = new Set<number>();

  constructor(tabs: TabSet, sessions: DebuggerSessions, inputMode: InputMode) {
    this.tabs = tabs;
    this.sessions = sessions;
    this.inputMode = inputMode;
  }

  async perform(
    tabId: number,
    action: PageAction,
    hold?: () => Promise<void>,
    binding: CallBinding = {},
  ): Promise<ActionOutcome> {
    trackRequests();
    const requestsBefore = requestsStarted(tabId);
    const urlBefore = (await chrome.tabs.get(tabId)).url ?? '';
    const adoptedBefore = this.tabs.adopted.length;
    const watch = new NavigationWatch(tabId);
    try {
      const notes: string[] = [];
      const { secret, ...held } = binding;
      const acted = secret
        ? await pinned(tabId, action, secret, held)
        : await this.dispatch(tabId, action, notes, hold, held);
      const settled = await settle(tabId, acted.frameId, watch, requestsBefore);
      if (acted.opensTab && this.tabs.adopted.length === adoptedBefore) await this.tabs.openFor(tabId, acted.opensTab);
      const change = await this.changeSince(tabId, urlBefore, adoptedBefore, watch, settled);
      return { text: [acted.text, ...notes].filter(Boolean).join(' '), change };
    } finally {
      watch.dispose();
    }
  }

  private async changeSince(
    tabId: number,
    urlBefore: string,
    adoptedBefore: number,
    watch: NavigationWatch,
    settled: Awaited<ReturnType<typeof settle>>,
  ): Promise<PageChange> {
    const url = (await chrome.tabs.get(tabId).catch(() => undefined))?.url ?? urlBefore;
    const change: PageChange = { newDocument: watch.started && watch.crossDocument && !settled.navigationError };
    if (url !== urlBefore) change.url = url;
    if (settled.inPage) change.inPage = settled.inPage;
    if (settled.navigationError) change.navigationError = settled.navigationError;
    if (watch.unshown) change.unshown = watch.unshown;
    if (settled.busy) change.busy = true;
    if (settled.dialogs) change.dialogs = settled.dialogs;
    const opened = this.tabs.adopted[adoptedBefore];
    if (opened !== undefined) {
      const tab = await chrome.tabs.get(opened).catch(() => undefined);
      change.openedTab = { tabId: String(opened), url: tab?.pendingUrl ?? tab?.url ?? '' };
    }
    return change;
  }

  private async dispatch(
    tabId: number,
    action: PageAction,
    notes: string[],
    hold?: () => Promise<void>,
    held: Held = {},
  ): Promise<Acted> {
    if (this.inputMode === 'debugger' && TRUSTED_KINDS.has(action.kind)) {
      try {
        return await this.trusted(tabId, action, hold, held);
      } catch (error) {
        if (!(error instanceof DebuggerUnavailable)) throw error;
        if (!this.fallbackTold.has(tabId)) {
          this.fallbackTold.add(tabId);
          notes.push(`Trusted input is unavailable (${error.message}); synthetic events were used instead.`);
        }
      }
    }
    return this.synthetic(tabId, action, hold, held);
  }

  /** The content script acts; a point inside a cross-origin frame is forwarded to that frame's content script. */
  private async synthetic(
    tabId: number,
    action: PageAction,
    hold?: () => Promise<void>,
    held: Held = {},
  ): Promise<Acted> {
    let frameId = frameOf(action);
    let current = action;
    let reply = await ask(tabId, act(current, held), frameId);
    for (let hops = 0; reply.forward; hops++) {
      const child =
        hops < MAX_FRAME_HOPS ? await frameForAnnouncement(tabId, reply.forward.ref, reply.forward.nonce) : null;
      if (child === null)
        throw toolError(
          'That point is inside a frame that does not answer; use a ref from read_page, or switch to the debugger input mode.',
        );
      frameId = child;
      current = atPoint(current, reply.forward);
      reply = await ask(tabId, act(current, held), frameId);
    }
    if (hold && current.kind === 'hold_key') {
      await hold();
      await ask(tabId, { type: 'content/act', action: { ...current, phase: 'up' } }, frameId);
    }
    return { text: reply.text ?? '', frameId, ...(reply.opensTab ? { opensTab: reply.opensTab } : {}) };
  }

  /** Trusted input: the content script checks and locates the target (and starts watching changes); the debugger presses. */
  private async trusted(
    tabId: number,
    action: PageAction,
    hold?: () => Promise<void>,
    held: Held = {},
  ): Promise<Acted> {
    const { judged, judgedPress } = held;
    const input = new TrustedInput(this.sessions, tabId);
    await this.sessions.attach(tabId);
    switch (action.kind) {
      case 'click': {
        const { point, text, frameId } = await this.locate(tabId, action.target, true, judged);
        const presses = { total: action.count, unit: 'presses' } as const;
        await input.click(point, action.button, action.count, action.modifiers, async (done) => {
          if (judged) await this.relocate(tabId, point, true, judged, done ? { ...presses, done } : undefined);
        });
        return { text, frameId };
      }
      case 'hover': {
        const { point, text, frameId } = await this.locate(tabId, action.target, false, judged);
        await input.move(point);
        return { text, frameId };
      }
      case 'mouse': {
        // A press or a release is checked against what was judged at its point (this locate hit-tests it first).
        const { point, text } = await this.locate(tabId, action, false, action.phase === 'move' ? undefined : judged);
        if (action.phase === 'down') {
          await input.down(point, async () => {
            if (judged) await this.relocate(tabId, point, false, judged);
          });
          this.pressed.add(tabId);
        } else if (action.phase === 'up') {
          await input.up(point);
          this.pressed.delete(tabId);
        } else await input.move(point, this.pressed.has(tabId) ? 1 : 0);
        return { text, frameId: 0 };
      }
      case 'drag': {
        const { text } = await this.locate(tabId, action.from, false, judgedPress);
        await this.locate(tabId, action.to, false, judged);
        // A draggable the browser did not start an HTML5 drag for gets the drag-and-drop events from the page side.
        const pressing = async () => {
          if (judgedPress) await this.relocate(tabId, action.from, false, judgedPress);
        };
        if (!(await input.drag(action.from, action.to, pressing)) && (await this.isDraggable(tabId, action.from)))
          // Both ends were checked before the browser pressed; what that press changed is the page's own doing.
          return this.synthetic(tabId, action);
        return { text, frameId: 0 };
      }
      case 'scroll': {
        // A region named by ref is scrolled as itself, in the page: a wheel would scroll whatever is under its centre.
        if ('ref' in action) return this.synthetic(tabId, action);
        const { x, y, dx, dy } = action;
        const plan = await ask(tabId, act({ kind: 'scroll_step', x, y, dx, dy }), 0);
        const step = plan.step ?? { dx, dy };
        await input.wheel(action, step.dx, step.dy);
        return { text: plan.forward ? '' : (plan.text ?? ''), frameId: 0 };
      }
      case 'type':
      case 'key':
      case 'hold_key': {
        const { frameId } = await this.focusedFrame(tabId, judged);
        // The browser sends each key or character wherever the focus is by then (a Tab, or the page, moves it): between
        // them the focus is checked again, and once it left what was judged the rest are not sent.
        let halted = '';
        const stillJudged = (total: number, unit: 'keys' | 'characters') => async (done: number) => {
          if (!judged) return true;
          halted = (await this.focusedFrame(tabId, judged, { done, total, unit })).halted ?? '';
          return !halted;
        };
        if (action.kind === 'type') {
          await ask(tabId, act({ kind: 'focus_check' }, { judged }), frameId);
          await input.type(action.text, stillJudged(Array.from(action.text).length, 'characters'));
        } else if (action.kind === 'key') {
          const chords = await withKeyErrors(async () => parseKeySequence(action.keys));
          const sequence = Array.from({ length: action.repeat }, () => chords).flat();
          await input.keys(sequence, stillJudged(sequence.length, 'keys'));
        } else {
          await withKeyErrors(() => input.hold(action.keys, 'down'));
          await hold?.();
          await input.hold(action.keys, 'up');
        }
        return { text: halted, frameId };
      }
      default:
        return this.synthetic(tabId, action, hold);
    }
  }

  /**
   * The top-viewport point for a target, after the content script's checks (stale, disabled, covered). A coordinate
   * the model gave is used as is: the browser routes it, into cross-origin frames too.
   */
  private async locate(
    tabId: number,
    target: { ref: string } | Point,
    press = false,
    judged?: string,
    again?: { after?: Progress },
  ): Promise<{ point: Point; text: string; frameId: number }> {
    const frameId = 'ref' in target ? frameIdForRef(target.ref) : 0;
    const aim = 'ref' in target ? { ref: target.ref } : { x: target.x, y: target.y };
    // A second look, between the parts of one press, leaves the change watch the first one started.
    const recheck = again !== undefined;
    const after = again?.after ? { after: again.after } : {};
    let reply = await ask(tabId, act({ kind: 'locate', target: aim, press, ...after }, { judged }, recheck), frameId);
    if ('ref' in target) {
      if (!reply.point) throw toolError(`${target.ref} could not be located on the page.`);
      return { point: reply.point, text: reply.text ?? '', frameId };
    }
    // The browser routes the press into a cross-origin frame itself; the frame that judged the point checks it first.
    for (let hops = 0; judged && reply.forward && hops < MAX_FRAME_HOPS; hops++) {
      const child = await frameForAnnouncement(tabId, reply.forward.ref, reply.forward.nonce);
      if (child === null) break;
      const inner = { x: reply.forward.x, y: reply.forward.y };
      reply = await ask(tabId, act({ kind: 'locate', target: inner, press, ...after }, { judged }, recheck), child);
    }
    return { point: { x: target.x, y: target.y }, text: reply.forward ? '' : (reply.text ?? ''), frameId };
  }

  /**
   * Checks the point again before a trusted press, after the pointer's arrival (or an earlier press of the call) ran
   * the page's handlers, which can put another element there: the press goes ahead only while what the gate judged is
   * still what the point reaches (for a ref too: the browser presses the point, wherever the ref's element went).
   */
  private async relocate(tabId: number, point: Point, press: boolean, judged: string, after?: Progress): Promise<void> {
    await this.locate(tabId, point, press, judged, { ...(after ? { after } : {}) });
  }

  private async isDraggable(tabId: number, point: Point): Promise<boolean> {
    const reply = await askContent(tabId, {
      type: 'content/act',
      action: { kind: 'locate', target: point, draggable: true },
    }).catch(() => null);
    return reply?.ok === true;
  }

  /**
   * The frame whose document has focus, where keys and text go, following focus into cross-origin frames. `after`:
   * a check between the keys of a call, which is `halted` (with the line the model reads) once the focus left what
   * was judged.
   */
  private async focusedFrame(
    tabId: number,
    judged?: string,
    after?: Progress,
  ): Promise<{ frameId: number; halted?: string }> {
    let frameId = 0;
    let reply = await focusIn(tabId, frameId, judged, after);
    for (let hops = 0; reply?.forward && hops < MAX_FRAME_HOPS; hops++) {
      const child = await frameForAnnouncement(tabId, reply.forward.ref, reply.forward.nonce);
      if (child === null) break;
      frameId = child;
      reply = await focusIn(tabId, frameId, judged, after);
    }
    return { frameId, ...(reply?.halted ? { halted: reply.text ?? '' } : {}) };
  }
}

/**
 * Delivers an action that carries a secret to the one document it was checked for, addressed by document id: if the
 * frame navigated since, the message reaches no one; if the focus moved into another frame, nothing is typed. Trusted
 * input is not used, because the browser would route its keystrokes to wherever the focus is at that moment.
 */
async function pinned(tabId: number, action: PageAction, pin: SecretPin, held: Held): Promise<Acted> {
  const reply = parseContentReply(
    await chrome.tabs
      .sendMessage(tabId, act(action, held) satisfies ContentRequest, { documentId: pin.documentId })
      .catch(() => undefined),
  );
  if (!reply) {
    throw toolError(
      'The document the secret was checked for is gone (it navigated or was removed); nothing was typed.',
    );
  }
  if ('problem' in reply) throw toolError(reply.problem);
  if (!reply.ok) throw toolError(reply.error);
  if (reply.forward)
    throw toolError('The focus is inside another frame than the one checked for the secret; nothing was typed.');
  return { text: reply.text ?? '', frameId: pin.frameId };
}

interface Acted {
  text: string;
  frameId: number;
  opensTab?: string;
}

/** Members that trusted input performs; the others (form_input, scroll_to, upload) set state through the DOM. */
const TRUSTED_KINDS = new Set<PageAction['kind']>([
  'click',
  'hover',
  'mouse',
  'drag',
  'scroll',
  'type',
  'key',
  'hold_key',
]);

function act(
  action: PageAction,
  { judged, judgedPress }: Held = {},
  recheck = false,
): Extract<ContentRequest, { type: 'content/act' }> {
  return {
    type: 'content/act',
    action,
    ...(judged ? { judged } : {}),
    ...(judgedPress ? { judgedPress } : {}),
    ...(recheck ? { recheck } : {}),
  };
}

/** How far a trusted sequence got: its keys, characters or presses. */
type Progress = { done: number; total: number; unit: 'keys' | 'characters' | 'presses' };

function frameOf(action: PageAction): number {
  if ('ref' in action) return frameIdForRef(action.ref);
  if ('target' in action && 'ref' in action.target) return frameIdForRef(action.target.ref);
  return 0;
}

/** The same action at a point of a child frame's viewport. */
function atPoint(action: PageAction, point: Point): PageAction {
  if (action.kind === 'click' || action.kind === 'hover') return { ...action, target: { x: point.x, y: point.y } };
  if (action.kind === 'mouse' || action.kind === 'scroll') return { ...action, x: point.x, y: point.y };
  return action;
}

/** Sends a request and turns a refusal into the error the model reads. */
async function ask(
  tabId: number,
  request: Parameters<typeof askContent>[1],
  frameId: number,
): Promise<Extract<ContentReply, { ok: true }>> {
  const sent = request.type === 'content/act' ? { ...request, frameNonce: issueFrameNonce(tabId) } : request;
  const reply = await askContent(tabId, sent, frameId).catch((error: unknown) => {
    if (frameId !== 0)
      throw toolError('The frame of that ref is gone (it navigated or was removed); read the page again.');
    throw error;
  });
  if (!reply.ok) throw toolError(reply.error);
  return reply;
}

/**
 * Where the focus is, asked of one frame: a refusal from the page (the focus left what was judged) stands; a frame
 * that does not answer is passed over (the browser still routes keys there).
 */
async function focusIn(
  tabId: number,
  frameId: number,
  judged: string | undefined,
  after?: Progress,
): Promise<Extract<ContentReply, { ok: true }> | null> {
  const action: PageAction = { kind: 'focus_frame', ...(after ? { after } : {}) };
  const request = { ...act(action, { judged }, after !== undefined), frameNonce: issueFrameNonce(tabId) };
  const reply = await askContent(tabId, request, frameId).catch(() => null);
  if (reply && !reply.ok) throw toolError(reply.error);
  return reply;
}

async function withKeyErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Error && /key name|names no key|No key/.test(error.message)) throw toolError(error.message);
    throw error;
  }
}
