import { chooseOption, isCustomCombobox, isListbox } from './combobox';
import { describeElement } from './describe';
import { closestComposed, isContentEditable, isHtmlElement, isInput, isSelect, isTextEntry } from './dom';
import { ambiguous, listOptions, matchOption, normalizeLabel, parseOptionList, selectedReport } from './option-match';
import { ActionError, isDisabled } from './target';
import { currentText, replaceText, setNativeValue } from './value-setter';

type Value = string | number | boolean;

/** The value syntax each special input type accepts, for the model when a value does not fit (keyed by page input). */
const FORMATS = new Map([
  ['date', 'YYYY-MM-DD'],
  ['time', 'HH:MM or HH:MM:SS'],
  ['datetime-local', 'YYYY-MM-DDTHH:MM'],
  ['month', 'YYYY-MM'],
  ['week', 'YYYY-Www'],
  ['color', '#rrggbb'],
  ['number', 'a number'],
]);

/**
 * Sets a control to a value: text fields and rich editors, native selects and custom ARIA comboboxes/listboxes (by
 * option value or visible text), checkboxes, switches and radio groups, date/time, range and color inputs.
 */
export async function formInput(element: Element, value: Value): Promise<string> {
  const name = describeElement(element);
  if (isDisabled(element)) throw new ActionError(`${name} is disabled.`);
  if (isSelect(element)) return selectNative(element, value, name);
  if (isInput(element)) {
    if (element.type === 'checkbox') return setChecked(element, value, name);
    if (element.type === 'radio')
      return typeof value === 'string' && !isBooleanWord(value)
        ? chooseRadio(radioGroup(element), value, name)
        : setChecked(element, value, name);
    if (element.type === 'file') throw new ActionError(`${name} is a file input; use file_upload.`);
  }
  const role = element.getAttribute('role');
  if (role === 'checkbox' || role === 'switch' || role === 'radio' || role === 'menuitemcheckbox')
    return setAriaChecked(element, value, name);
  if (role === 'radiogroup') return chooseAriaRadio(element, String(value), name);
  const radios = Array.from(element.querySelectorAll<HTMLInputElement>('input[type="radio"]'));
  if (radios.length > 0) return chooseRadio(radios, String(value), name);
  if (isCustomCombobox(element) || isListbox(element)) return chooseOption(element, String(value), name);
  if (isInput(element) && FORMATS.has(element.type)) return setFormatted(element, String(value), name);
  if (isInput(element) && element.type === 'range') return setRange(element, value, name);
  if (isTextEntry(element)) return setText(element, String(value), name);
  if (isContentEditable(element)) {
    replaceText(element, String(value));
    if (!currentText(element).includes(String(value).trim()))
      throw new ActionError(`${name} did not take the text; click into it and use type.`);
    return `Set ${name} to "${value}".`;
  }
  throw new ActionError(`${name} is not a form field; use left_click or type instead.`);
}

/** Text fields: the native setter (frameworks see it), then a real edit if the page reverted it. */
function setText(element: HTMLInputElement | HTMLTextAreaElement, text: string, name: string): string {
  if (element.readOnly) throw new ActionError(`${name} is read-only.`);
  element.focus({ preventScroll: true });
  setNativeValue(element, text);
  if (element.value !== text) replaceText(element, text);
  if (element.value !== text) {
    if (element.value === '' && text !== '') throw new ActionError(`${name} did not accept "${text}".`);
    return `${name} now holds "${element.value}" (the page reformatted "${text}").`;
  }
  return `Set ${name} to "${text}".`;
}

function setFormatted(element: HTMLInputElement, text: string, name: string): string {
  if (element.readOnly) throw new ActionError(`${name} is read-only.`);
  element.focus({ preventScroll: true });
  const previous = element.value;
  setNativeValue(element, text);
  if (element.value !== text) {
    // The browser cleared the field on the bad value: put back what it held.
    setNativeValue(element, previous);
    throw new ActionError(
      `${name} did not accept "${text}": a ${element.type} field takes ${FORMATS.get(element.type)}${limits(element)}.`,
    );
  }
  return `Set ${name} to "${text}".`;
}

function setRange(element: HTMLInputElement, value: Value, name: string): string {
  const wanted = Number(value);
  if (!Number.isFinite(wanted)) throw new ActionError(`${name} is a slider: give a number${limits(element)}.`);
  element.focus({ preventScroll: true });
  setNativeValue(element, String(wanted));
  if (Number(element.value) !== wanted)
    return `${name} is set to ${element.value}, the nearest allowed value${limits(element)}.`;
  return `Set ${name} to ${element.value}.`;
}

function limits(element: HTMLInputElement): string {
  const parts = [
    element.min && `min ${element.min}`,
    element.max && `max ${element.max}`,
    element.step && element.step !== 'any' && `step ${element.step}`,
  ];
  const text = parts.filter(Boolean).join(', ');
  return text ? ` (${text})` : '';
}

function selectNative(select: HTMLSelectElement, value: Value, name: string): string {
  if (select.multiple) return selectNativeMany(select, value, name);
  const option = nativeOption(select, String(value).trim(), name);
  if (option.disabled) throw new ActionError(`Option "${option.text.trim()}" of ${name} is disabled.`);
  select.focus({ preventScroll: true });
  setNativeValue(select, option.value);
  if (!option.selected) throw new ActionError(`${name} did not keep "${option.text.trim()}" selected.`);
  return `Selected "${option.text.trim()}" in ${name}.`;
}

/** The option a value names: its exact value first (the toolset offers "an option value or text"), then by text. */
function nativeOption(select: HTMLSelectElement, wanted: string, name: string): HTMLOptionElement {
  const options = Array.from(select.options);
  const byValue = options.find((o) => o.value === wanted);
  if (byValue) return byValue;
  const match = matchOption(
    options,
    wanted,
    (o) => o.text,
    (o) => [o.value],
  );
  if (match.kind === 'one') return match.option;
  if (match.kind === 'several')
    throw ambiguous(
      name,
      wanted,
      match.options.map((o) => o.text.trim()),
    );
  throw new ActionError(
    `${name} has no option "${wanted}". Options: ${listOptions(options.map((o) => o.text.trim()))}.`,
  );
}

/** A <select multiple> ends up with exactly the options named (a list), in one change the page sees. */
function selectNativeMany(select: HTMLSelectElement, value: Value, name: string): string {
  const options = Array.from(select.options);
  const isOption = (text: string) =>
    options.some((o) => o.value === text || normalizeLabel(o.text) === normalizeLabel(text));
  const chosen = new Set(parseOptionList(value, isOption).map((wanted) => nativeOption(select, wanted, name)));
  for (const option of chosen)
    if (option.disabled) throw new ActionError(`Option "${option.text.trim()}" of ${name} is disabled.`);
  select.focus({ preventScroll: true });
  for (const option of options) option.selected = chosen.has(option);
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
  return selectedReport(
    name,
    options.filter((o) => o.selected).map((o) => o.text.trim()),
    options.length,
  );
}

function isBooleanWord(value: string): boolean {
  return /^(true|false|yes|no|on|off|checked|unchecked|1|0)$/i.test(value.trim());
}

function wantsChecked(value: Value): boolean {
  if (typeof value === 'boolean') return value;
  return !/^(false|0|no|off|unchecked)$/i.test(String(value).trim());
}

/** Toggles through a click (the page's handlers run); a handler that blocks the toggle is reported, not overridden. */
function setChecked(input: HTMLInputElement, value: Value, name: string): string {
  const want = wantsChecked(value);
  if (input.checked !== want) {
    if (input.type === 'radio' && !want)
      throw new ActionError(`${name} is a radio button: choose another option of its group instead.`);
    input.click();
    if (input.checked !== want)
      throw new ActionError(`${name} did not change when clicked; the page may be blocking it.`);
  }
  return `${name} is ${input.checked ? 'checked' : 'unchecked'}.`;
}

/** The radio buttons of an input's group (same name, same form). */
function radioGroup(input: HTMLInputElement): HTMLInputElement[] {
  const scope = input.form ?? input.ownerDocument;
  return Array.from(scope.querySelectorAll<HTMLInputElement>('input[type="radio"]')).filter(
    (radio) => radio.name === input.name,
  );
}

/** A string on a radio button or a group of them picks the option with that value or label. */
function chooseRadio(group: HTMLInputElement[], wanted: string, name: string): string {
  const label = (radio: HTMLInputElement) => (radio.labels?.[0]?.textContent ?? '').trim();
  const lower = wanted.trim().toLowerCase();
  const match =
    group.find((radio) => radio.value === wanted) ??
    group.find((radio) => label(radio).toLowerCase() === lower) ??
    group.find((radio) => label(radio).toLowerCase().includes(lower));
  if (!match) {
    throw new ActionError(
      `${name} has no option "${wanted}". Options: ${group.map((radio) => `"${label(radio) || radio.value}"`).join(', ')}.`,
    );
  }
  if (isDisabled(match)) throw new ActionError(`Option "${label(match) || match.value}" of ${name} is disabled.`);
  return setChecked(match, true, describeElement(match));
}

function setAriaChecked(element: Element, value: Value, name: string): string {
  const want = wantsChecked(value);
  const checked = () =>
    element.getAttribute('aria-checked') === 'true' || element.getAttribute('aria-pressed') === 'true';
  if (checked() !== want && isHtmlElement(element)) element.click();
  if (checked() !== want) throw new ActionError(`${name} did not change when clicked; the page may be blocking it.`);
  return `${name} is ${checked() ? 'checked' : 'unchecked'}.`;
}

function chooseAriaRadio(group: Element, wanted: string, name: string): string {
  const radios = Array.from(group.querySelectorAll('[role="radio"]'));
  const match =
    radios.find((radio) => (radio.textContent ?? '').trim().toLowerCase() === wanted.toLowerCase()) ??
    radios.find((radio) => radio.getAttribute('data-value') === wanted);
  if (!match)
    throw new ActionError(
      `${name} has no option "${wanted}". Options: ${radios.map((radio) => `"${(radio.textContent ?? '').trim()}"`).join(', ')}.`,
    );
  return setAriaChecked(closestComposed(match, '[role="radio"]')!, true, describeElement(match));
}
