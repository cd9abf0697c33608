import { type Chord, type KeySpec, modifierFlags, modifierKey, parseKeySequence } from '../../shared/keys';
import {
  deepActiveElement,
  isContentEditable,
  isEditable,
  isHtmlElement,
  isInput,
  isTextArea,
  isTextEntry,
} from './dom';
import { defaultButton } from './default-button';
import { describeElement } from './describe';
import { ActionError } from './target';
import { deleteSelection, insertText } from './value-setter';

/**
 * Presses a key, chord ("ctrl+a") or space-separated sequence ("Tab Tab Enter"), `repeat` times, all on the element
 * that had the focus when the call began: that is the element the confirmation gate judged. When the focus moves
 * (Tab, or a page's key handler moving it), the rest is not pressed, so no key reaches an element nobody judged.
 */
export function pressKeys(keys: string, repeat: number): string {
  const chords = parseOrRefuse(keys);
  const judged = deepActiveElement();
  const sequence = Array.from({ length: repeat }, () => chords).flat();
  for (const [index, chord] of sequence.entries()) {
    const focus = deepActiveElement();
    if (focus !== judged) {
      return `The focus moved to ${describeElement(focus)} after ${index} of ${sequence.length} keys; the rest were not pressed. Press them in a new call, which is checked on that element.`;
    }
    pressChord(chord);
  }
  return '';
}

/** The element a held key went down on: its release goes there too, wherever the page moved the focus meanwhile. */
let heldOn: WeakRef<Element> | null = null;

/** hold_key: the down half and the up half, with the hold (and the key's auto-repeat) in between left to the caller. */
export function holdKey(keys: string, phase: 'down' | 'up'): string {
  const [chord] = parseOrRefuse(keys);
  if (!chord) return '';
  const target = phase === 'down' ? deepActiveElement() : heldOn?.deref();
  heldOn = phase === 'down' && target ? new WeakRef(target) : null;
  if (!target?.isConnected) return '';
  const flags = modifierFlags(chord.modifiers);
  const specs = [...chord.modifiers.map(modifierKey), ...(chord.key ? [chord.key] : [])];
  const ordered = phase === 'down' ? specs : [...specs].reverse();
  for (const spec of ordered) target.dispatchEvent(keyboardEvent(phase === 'down' ? 'keydown' : 'keyup', spec, flags));
  return '';
}

function parseOrRefuse(keys: string): Chord[] {
  try {
    return parseKeySequence(keys);
  } catch (error) {
    throw new ActionError((error as Error).message);
  }
}

function keyboardEvent(type: string, spec: KeySpec, flags: ReturnType<typeof modifierFlags>, repeat = false) {
  return new KeyboardEvent(type, {
    key: spec.key,
    code: spec.code,
    keyCode: spec.keyCode,
    which: spec.keyCode,
    bubbles: true,
    cancelable: true,
    composed: true,
    repeat,
    ...flags,
  });
}

function pressChord(chord: Chord) {
  const flags = modifierFlags(chord.modifiers);
  const target = deepActiveElement();
  for (const modifier of chord.modifiers) target.dispatchEvent(keyboardEvent('keydown', modifierKey(modifier), flags));
  if (chord.key) {
    const proceed = target.dispatchEvent(keyboardEvent('keydown', chord.key, flags));
    const command = flags.ctrlKey || flags.metaKey || flags.altKey;
    const types = !!chord.key.text && chord.key.text !== '\r' && !command;
    if (proceed && types && isEditable(target)) {
      if (target.dispatchEvent(keyboardEvent('keypress', chord.key, flags)))
        insertText(target as HTMLElement, chord.key.text!);
    } else if (proceed) {
      if (types) target.dispatchEvent(keyboardEvent('keypress', chord.key, flags));
      defaultAction(target, chord.key.key, flags);
    }
    target.dispatchEvent(keyboardEvent('keyup', chord.key, flags));
  }
  for (const modifier of [...chord.modifiers].reverse())
    target.dispatchEvent(keyboardEvent('keyup', modifierKey(modifier), flags));
}

/** Synthetic key events have no default behaviour, so the ones an agent relies on are performed here. */
function defaultAction(target: Element, key: string, flags: ReturnType<typeof modifierFlags>) {
  const command = flags.ctrlKey || flags.metaKey;
  if (command && key.toLowerCase() === 'a') {
    if (isTextEntry(target)) target.select();
    else target.ownerDocument.execCommand('selectAll');
    return;
  }
  if (command) return;
  switch (key) {
    case 'Enter':
      if (isInput(target) && target.form) submitImplicitly(target.form);
      else if (isTextArea(target) || isContentEditable(target)) insertText(target as HTMLElement, '\n');
      else if (
        isHtmlElement(target) &&
        (target.localName === 'a' || target.localName === 'button' || target.getAttribute('role') === 'button')
      )
        target.click();
      return;
    case 'Backspace':
    case 'Delete':
      if (isEditable(target)) {
        (target as HTMLElement).focus();
        if (!target.ownerDocument.execCommand(key === 'Backspace' ? 'delete' : 'forwardDelete'))
          deleteSelection(target as HTMLElement);
      }
      return;
    case 'Tab':
      moveFocus(target, flags.shiftKey ? -1 : 1);
      return;
    case ' ':
      if (
        isHtmlElement(target) &&
        (target.localName === 'button' ||
          target.getAttribute('role') === 'button' ||
          (isInput(target) && /checkbox|radio/.test(target.type)))
      )
        target.click();
      return;
    case 'Escape':
      if (target.closest('dialog[open]')) (target.closest('dialog[open]') as HTMLDialogElement).close();
      return;
  }
}

/** Enter in a field submits as a browser does: by a click on the form's default button when there is one. */
function submitImplicitly(form: HTMLFormElement) {
  const button = defaultButton(form);
  if (!button) form.requestSubmit();
  else if (!button.disabled) button.click();
}

const TABBABLE =
  'a[href],button,input,select,textarea,[tabindex]:not([tabindex="-1"]),[contenteditable="true"],[contenteditable=""]';

function moveFocus(from: Element, direction: 1 | -1) {
  const doc = from.ownerDocument;
  const focusable = Array.from(doc.querySelectorAll<HTMLElement>(TABBABLE)).filter(
    (element) => !(element as HTMLButtonElement).disabled && element.getClientRects().length > 0,
  );
  const index = focusable.indexOf(from as HTMLElement);
  const next = focusable[(index + direction + focusable.length) % focusable.length];
  next?.focus();
}
