/**
 * Decides whether an action is irreversible or high-stakes and so needs a person's approval. It combines what the
 * element and its form really are (read from the page, not from the model) with the model's own stated intent, so a
 * "Delete account" button is caught even when the model calls it "tidying up", and a vague icon is caught when the
 * model says it is paying.
 */
import { CHOICES_CUT, type ElementFacts } from '../../shared/element-facts';
import { parseKeySequence } from '../../shared/keys';
import { traitsOf } from '../../shared/member-catalogue';
import { normalizeLabel } from '../../shared/option-label';
import { parseHttpUrl } from '../../shared/url-patterns';
import { foldedForms } from './folded-text';
import { isAnswer, isDismissing, stakesWord, stakesWords, trashWord } from './stakes-words';

export type { ElementFacts };

/**
 * `action` is any page-changing action, asked about only under the "always" policy; `page_authority` a page script or
 * an upload; `leave_form` a navigation away from a form holding unsent input.
 */
export type StakesCategory =
  | 'payment'
  | 'send'
  | 'delete'
  | 'account'
  | 'form_submit'
  | 'download'
  | 'page_authority'
  | 'leave_form'
  | 'action';

export interface ActionFacts {
  member: string;
  /** Text the action types or keys it presses, when any. */
  text?: string;
  /** The keys a click holds down (`modifiers`): Alt on a link saves it, Ctrl, Shift or Meta open it elsewhere. */
  modifiers?: readonly string[];
  /** The value form_input sets (for a chooser: the option it picks). */
  value?: string;
  /** The URL a navigate or new_tab call opens. */
  url?: string;
  element?: ElementFacts;
  pageUrl: string;
  /** What the model said it was doing in the same turn. */
  intent?: string;
  /** For a member that navigates: the document it leaves has a form with input that was never sent. */
  leavesDirtyForm?: boolean;
  /** For a reload: the page is the result of a form submission, which the reload sends again. */
  resendsForm?: boolean;
}

export interface Stakes {
  category: StakesCategory;
  reason: string;
}

/** How much of a page-chosen name or label a reason quotes: enough to recognize it, never a screenful. */
const MAX_QUOTED = 80;

/** Keys that never move a chooser to another choice (Tab leaves it; the sequence then stops). */
const KEEPS_CHOICE = new Set(['Tab', 'Escape', 'Shift', 'Control', 'Alt', 'Meta']);

const DOWNLOAD_EXTENSIONS = /\.(exe|msi|dmg|pkg|apk|zip|rar|7z|tar|gz|iso|bin|sh|bat|ps1|deb|rpm)(\?|#|$)/i;

export function assessStakes(action: ActionFacts): Stakes | undefined {
  const traits = traitsOf(action.member);
  if (!traits) return undefined;
  if (traits.needsConsent)
    return { category: 'page_authority', reason: `${action.member} acts with the page's own authority` };
  if (traits.navigates && action.resendsForm)
    return { category: 'form_submit', reason: 'reloading this page sends the form that produced it again' };
  if (traits.navigates && action.leavesDirtyForm) {
    return {
      category: 'leave_form',
      reason: 'it leaves a form whose input was never sent (a page may send or discard it on the way out)',
    };
  }
  // A GET URL can act as well as a button can (`/account/delete?confirm=1`): where a call goes is judged by its words.
  if (traits.navigates && action.url) {
    const stakes = urlStakes(action.url);
    if (stakes) return { category: stakes.category, reason: `it opens ${hostOf(action.url)}${stakes.reason}` };
  }
  if (!traits.activates) return undefined;
  const element = action.element;
  const deleteKey = !element?.editable && pressedDeleteKey(action);
  if (deleteKey) {
    return {
      category: 'delete',
      reason: `it presses ${deleteKey} on ${element ? label(element) : 'the page'}, which deletes what is selected there`,
    };
  }
  const keyed = accessKeyTarget(action, element);
  const keyedWord = keyed ? stakesWord(keyed.name) : undefined;
  if (keyed && keyedWord) {
    return {
      category: keyedWord.category,
      reason: `${keyed.chord} is the access key of "${keyed.name.slice(0, MAX_QUOTED)}"`,
    };
  }
  const activates = isActivation(action);
  if (element && activates) {
    if (element.download || (element.href && DOWNLOAD_EXTENSIONS.test(element.href))) {
      return { category: 'download', reason: `${label(element)} downloads a file` };
    }
    // Alt on a link makes the browser save what its address answers (whatever the server says), as a download,
    // which no page rule of the fence sees. (Ctrl, Shift or Meta open it in a new tab or window, fenced like any.)
    const saving = savesLink(action, element);
    if (saving) {
      return {
        category: 'download',
        reason: `${saving} on ${label(element)} saves what ${hostOf(element.href!)} answers as a file`,
      };
    }
    // What a chooser picks is named by the value, not by the control, and the content script finds the option by
    // its value or by part of its text: every choice that could be the one named is judged.
    const picked = action.member === 'form_input' ? pickable(element.choices, action.value ?? '') : [];
    // Keys or a click on a chooser can move it to any of its choices (a trusted arrow key picks the next option or
    // radio; a click in a list box the option under the pointer).
    const reachable = movesChoice(action, element) ? (element.choices ?? []) : [];
    // Enter in a field presses the form's default button: what that button says is what the call does.
    const pressed = element.form?.submitter && submitsForm(action) ? element.form.submitter : '';
    const words = [element.name, element.labels, element.form?.action, ...picked, ...reachable, pressed].join(' | ');
    const said = stakesWord(words);
    if (said) return { category: said.category, reason: `${label(element)} looks like "${said.word}"` };
    if (action.member === 'form_input' && landsPastWhatWasRead(element.choices, action.value ?? '')) {
      return {
        category: 'action',
        reason: `${label(element)} has more choices than were read, and the value may pick one of those`,
      };
    }
    // What is dropped on a trash is thrown away: at a drag's end, or at a release that ends one made of its parts
    // (left_mouse_down, mouse_move, left_mouse_up).
    const drops = action.member === 'left_click_drag' || action.member === 'left_mouse_up';
    const bin = drops ? trashWord(`${element.name} ${element.labels ?? ''}`) : undefined;
    if (bin) return { category: 'delete', reason: `dropping on ${label(element)} throws away what is dropped` };
    // A neutral "Yes" or "OK" does what its dialog, form or heading says (or, for a bare answer, the text beside it);
    // a "Cancel" there is the way out, unless it repeats the action's own verb ("Close" in "Close your account?").
    const name = element.name.trim();
    const around = [element.context, isAnswer(name) ? element.nearby : undefined].filter(Boolean).join(' | ');
    for (const { category, word } of around ? stakesWords(around) : []) {
      if (isDismissing(name) && !echoesVerb(name, word)) continue;
      return { category, reason: `${label(element)} answers "${around.slice(0, 80)}", which looks like "${word}"` };
    }
    const link = element.href ? urlStakes(element.href, samePage(element.href, action.pageUrl)) : undefined;
    if (link)
      return { category: link.category, reason: `${label(element)} opens ${hostOf(element.href!)}${link.reason}` };
    if (element.form && submitsForm(action) && element.form.method === 'post') {
      return {
        category: 'form_submit',
        reason: `${label(element)} submits a form to ${hostOf(element.form.action || action.pageUrl)}${element.form.hasPassword ? ' (with a password)' : ''}`,
      };
    }
  }
  const intended = activates && action.intent ? stakesWord(action.intent, ['send']) : undefined;
  if (intended) return { category: intended.category, reason: `the agent says it will "${intended.word}"` };
  return undefined;
}

/**
 * Whether the call can activate its target. Pointer members always can. Keys and typing into a text field only by
 * Enter (a submit) anywhere in the sequence; on anything else (a focused button, link, checkbox) every key can, Tab
 * included: space and Enter press it, and a page's key handler can act on any key. (A sequence never reaches past the
 * element judged here: the content script stops it when the focus moves.) form_input activates whatever is not a
 * text field or editor — a checkbox, radio group, select, slider, whatever ARIA role the page gave it.
 */
function isActivation(action: ActionFacts): boolean {
  const element = action.element;
  if (action.member === 'form_input') return element !== undefined && !element.editable;
  const acts = traitsOf(action.member)?.acts;
  if (acts !== 'focus') return true;
  const text = action.text ?? '';
  if (!element?.editable) return text !== '';
  if (action.member === 'type') return /[\r\n]/.test(text);
  return pressesEnter(text);
}

/**
 * The element an access key of the call presses: a chord with Alt (Alt, Alt+Shift, Ctrl+Alt, as browsers use) whose
 * key is one of the document's access keys activates that element, wherever the focus is.
 */
function accessKeyTarget(
  action: ActionFacts,
  element: ElementFacts | undefined,
): { chord: string; name: string } | undefined {
  if ((action.member !== 'key' && action.member !== 'hold_key') || !element?.accessKeys) return undefined;
  for (const chord of chordsOf(action.text ?? '') ?? []) {
    const key = chord.key?.key.toLowerCase();
    if (!key || !chord.modifiers.includes('alt')) continue;
    const target = element.accessKeys.find((entry) => entry.key.toLowerCase().split(/\s+/).includes(key));
    if (target) return { chord: [...chord.modifiers, chord.key!.key].join('+'), name: target.name };
  }
  return undefined;
}

/** Clicks with the left button: Alt with one saves a link (the middle button opens it, the right one a menu). */
const LEFT_CLICKS = new Set(['left_click', 'double_click', 'triple_click']);

/**
 * How a call would make the browser save a link's target as a file, when it would: a left click with Alt, or
 * Alt+Enter on a focused link (Enter on a link clicks it, with the key's modifiers). Alt with Shift opens a new
 * window instead on some systems, and is counted too.
 */
export function savesLink(action: ActionFacts, element: ElementFacts | undefined): string | undefined {
  if (!element?.href) return undefined;
  if (LEFT_CLICKS.has(action.member)) return action.modifiers?.includes('alt') ? 'alt+click' : undefined;
  if (action.member !== 'key' && action.member !== 'hold_key') return undefined;
  const chord = (chordsOf(action.text ?? '') ?? []).find(
    (candidate) => candidate.key?.key === 'Enter' && candidate.modifiers.includes('alt'),
  );
  return chord ? [...chord.modifiers, 'Enter'].join('+') : undefined;
}

/** The choices a form_input value could name: those whose text or value holds it (how the content script matches). */
/**
 * Every choice form_input could land on for this value: one whose value or text holds it, for the whole value and for
 * each item of a list (a multi-select takes a JSON array or a comma-separated list).
 */
function pickable(choices: string[] | undefined, value: string): string[] {
  const pieces = [value, ...listItems(value)];
  return pieces.flatMap((piece) => [piece, ...named(choices, piece)]);
}

/** Whether a value may pick a choice past the end of a cut list: none of those read is exactly it, by text or value. */
function landsPastWhatWasRead(choices: string[] | undefined, value: string): boolean {
  if (choices?.at(-1) !== CHOICES_CUT) return false;
  const read = (piece: string) =>
    choices.some((choice) => {
      const [, text = choice, choiceValue] = /^(.*) \(([^()]*)\)$/.exec(choice) ?? [];
      return normalizeLabel(text) === normalizeLabel(piece) || choiceValue === piece;
    });
  const items = listItems(value);
  return !read(value) && (items.length === 0 || !items.every(read));
}

/** The items a value names when it is a list: a JSON array, or text split at commas, semicolons and line breaks. */
function listItems(value: string): string[] {
  const text = value.trim();
  if (text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) return parsed.map((item) => String(item));
    } catch {
      // Not a list: the content script refuses it too.
    }
  }
  return text.split(/\s*[,;\n]\s*/).filter((item) => item !== '' && item !== text);
}

function named(choices: string[] | undefined, value: string | undefined): string[] {
  const wanted = normalizeLabel(value ?? '');
  if (!choices || wanted === '') return [];
  return choices.filter((choice) => normalizeLabel(choice).includes(wanted));
}

/** The Delete or Backspace key a key call presses (outside a text field they delete what the page has selected). */
function pressedDeleteKey(action: ActionFacts): string | undefined {
  if (action.member !== 'key' && action.member !== 'hold_key') return undefined;
  const chords = chordsOf(action.text ?? '');
  if (!chords) return 'keys that do not parse';
  return chords.map((chord) => chord.key?.key).find((key) => key === 'Delete' || key === 'Backspace');
}

/**
 * Whether a call can move a chooser to another choice: a click on a select (it opens it, or picks in a list box); on
 * a focused chooser any typed text (a select finds an option by its first letters), any key but Tab, Escape and bare
 * modifiers.
 */
function movesChoice(action: ActionFacts, element: ElementFacts): boolean {
  const acts = traitsOf(action.member)?.acts;
  if (acts === 'element') return action.member !== 'form_input' && element.tag === 'select';
  if (acts !== 'focus') return false;
  if (action.member === 'type') return (action.text ?? '') !== '';
  const chords = chordsOf(action.text ?? '');
  return !chords || chords.some((chord) => chord.key !== null && !KEEPS_CHOICE.has(chord.key.key));
}

function chordsOf(keys: string): ReturnType<typeof parseKeySequence> | undefined {
  try {
    return parseKeySequence(keys);
  } catch {
    return undefined;
  }
}

/** Whether a key sequence ("Return Tab", "ctrl+Enter", "a kp_enter") presses Enter; one that does not parse counts. */
function pressesEnter(keys: string): boolean {
  return chordsOf(keys)?.some((chord) => chord.key?.key === 'Enter') ?? true;
}

/**
 * The words of a URL's path, query and fragment, as a sentence (`/account/close-account?confirm=1` → "account close
 * account confirm 1"), judged like a button's name; a single-page app routes by the fragment (`#/account/delete`), so
 * it counts too, and alone for a link within the page open (`onPage`). Sending words are left out: `/share` or
 * `/post/12` is mostly reading.
 */
function urlStakes(url: string, onPage = false): Stakes | undefined {
  const parsed = parseHttpUrl(url);
  if (!parsed) return undefined;
  let tail = onPage ? parsed.hash : `${parsed.pathname} ${parsed.search} ${parsed.hash}`;
  try {
    tail = decodeURIComponent(tail.replace(/\+/g, ' '));
  } catch {
    // Malformed escapes: judge the text as it is.
  }
  const words = tail
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const said = stakesWord(words, ['send']);
  return said && { category: said.category, reason: `, whose address reads "${said.word}"` };
}

/** Whether the call would submit its element's form: a submit button pressed, or Enter in one of its fields. */
export function submitsAForm(action: ActionFacts): boolean {
  return action.member !== 'form_input' && isActivation(action) && submitsForm(action);
}

function submitsForm(action: ActionFacts): boolean {
  const element = action.element;
  if (!element?.form) return false;
  if (traitsOf(action.member)?.acts === 'focus') return true;
  return (
    element.type === 'submit' ||
    element.type === 'image' ||
    (element.tag === 'button' && (element.type ?? 'submit') === 'submit')
  );
}

/** Whether a label repeats the first word of what its dialog asks ("Close" answering "Close your account"). */
function echoesVerb(name: string, asked: string): boolean {
  const verb = asked.split(/\s+/)[0]!.toLowerCase();
  return foldedForms(name).some((form) =>
    form
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .includes(verb),
  );
}

/** A link to a place on the page already open (`#top`, `#/settings`): only its fragment is new. */
function samePage(href: string, pageUrl: string): boolean {
  return href.split('#')[0] === pageUrl.split('#')[0];
}

/** An element as a person approving reads it: its name, and what else it says when the page named it otherwise. */
function label(element: ElementFacts): string {
  const named = element.name ? `${element.role} "${element.name.slice(0, MAX_QUOTED)}"` : element.role;
  return element.labels ? `${named} (it reads "${element.labels.slice(0, MAX_QUOTED)}")` : named;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'this site';
  }
}
