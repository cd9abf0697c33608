/**
 * Key names as the model writes them ("Return", "ctrl+a", "cmd+shift+p", "Page_Down") parsed once into what both input
 * backends need: the DOM `key`/`code` for synthetic KeyboardEvents and the Windows virtual key code that
 * chrome.debugger's Input.dispatchKeyEvent wants.
 */

export const MODIFIER_NAMES = ['ctrl', 'shift', 'alt', 'meta'] as const;
export type ModifierName = (typeof MODIFIER_NAMES)[number];

export interface KeySpec {
  /** KeyboardEvent.key, e.g. "Enter", "a", "ArrowLeft". */
  key: string;
  /** KeyboardEvent.code, e.g. "Enter", "KeyA", "ArrowLeft". */
  code: string;
  keyCode: number;
  /** The character the key types, when it types one. */
  text?: string;
}

export interface Chord {
  modifiers: ModifierName[];
  /** Null for a chord of modifiers only ("shift"). */
  key: KeySpec | null;
}

// Maps, not object literals: these are looked up with names the model writes, and "constructor" is not a key.
const MODIFIERS = new Map<string, ModifierName>(
  Object.entries({
    ctrl: 'ctrl',
    control: 'ctrl',
    control_l: 'ctrl',
    control_r: 'ctrl',
    shift: 'shift',
    shift_l: 'shift',
    shift_r: 'shift',
    alt: 'alt',
    option: 'alt',
    alt_l: 'alt',
    alt_r: 'alt',
    meta: 'meta',
    cmd: 'meta',
    command: 'meta',
    super: 'meta',
    super_l: 'meta',
    win: 'meta',
  }),
);

/** Lowercased names (xdotool/X11 and DOM spellings) → [key, code, keyCode]. */
const NAMED = new Map<string, readonly [string, string, number]>(
  Object.entries({
    return: ['Enter', 'Enter', 13],
    enter: ['Enter', 'Enter', 13],
    kp_enter: ['Enter', 'NumpadEnter', 13],
    tab: ['Tab', 'Tab', 9],
    escape: ['Escape', 'Escape', 27],
    esc: ['Escape', 'Escape', 27],
    backspace: ['Backspace', 'Backspace', 8],
    delete: ['Delete', 'Delete', 46],
    del: ['Delete', 'Delete', 46],
    insert: ['Insert', 'Insert', 45],
    space: [' ', 'Space', 32],
    up: ['ArrowUp', 'ArrowUp', 38],
    down: ['ArrowDown', 'ArrowDown', 40],
    left: ['ArrowLeft', 'ArrowLeft', 37],
    right: ['ArrowRight', 'ArrowRight', 39],
    arrowup: ['ArrowUp', 'ArrowUp', 38],
    arrowdown: ['ArrowDown', 'ArrowDown', 40],
    arrowleft: ['ArrowLeft', 'ArrowLeft', 37],
    arrowright: ['ArrowRight', 'ArrowRight', 39],
    home: ['Home', 'Home', 36],
    end: ['End', 'End', 35],
    pageup: ['PageUp', 'PageUp', 33],
    page_up: ['PageUp', 'PageUp', 33],
    prior: ['PageUp', 'PageUp', 33],
    pagedown: ['PageDown', 'PageDown', 34],
    page_down: ['PageDown', 'PageDown', 34],
    next: ['PageDown', 'PageDown', 34],
  }),
);

/** Named keys that also type a character (Enter's is a carriage return, as keyboards send). */
const TYPED = new Map<string, string>([
  [' ', ' '],
  ['Enter', '\r'],
]);

const MODIFIER_KEYS: Record<ModifierName, KeySpec> = {
  ctrl: { key: 'Control', code: 'ControlLeft', keyCode: 17 },
  shift: { key: 'Shift', code: 'ShiftLeft', keyCode: 16 },
  alt: { key: 'Alt', code: 'AltLeft', keyCode: 18 },
  meta: { key: 'Meta', code: 'MetaLeft', keyCode: 91 },
};

const PUNCTUATION = new Map<string, readonly [string, number]>(
  Object.entries({
    '-': ['Minus', 189],
    '=': ['Equal', 187],
    '[': ['BracketLeft', 219],
    ']': ['BracketRight', 221],
    '\\': ['Backslash', 220],
    ';': ['Semicolon', 186],
    "'": ['Quote', 222],
    ',': ['Comma', 188],
    '.': ['Period', 190],
    '/': ['Slash', 191],
    '`': ['Backquote', 192],
  }),
);

export function modifierKey(name: ModifierName): KeySpec {
  return MODIFIER_KEYS[name];
}

export function isModifierName(name: string): boolean {
  return MODIFIERS.has(name.toLowerCase());
}

/** One key by name, or null when the name is not a key. */
export function keySpec(name: string): KeySpec | null {
  const lower = name.toLowerCase();
  const named = NAMED.get(lower);
  const typed = named && TYPED.get(named[0]);
  if (named) return { key: named[0], code: named[1], keyCode: named[2], ...(typed ? { text: typed } : {}) };
  const modifier = MODIFIERS.get(lower);
  if (modifier) return MODIFIER_KEYS[modifier];
  const fn = /^f([1-9]|1[0-2])$/.exec(lower);
  if (fn) return { key: `F${fn[1]}`, code: `F${fn[1]}`, keyCode: 111 + Number(fn[1]) };
  return characterKey(name);
}

/** The key that types one character (US layout for the code; other characters are typed without a code). */
export function characterKey(char: string): KeySpec | null {
  if ([...char].length !== 1) return null;
  if (/^[a-z]$/i.test(char))
    return { key: char, code: `Key${char.toUpperCase()}`, keyCode: char.toUpperCase().charCodeAt(0), text: char };
  if (/^[0-9]$/.test(char)) return { key: char, code: `Digit${char}`, keyCode: char.charCodeAt(0), text: char };
  const punctuation = PUNCTUATION.get(char);
  if (punctuation) return { key: char, code: punctuation[0], keyCode: punctuation[1], text: char };
  if (char === ' ') return { key: ' ', code: 'Space', keyCode: 32, text: ' ' };
  if (char === '\n') return { key: 'Enter', code: 'Enter', keyCode: 13, text: '\r' };
  return { key: char, code: '', keyCode: 0, text: char };
}

/** "ctrl+shift+a" → modifiers and key; throws a message for the model when a name is not a key. */
export function parseChord(chord: string): Chord {
  const parts =
    chord === '+'
      ? ['+']
      : chord
          .split(/\+(?!$)/)
          .map((part) => part.trim())
          .filter(Boolean);
  const modifiers: ModifierName[] = [];
  let key: KeySpec | null = null;
  for (const [index, part] of parts.entries()) {
    const modifier = MODIFIERS.get(part.toLowerCase());
    if (modifier && (index < parts.length - 1 || parts.length > 1)) {
      if (!modifiers.includes(modifier)) modifiers.push(modifier);
      continue;
    }
    const spec = keySpec(part);
    if (!spec) throw new Error(`"${part}" is not a key name; use names like Enter, Tab, Escape, ArrowDown, ctrl+a.`);
    key = spec;
  }
  if (!key && modifiers.length === 0) throw new Error(`"${chord}" names no key.`);
  // Shift turns a letter into its capital, as a keyboard reports it ("shift+k" → key "K").
  if (key && modifiers.includes('shift') && /^[a-z]$/.test(key.key))
    key = { ...key, key: key.key.toUpperCase(), text: key.key.toUpperCase() };
  return { modifiers, key };
}

/** "Tab Tab Enter" → its chords, in order. */
export function parseKeySequence(text: string): Chord[] {
  const chords = text.trim().split(/\s+/).filter(Boolean);
  if (chords.length === 0) throw new Error('No key given.');
  return chords.map(parseChord);
}

/** Modifier names ("ctrl+shift") as given to clicks. */
export function parseModifiers(chord: string | null | undefined): ModifierName[] {
  if (!chord) return [];
  const names: ModifierName[] = [];
  for (const part of chord
    .split('+')
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean)) {
    const modifier = MODIFIERS.get(part);
    if (!modifier) throw new Error(`"${part}" is not a modifier key; use ctrl, shift, alt or cmd.`);
    if (!names.includes(modifier)) names.push(modifier);
  }
  return names;
}

/** chrome.debugger's modifier bit mask: Alt=1, Ctrl=2, Meta=4, Shift=8. */
export function modifierMask(modifiers: readonly ModifierName[]): number {
  const bits: Record<ModifierName, number> = { alt: 1, ctrl: 2, meta: 4, shift: 8 };
  return modifiers.reduce((mask, name) => mask | bits[name], 0);
}

/** KeyboardEvent/MouseEvent init flags for synthetic events. */
export function modifierFlags(modifiers: readonly ModifierName[]) {
  return {
    ctrlKey: modifiers.includes('ctrl'),
    shiftKey: modifiers.includes('shift'),
    altKey: modifiers.includes('alt'),
    metaKey: modifiers.includes('meta'),
  };
}
