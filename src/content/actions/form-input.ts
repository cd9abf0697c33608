import { describeElement } from './describe';
import { ActionError, isDisabled } from './target';
import { insertText, isContentEditable, isTextEntry, setNativeValue } from './value-setter';

type Value = string | number | boolean;

/** Sets a control to a value: text, a select option (by value or visible text), a checkbox or radio, a range. */
export function formInput(element: Element, value: Value): string {
  const name = describeElement(element);
  if (isDisabled(element)) throw new ActionError(`${name} is disabled.`);
  if (element instanceof HTMLSelectElement) return selectOption(element, value, name);
  if (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')) {
    return setChecked(element, value, name);
  }
  const role = element.getAttribute('role');
  if (role === 'checkbox' || role === 'switch' || role === 'radio') return setAriaChecked(element as HTMLElement, value, name);
  if (isTextEntry(element) || element instanceof HTMLInputElement) {
    if (element.readOnly) throw new ActionError(`${name} is read-only.`);
    const text = String(value);
    element.focus({ preventScroll: true });
    setNativeValue(element, text);
    if (element.value !== text && element.type !== 'file') {
      throw new ActionError(`${name} did not accept "${text}" (it now holds "${element.value}"); check the expected format.`);
    }
    return `Set ${name} to "${text}".`;
  }
  if (isContentEditable(element)) {
    element.focus({ preventScroll: true });
    document.getSelection()?.selectAllChildren(element);
    insertText(element, String(value));
    return `Set ${name} to "${String(value)}".`;
  }
  throw new ActionError(`${name} is not a form field; use left_click or type instead.`);
}

function selectOption(select: HTMLSelectElement, value: Value, name: string): string {
  const wanted = String(value).trim();
  const options = Array.from(select.options);
  const option =
    options.find((o) => o.value === wanted) ??
    options.find((o) => o.text.trim() === wanted) ??
    options.find((o) => o.text.trim().toLowerCase() === wanted.toLowerCase());
  if (!option) {
    const choices = options.map((o) => `"${o.text.trim()}"`).slice(0, 30);
    throw new ActionError(`${name} has no option "${wanted}". Options: ${choices.join(', ')}.`);
  }
  if (option.disabled) throw new ActionError(`Option "${option.text.trim()}" of ${name} is disabled.`);
  setNativeValue(select, option.value);
  return `Selected "${option.text.trim()}" in ${name}.`;
}

function wantsChecked(value: Value): boolean {
  if (typeof value === 'boolean') return value;
  return !/^(false|0|no|off|unchecked)$/i.test(String(value).trim());
}

function setChecked(input: HTMLInputElement, value: Value, name: string): string {
  const want = wantsChecked(value);
  if (input.checked !== want) {
    if (input.type === 'radio' && !want) throw new ActionError(`${name} is a radio button: choose another option instead of unchecking it.`);
    input.click();
  }
  return `${name} is ${input.checked ? 'checked' : 'unchecked'}.`;
}

function setAriaChecked(element: HTMLElement, value: Value, name: string): string {
  const want = wantsChecked(value);
  if ((element.getAttribute('aria-checked') === 'true') !== want) element.click();
  return `${name} is ${element.getAttribute('aria-checked') === 'true' ? 'checked' : 'unchecked'}.`;
}
