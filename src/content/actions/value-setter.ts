import { isContentEditable, isInput, isSelect, isTextArea, windowOf } from './dom';

type ValueControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * Sets a form control's value the way typing does as far as frameworks can tell: React and Vue track the value through
 * the prototype's setter (and React keeps its own copy on the element), so the element's own setter is bypassed, then
 * the input and change events they listen to are fired.
 */
export function setNativeValue(element: ValueControl, value: string) {
  const prototype = isTextArea(element)
    ? HTMLTextAreaElement.prototype
    : isSelect(element)
      ? HTMLSelectElement.prototype
      : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(element, value);
  element.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  element.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * Inserts text at the caret as a real edit (beforeinput/input with inputType insertText, undo history) through
 * execCommand, which rich editors and frameworks handle; where the command is refused, a field gets the native setter
 * and a contenteditable a text node plus the input events.
 */
export function insertText(element: HTMLElement, text: string): void {
  element.focus({ preventScroll: true });
  const doc = element.ownerDocument;
  if (doc.execCommand('insertText', false, text)) return;
  if (isInput(element) || isTextArea(element)) {
    const start = element.selectionStart ?? element.value.length;
    const end = element.selectionEnd ?? element.value.length;
    setNativeValue(element, element.value.slice(0, start) + text + element.value.slice(end));
    element.setSelectionRange?.(start + text.length, start + text.length);
    return;
  }
  const init = { bubbles: true, cancelable: true, composed: true, inputType: 'insertText', data: text };
  if (!element.dispatchEvent(new InputEvent('beforeinput', init))) return;
  const selection = windowOf(element).getSelection();
  const range = selection?.rangeCount ? selection.getRangeAt(0) : null;
  const node = doc.createTextNode(text);
  if (range && element.contains(range.startContainer)) {
    range.deleteContents();
    range.insertNode(node);
    range.setStartAfter(node);
    range.collapse(true);
  } else {
    element.append(node);
  }
  element.dispatchEvent(new InputEvent('input', init));
}

/** Replaces all of an editable's text: select everything in it, then insert. */
export function replaceText(element: HTMLElement, text: string): void {
  element.focus({ preventScroll: true });
  if (isInput(element) || isTextArea(element)) element.select();
  else windowOf(element).getSelection()?.selectAllChildren(element);
  if (text === '') deleteSelection(element);
  else insertText(element, text);
}

export function deleteSelection(element: HTMLElement): void {
  if (element.ownerDocument.execCommand('delete', false)) return;
  if (isInput(element) || isTextArea(element)) setNativeValue(element, '');
  else if (isContentEditable(element)) {
    element.textContent = '';
    element.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContentBackward' }));
  }
}

/** The text an editable holds now, to check that an edit stuck. */
export function currentText(element: Element): string {
  if (isInput(element) || isTextArea(element)) return element.value;
  return element.textContent ?? '';
}
