import { characterKey } from '../../shared/keys';
import { describeElement } from './describe';
import { deepActiveElement, isEditable, isInput, isTextArea } from './dom';
import { ActionError } from './target';
import { currentText, insertText, setNativeValue } from './value-setter';

/**
 * Types text into the focused element one character at a time (keydown, keypress, an insertText edit, keyup), so
 * per-keystroke listeners such as autocomplete run. Then the value is read back: a framework-controlled field that
 * dropped the edits gets the whole value through the native setter, and a field that still disagrees is reported.
 */
export function typeText(text: string): string {
  const target = deepActiveElement();
  if (!isEditable(target)) {
    throw new ActionError(
      `Nothing that accepts text has focus (focus is on ${describeElement(target)}); click a text field first, or use form_input with its ref.`,
    );
  }
  if ((target as HTMLInputElement).readOnly) throw new ActionError(`${describeElement(target)} is read-only.`);
  const expected = expectedValue(target, text);
  for (const char of text) {
    const spec = characterKey(char);
    const init = {
      key: spec?.key ?? char,
      code: spec?.code ?? '',
      keyCode: spec?.keyCode ?? 0,
      bubbles: true,
      cancelable: true,
      composed: true,
    };
    if (
      target.dispatchEvent(new KeyboardEvent('keydown', init)) &&
      target.dispatchEvent(new KeyboardEvent('keypress', init))
    ) {
      insertText(target as HTMLElement, char);
    }
    target.dispatchEvent(new KeyboardEvent('keyup', init));
  }
  return verify(target, text, expected);
}

/** What a field should hold after typing: its text with the selection replaced. Null for rich editors. */
function expectedValue(target: Element, text: string): string | null {
  if (!isInput(target) && !isTextArea(target)) return null;
  const value = target.value;
  let start: number | null = null;
  let end: number | null = null;
  try {
    start = target.selectionStart;
    end = target.selectionEnd;
  } catch {
    // email and number inputs have no selection API: typing appends.
  }
  return value.slice(0, start ?? value.length) + text + value.slice(end ?? value.length);
}

function verify(target: Element, text: string, expected: string | null): string {
  const name = describeElement(target);
  if (expected === null) {
    const lastLine =
      text
        .split('\n')
        .filter((line) => line.trim())
        .pop()
        ?.trim() ?? '';
    if (!currentText(target).includes(lastLine)) {
      insertText(target as HTMLElement, text);
      if (!currentText(target).includes(lastLine))
        throw new ActionError(`${name} did not take the text; try clicking into it first.`);
    }
    return '';
  }
  const field = target as HTMLInputElement | HTMLTextAreaElement;
  if (field.value === expected) return '';
  setNativeValue(field, expected);
  if (field.value === expected) return '';
  if (field.value === '') throw new ActionError(`${name} did not take the text.`);
  return `${name} now holds "${field.value}" (the page reformatted what was typed).`;
}
