import { describeElement } from './describe';
import { byIdNear, isTextEntry } from './dom';
import { clickSequence } from './pointer';
import { ActionError, pointerTarget } from './target';
import { replaceText } from './value-setter';
import { waitFor } from './wait-for';

/** Long enough for options fetched from a server, short enough that a wrong guess fails fast. */
const OPTION_TIMEOUT_MS = 3000;
const MAX_LISTED = 15;

export function isCustomCombobox(element: Element): boolean {
  if (element.localName === 'select') return false;
  const popup = element.getAttribute('aria-haspopup');
  return element.getAttribute('role') === 'combobox' || popup === 'listbox' || (popup === 'true' && element.hasAttribute('aria-controls'));
}

export function isListbox(element: Element): boolean {
  return element.getAttribute('role') === 'listbox';
}

/**
 * Picks an option of a custom (ARIA) combobox or listbox the way a person does: an editable combobox gets the value
 * typed (which filters or fetches suggestions), any other is opened with a click; then the option whose text or value
 * matches is waited for and clicked.
 */
export async function chooseOption(element: Element, wanted: string, name: string): Promise<string> {
  if (!isListbox(element)) open(element, wanted);
  const option = await waitFor(() => findOption(element, wanted), OPTION_TIMEOUT_MS);
  if (!option) {
    const shown = visibleOptions(element).map((o) => `"${optionText(o)}"`);
    const listed = shown.length > 0 ? ` Options shown: ${shown.slice(0, MAX_LISTED).join(', ')}${shown.length > MAX_LISTED ? ', …' : ''}.` : ' It showed no options.';
    throw new ActionError(`${name} has no option "${wanted}".${listed}`);
  }
  if (option.getAttribute('aria-disabled') === 'true') throw new ActionError(`Option "${optionText(option)}" of ${name} is disabled.`);
  clickSequence(pointerTarget(option), 'left', 1, []);
  return `Selected "${optionText(option)}" in ${name}.`;
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
  const ids = `${element.getAttribute('aria-controls') ?? ''} ${element.getAttribute('aria-owns') ?? ''}`.split(/\s+/).filter(Boolean);
  const linked = ids.map((id) => byIdNear(element, id)).filter((found): found is Element => found !== null);
  const inside = Array.from(element.querySelectorAll('[role="listbox"]'));
  const candidates = [...linked, ...inside];
  if (candidates.length > 0) return candidates;
  return Array.from(element.ownerDocument.querySelectorAll('[role="listbox"]')).filter(isShown);
}

function visibleOptions(element: Element): Element[] {
  return listboxesFor(element).flatMap((listbox) => Array.from(listbox.querySelectorAll('[role="option"]')).filter(isShown));
}

function findOption(element: Element, wanted: string): Element | null {
  const options = visibleOptions(element);
  const lower = wanted.trim().toLowerCase();
  const text = (option: Element) => optionText(option).toLowerCase();
  return (
    options.find((o) => text(o) === lower) ??
    options.find((o) => o.getAttribute('data-value') === wanted || o.getAttribute('value') === wanted || o.id === wanted) ??
    options.find((o) => text(o).startsWith(lower)) ??
    options.find((o) => text(o).includes(lower)) ??
    null
  );
}

function optionText(option: Element): string {
  return (option.getAttribute('aria-label') ?? option.textContent ?? '').replace(/\s+/g, ' ').trim() || describeElement(option);
}

function isShown(element: Element): boolean {
  return element.getClientRects().length > 0;
}
