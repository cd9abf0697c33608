import { isModifier, modifierFlags } from './modifiers';
import { insertText, isContentEditable, isTextEntry } from './value-setter';

/** xdotool-style names the model uses, mapped to KeyboardEvent.key values. */
const KEY_NAMES: Record<string, string> = {
  return: 'Enter',
  enter: 'Enter',
  tab: 'Tab',
  escape: 'Escape',
  esc: 'Escape',
  backspace: 'Backspace',
  delete: 'Delete',
  space: ' ',
  up: 'ArrowUp',
  down: 'ArrowDown',
  left: 'ArrowLeft',
  right: 'ArrowRight',
  arrowup: 'ArrowUp',
  arrowdown: 'ArrowDown',
  arrowleft: 'ArrowLeft',
  arrowright: 'ArrowRight',
  home: 'Home',
  end: 'End',
  pageup: 'PageUp',
  page_up: 'PageUp',
  pagedown: 'PageDown',
  page_down: 'PageDown',
};

function keyValue(name: string): string {
  return KEY_NAMES[name.toLowerCase()] ?? (name.length === 1 ? name : name.charAt(0).toUpperCase() + name.slice(1));
}

function activeElement(): Element {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active ?? document.body;
}

/** Presses a key, chord ("ctrl+a") or space-separated sequence ("Tab Tab Enter"), `repeat` times. */
export function pressKeys(keys: string, repeat: number): string {
  const chords = keys.trim().split(/\s+/).filter(Boolean);
  for (let i = 0; i < repeat; i++) for (const chord of chords) pressChord(chord);
  return '';
}

function pressChord(chord: string) {
  const parts = chord.split('+').filter(Boolean);
  const modifiers = parts.filter((part) => isModifier(part) && parts.length > 1);
  const key = keyValue(parts.filter((part) => !modifiers.includes(part)).pop() ?? parts[parts.length - 1] ?? '');
  const flags = modifierFlags(modifiers);
  const target = activeElement();
  const init = { key, code: codeFor(key), bubbles: true, cancelable: true, composed: true, ...flags };
  const proceed = target.dispatchEvent(new KeyboardEvent('keydown', init));
  if (proceed) {
    if (key.length === 1 && !flags.ctrlKey && !flags.metaKey && !flags.altKey) {
      target.dispatchEvent(new KeyboardEvent('keypress', init));
      if (isTextEntry(target) || isContentEditable(target)) insertText(target as HTMLElement, key);
    } else {
      defaultAction(target, key, flags);
    }
  }
  target.dispatchEvent(new KeyboardEvent('keyup', init));
}

function codeFor(key: string): string {
  if (/^[a-z]$/i.test(key)) return `Key${key.toUpperCase()}`;
  if (/^[0-9]$/.test(key)) return `Digit${key}`;
  if (key === ' ') return 'Space';
  return key;
}

/** Synthetic key events have no default behaviour, so the ones an agent relies on are performed here. */
function defaultAction(target: Element, key: string, flags: { ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }) {
  const command = flags.ctrlKey || flags.metaKey;
  if (command && key.toLowerCase() === 'a') {
    if (isTextEntry(target)) target.select();
    else document.execCommand('selectAll');
    return;
  }
  switch (key) {
    case 'Enter':
      if (target instanceof HTMLInputElement && target.form) target.form.requestSubmit();
      else if (target instanceof HTMLTextAreaElement || isContentEditable(target)) insertText(target as HTMLElement, '\n');
      else if (target instanceof HTMLElement && (target.tagName === 'A' || target.tagName === 'BUTTON' || target.getAttribute('role') === 'button')) target.click();
      return;
    case 'Backspace':
    case 'Delete':
      if (isTextEntry(target) || isContentEditable(target)) {
        (target as HTMLElement).focus();
        document.execCommand(key === 'Backspace' ? 'delete' : 'forwardDelete');
      }
      return;
    case 'Tab':
      moveFocus(flags.shiftKey ? -1 : 1);
      return;
    case ' ':
      if (target instanceof HTMLElement && (target.tagName === 'BUTTON' || target.getAttribute('role') === 'button')) target.click();
      return;
  }
}

function moveFocus(direction: 1 | -1) {
  const focusable = Array.from(
    document.querySelectorAll<HTMLElement>('a[href],button,input,select,textarea,[tabindex]:not([tabindex="-1"]),[contenteditable="true"]'),
  ).filter((element) => !(element as HTMLButtonElement).disabled && element.getClientRects().length > 0);
  const index = focusable.indexOf(document.activeElement as HTMLElement);
  const next = focusable[(index + direction + focusable.length) % focusable.length];
  next?.focus();
}

/** Types text into the focused element as edits, so input listeners (autocomplete, validation) run per change. */
export function typeText(text: string): string {
  const target = activeElement();
  if (!isTextEntry(target) && !isContentEditable(target)) {
    throw new Error('No text field has focus: click a field first (or use form_input with its ref).');
  }
  for (const char of text) {
    const init = { key: char, bubbles: true, cancelable: true, composed: true };
    if (target.dispatchEvent(new KeyboardEvent('keydown', init))) insertText(target as HTMLElement, char);
    target.dispatchEvent(new KeyboardEvent('keyup', init));
  }
  return '';
}
