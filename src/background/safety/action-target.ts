import type { BetaToolUseBlock } from '@anthropic-ai/sdk/resources/beta';
import type { ElementFacts } from '../../shared/element-facts';
import { traitsOf } from '../../shared/member-catalogue';
import type { ContentReply, PointTarget } from '../../shared/protocol';
import { withinAnswerTime } from '../browser/answer-time';
import { askContent } from '../browser/content-channel';
import { showsFormResult } from '../browser/form-results';
import { frameForAnnouncement, frameIdForRef } from '../browser/frames';
import type { TabSet } from '../browser/tab-set';

/** How many cross-origin frames deep a point or the focus is followed (as the actions themselves do). */
const MAX_FRAME_HOPS = 5;

/**
 * The document a member call really reaches: the tab it names (`tab_id`, else the active tab), the frame its ref was
 * minted in, or the frame a point or the focus lies in (followed into cross-origin frames), that document's URL and
 * id, and what the element there is. The gate judges and secrets are checked against this, never the active tab's
 * top page.
 */
export interface ActionTarget {
  tabId: number;
  frameId: number;
  /** The frame's document (chrome.webNavigation), so a message can be addressed to exactly that document. */
  documentId?: string;
  /**
   * The URL of the document that receives the call: the frame's, or that of a same-origin child frame holding the
   * element or the focus; an about:blank or srcdoc frame has its creator's. '' when it cannot be read.
   */
  url: string;
  facts?: ElementFacts;
  /** A drag's press point, which receives the press (and a page may act on it there): judged like the drop point. */
  pressed?: ElementFacts;
  /** For a member that navigates or closes the tab: a POST form there holds input that was never sent. */
  leavesDirtyForm?: boolean;
  /** A reload of a page a form submission produced: it would send the form again. */
  resendsForm?: boolean;
  /** The frame the call reaches did not answer, so what it would activate is unknown (the gate then asks). */
  unreadable?: boolean;
  /**
   * For a point or the focus: the token of the element judged, which the action carries so that it runs only on that
   * element (a page can put another one there, or move the focus, before the action runs).
   */
  judged?: string;
  /** A drag's press point: the token of the element judged there, held like `judged`. */
  pressJudged?: string;
}

export async function resolveActionTarget(tabs: TabSet, toolUse: BetaToolUseBlock): Promise<ActionTarget> {
  const input = (toolUse.input ?? {}) as {
    tab_id?: unknown;
    target?: { type?: string; ref?: unknown; x?: unknown; y?: unknown };
    from?: { type?: string; ref?: unknown; x?: unknown; y?: unknown };
  };
  let tabId: number;
  try {
    tabId = input.tab_id === undefined || input.tab_id === null ? tabs.active : tabs.resolve(String(input.tab_id));
  } catch {
    // A tab the task does not own: the member itself refuses it, so there is nothing to judge.
    return { tabId: -1, frameId: 0, url: '' };
  }
  const traits = traitsOf(toolUse.name);
  const acts = traits?.acts;
  let target: PointTarget | null | undefined;
  if (acts === 'focus') target = null;
  else if (acts === 'element') target = pointOf(input.target);
  const described = target === undefined ? undefined : await describe(tabId, target);
  const pressPoint = toolUse.name === 'left_click_drag' ? pointOf(input.from) : undefined;
  const press = pressPoint === undefined ? undefined : await describe(tabId, pressPoint);
  const frameId = described?.frameId ?? 0;
  const facts = described?.facts;
  const unreadable = described?.unreadable === true || press?.unreadable === true;
  const document = await documentOf(tabId, frameId);
  const leaving = traits?.navigates === true && toolUse.name !== 'new_tab' && (await hasUnsentInput(tabId));
  const reloads = toolUse.name === 'navigate' && String((toolUse.input as { url?: unknown }).url).trim() === 'reload';
  const resends = reloads && (await showsFormResult(tabId));
  return {
    tabId,
    frameId,
    ...document,
    ...(facts?.documentUrl ? { url: facts.documentUrl } : {}),
    ...(facts ? { facts } : {}),
    ...(press?.facts ? { pressed: press.facts } : {}),
    ...(leaving ? { leavesDirtyForm: true } : {}),
    ...(resends ? { resendsForm: true } : {}),
    ...(unreadable ? { unreadable: true } : {}),
    ...(described?.judged ? { judged: described.judged } : {}),
    ...(press?.judged ? { pressJudged: press.judged } : {}),
  };
}

/** What is at a point, a ref or the focus, and in which frame: followed into cross-origin frames. */
async function describe(
  tabId: number,
  start: PointTarget | null,
): Promise<{ frameId: number; facts?: ElementFacts; unreadable?: boolean; judged?: string }> {
  let target = start;
  let frameId = target && 'ref' in target ? frameIdForRef(target.ref) : 0;
  try {
    let reply: ContentReply = await askContent(tabId, { type: 'content/describe', target }, frameId);
    for (let hops = 0; reply.ok && reply.forward && hops < MAX_FRAME_HOPS; hops++) {
      const child = await frameForAnnouncement(tabId, reply.forward.ref, reply.forward.nonce);
      if (child === null) return { frameId, unreadable: true };
      frameId = child;
      target = target === null ? null : { x: reply.forward.x, y: reply.forward.y };
      reply = await askContent(tabId, { type: 'content/describe', target }, frameId);
    }
    if (reply.ok && (reply.forward || reply.unreadable)) return { frameId, unreadable: true };
    // A ref the page no longer has: the action itself fails, saying so.
    if (!reply.ok) return { frameId };
    return {
      frameId,
      ...(reply.facts ? { facts: reply.facts } : {}),
      ...(reply.judged ? { judged: reply.judged } : {}),
    };
  } catch {
    // A frame that does not answer may still take a click or a key (the browser routes them): judged as unknown.
    return { frameId, unreadable: true };
  }
}

/**
 * Whether any frame of the tab has a POST form whose fields differ from what the page put there. A page that answers
 * no script within the bound cannot be shown to have none: it counts as having some.
 */
async function hasUnsentInput(tabId: number): Promise<boolean> {
  const read = chrome.scripting
    .executeScript({
      target: { tabId, allFrames: true },
      func: () =>
        Array.from(document.forms).some(
          (form) =>
            (form.getAttribute('method') ?? '').toLowerCase() === 'post' &&
            Array.from(form.elements).some((field) => {
              if (field instanceof HTMLInputElement) {
                if (field.type === 'hidden' || field.type === 'submit' || field.type === 'button') return false;
                return field.type === 'checkbox' || field.type === 'radio'
                  ? field.checked !== field.defaultChecked
                  : field.value !== field.defaultValue;
              }
              if (field instanceof HTMLTextAreaElement) return field.value !== field.defaultValue;
              if (field instanceof HTMLSelectElement)
                return Array.from(field.options).some((option) => option.selected !== option.defaultSelected);
              return false;
            }),
        ),
    })
    .then(
      (results) => results.some((frame) => frame.result === true),
      () => false,
    );
  return withinAnswerTime(read).catch(() => true);
}

function pointOf(
  target: { type?: string; ref?: unknown; x?: unknown; y?: unknown } | undefined,
): PointTarget | undefined {
  if (target?.type === 'ref' && typeof target.ref === 'string') return { ref: target.ref };
  if (target?.type === 'coordinate' && typeof target.x === 'number' && typeof target.y === 'number')
    return { x: target.x, y: target.y };
  return undefined;
}

/** A frame's document and URL; frames without a URL of their own (about:blank, srcdoc) have their creator's origin. */
async function documentOf(tabId: number, frameId: number): Promise<{ url: string; documentId?: string }> {
  const frame = await chrome.webNavigation.getFrame({ tabId, frameId }).catch(() => null);
  if (!frame) return { url: '' };
  const documentId = frame.documentId;
  let url = frame.url;
  let parent = frame.parentFrameId;
  for (let hops = 0; /^about:/i.test(url) && parent >= 0 && hops < 16; hops++) {
    const above = await chrome.webNavigation.getFrame({ tabId, frameId: parent }).catch(() => null);
    if (!above) break;
    url = above.url;
    parent = above.parentFrameId;
  }
  return { url, ...(documentId ? { documentId } : {}) };
}
