import { describeElement } from './describe';
import { byIdNear, isTextEntry } from './dom';
import { clickSequence } from './pointer';
import { ambiguous, listOptions, matchOption, type OptionMatch, parseOptionList, selectedReport } from './option-match';
import { ActionError, pointerTarget } from './target';
import { replaceText } from './value-setter';

/** Long enough for options fetched from a server, short enough that a wrong guess fails fast. */
const OPTION_TIMEOUT_MS = 3000;
/** How long a list must stay unchanged before a value that is not an exact match is decided on it. */
const STABLE_MS = 300;
const POLL_MS = 50;

export function isCustomCombobox(element: Element): boolean {
  if (element.localName === 'select') return false;
  const popup = element.getAttribute('aria-haspopup');
  return (
    element.getAttribute('role') === 'combobox' ||
    popup === 'listbox' ||
    (popup === 'true' && element.hasAttribute('aria-controls'))
  );
}

export function isListbox(element: Element): boolean {
  return element.getAttribute('role') === 'listbox';
}

/**
 * Picks an option of a custom (ARIA) combobox or listbox the way a person does: an editable combobox gets the value
 * typed (which filters or fetches suggestions), any other is opened with a click; then, once the options have
 * arrived, the one the value names (see matchOption) is clicked. When several fit, none is: the model gets them.
 * A multi-select listbox takes a list and ends up with exactly those options selected.
 */
export async function chooseOption(element: Element, wanted: string, name: string): Promise<string> {
  if (isListbox(element) && element.getAttribute('aria-multiselectable') === 'true')
    return chooseMany(element, wanted, name);
  if (!isListbox(element)) open(element, wanted);
  const match = await settledMatch(element, wanted);
  if (match.kind === 'none') {
    const shown = visibleOptions(element).map(optionText);
    throw new ActionError(
      `${name} has no option "${wanted}".${shown.length > 0 ? ` Options shown: ${listOptions(shown)}.` : ' It showed no options.'}`,
    );
  }
  if (match.kind === 'several') throw ambiguous(name, wanted, match.options.map(optionText));
  const option = match.option;
  if (option.getAttribute('aria-disabled') === 'true')
    throw new ActionError(`Option "${optionText(option)}" of ${name} is disabled.`);
  clickSequence(pointerTarget(option), 'left', 1, []);
  return `Selected "${optionText(option)}" in ${name}.`;
}

/**
 * The options decide once they stop changing: an exact match is taken at once, anything less waits until the list
 * has been still for STABLE_MS (suggestions fetched as one types arrive in bursts), within OPTION_TIMEOUT_MS.
 */
async function settledMatch(element: Element, wanted: string): Promise<OptionMatch<Element>> {
  const deadline = Date.now() + OPTION_TIMEOUT_MS;
  let seen = '';
  let since = Date.now();
  for (;;) {
    const options = visibleOptions(element);
    const match = matchOption(options, wanted, optionText, optionValues);
    if (match.kind === 'one' && match.exact) return match;
    const shown = options.map(optionText).join('\n');
    if (shown !== seen) {
      seen = shown;
      since = Date.now();
    } else if (match.kind !== 'none' && Date.now() - since >= STABLE_MS) {
      return match;
    }
    if (Date.now() >= deadline) return match;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * A multi-select listbox: each option whose state differs is clicked; listboxes where a plain click replaces the
 * selection (Ctrl adds to it) are then corrected with Ctrl-clicks. Reports what is selected afterwards.
 */
async function chooseMany(listbox: Element, value: string, name: string): Promise<string> {
  const options = Array.from(listbox.querySelectorAll('[role="option"]'));
  const find = (wanted: string) => {
    const match = matchOption(options, wanted, optionText, optionValues);
    if (match.kind === 'one') return match.option;
    if (match.kind === 'several') throw ambiguous(name, wanted, match.options.map(optionText));
    throw new ActionError(`${name} has no option "${wanted}". Options: ${listOptions(options.map(optionText))}.`);
  };
  const isOption = (text: string) => {
    const match = matchOption(options, text, optionText, optionValues);
    return match.kind === 'one' && match.exact;
  };
  const chosen = new Set(parseOptionList(value, isOption).map(find));
  for (const option of chosen) {
    if (option.getAttribute('aria-disabled') === 'true')
      throw new ActionError(`Option "${optionText(option)}" of ${name} is disabled.`);
  }
  for (const modifiers of [[], ['ctrl']] as const) {
    for (const option of options) {
      if (isSelected(option) === chosen.has(option)) continue;
      clickSequence(pointerTarget(option), 'left', 1, modifiers);
      // Frameworks may re-render after the event: let them before reading the state again.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  const selected = options.filter(isSelected).map(optionText);
  if (options.some((option) => isSelected(option) !== chosen.has(option))) {
    throw new ActionError(
      `${name} did not take that selection; it now has selected: ${listOptions(selected) || 'nothing'}.`,
    );
  }
  return selectedReport(name, selected, options.length);
}

function isSelected(option: Element): boolean {
  return option.getAttribute('aria-selected') === 'true' || option.getAttribute('aria-checked') === 'true';
}

function open(element: Element, wanted: string) {
  const field = isTextEntry(element) ? element : element.querySelector('input,textarea');
  if (field && isTextEntry(field)) {
    if (field.readOnly) {
      clickSequence(pointerTarget(field), 'left', 1, []);
      return;
    }
    replaceText(field, wanted);
    return;
  }
  if (element.getAttribute('aria-expanded') !== 'true') clickSequence(pointerTarget(element), 'left', 1, []);
}

/** The listbox a combobox controls (aria-controls/aria-owns), one inside it, or else any listbox on screen. */
function listboxesFor(element: Element): Element[] {
  if (isListbox(element)) return [element];
  const ids = `${element.getAttribute('aria-controls') ?? ''} ${element.getAttribute('aria-owns') ?? ''}`
    .split(/\s+/)
    .filter(Boolean);
  const linked = ids.map((id) => byIdNear(element, id)).filter((found): found is Element => found !== null);
  const inside = Array.from(element.querySelectorAll('[role="listbox"]'));
  const candidates = [...linked, ...inside];
  if (candidates.length > 0) return candidates;
  return Array.from(element.ownerDocument.querySelectorAll('[role="listbox"]')).filter(isShown);
}

function visibleOptions(element: Element): Element[] {
  return listboxesFor(element).flatMap((listbox) =>
    Array.from(listbox.querySelectorAll('[role="option"]')).filter(isShown),
  );
}

/** The machine names an option also answers to. */
function optionValues(option: Element): string[] {
  return [option.getAttribute('data-value') ?? '', option.getAttribute('value') ?? '', option.id];
}

function optionText(option: Element): string {
  return (
    (option.getAttribute('aria-label') ?? option.textContent ?? '').replace(/\s+/g, ' ').trim() ||
    describeElement(option)
  );
}

function isShown(element: Element): boolean {
  return element.getClientRects().length > 0;
}
