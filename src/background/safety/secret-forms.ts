/**
 * Finds a secret value in any of the forms a page, a URL or a script can turn it into, so redaction replaces every
 * one of them: raw and in any letter case; URL and form encoding (`%XX` in either case, `+` for a space, encoded
 * twice); JSON and JavaScript escapes (`\uXXXX`, `\"`); HTML character references; spaced out or split by separators
 * (`h u n t e r`, `h-u-n-t-e-r`, zero-width characters); character codes (`104,117`, `%u0068`, `\u{68}`, `U+0068`);
 * reversed; hex in either case (with or without `\x`, `0x`,
 * `%`, `:` or spaces between bytes); base64 and base64url at each of the three byte alignments, also inside a longer
 * base64 text and with `+` and `/` URL-encoded; every compatibility form of a character (fullwidth, mathematical,
 * circled letters).
 *
 * It cannot find a value the page transforms in other ways (encrypted, hashed, split across requests, drawn in a
 * picture); those are listed in the security notes as not guaranteed.
 */
export interface SecretMatcher {
  /** Case-insensitive forms (text, escapes, percent encoding, hex, reversed). */
  textual: RegExp;
  /** base64 and base64url forms, which are case-sensitive. */
  base64: RegExp;
}

/**
 * What may sit between the characters of a spaced-out value: whitespace, common separators, characters that draw
 * nothing (zero-width, soft hyphen, word joiner and invisible operators, grapheme joiner, variation selectors), and NUL
 * (UTF-16 text read as bytes).
 */
const SEPARATOR =
  '(?:[\\s._:,;|/\\\\*\\-\\u0000\\u00ad\\u034f\\u180e\\u200b-\\u200d\\u2060-\\u2064\\ufe00-\\ufe0f\\ufeff]{0,3})';
/** HTML5 named references of ASCII punctuation (a page's HTML-escaping library may name any of them). */
const NAMED_ENTITIES: Record<string, string> = {
  '&': 'amp',
  '<': 'lt',
  '>': 'gt',
  '"': 'quot',
  "'": 'apos',
  '!': 'excl',
  '#': 'num',
  $: 'dollar',
  '%': 'percnt',
  '(': 'lpar',
  ')': 'rpar',
  '*': 'ast',
  '+': 'plus',
  ',': 'comma',
  '.': 'period',
  '/': 'sol',
  ':': 'colon',
  ';': 'semi',
  '=': 'equals',
  '?': 'quest',
  '@': 'commat',
  '[': 'lsqb',
  '\\': 'bsol',
  ']': 'rsqb',
  '^': 'Hat',
  _: 'lowbar',
  '`': 'grave',
  '{': 'lcub',
  '|': 'verbar',
  '}': 'rcub',
};
const JSON_ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '/': '\\/',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

export function secretMatcher(value: string): SecretMatcher {
  const chars = Array.from(value);
  const forward = chars.map(charForms).join(SEPARATOR);
  const reversed = [...chars].reverse().map(charForms).join(SEPARATOR);
  // Byte forms (hex, base64) of the value, of it reversed, and of its UTF-16 code units in either byte order (btoa
  // over UTF-16 text; code units written as four hex digits).
  const byteForms = [utf8(value), utf8([...chars].reverse().join('')), utf16(value, 'le'), utf16(value, 'be')];
  const hex = byteForms.map((bytes) =>
    Array.from(bytes, (byte) => `(?:\\x|0x|%|=)?${byte.toString(16).padStart(2, '0')}`).join('[\\s:-]?'),
  );
  // base64 of base64 (a page encoding twice): the outer cores of each inner core.
  const twice = base64Cores(utf8(value)).flatMap((core) => base64Cores(utf8(core)));
  return {
    textual: new RegExp([forward, reversed, ...hex].join('|'), 'gi'),
    base64: new RegExp([...byteForms.flatMap(base64Cores), ...twice].map(base64Pattern).join('|'), 'g'),
  };
}

/** Every form one character takes in text, escapes and encodings (the `i` flag covers letter case). */
function charForms(char: string): string {
  const code = char.codePointAt(0)!;
  const forms = new Set<string>([escapeRegex(char)]);
  const bytes = Array.from(utf8(char), (byte) => byte.toString(16).padStart(2, '0'));
  forms.add(bytes.map((byte) => `%${byte}`).join(''));
  forms.add(bytes.map((byte) => `%25${byte}`).join(''));
  if (char === ' ') forms.add('\\+');
  const units = code > 0xffff ? [...char].map((unit) => unit.charCodeAt(0)) : [code];
  forms.add(units.map((unit) => `\\\\u${unit.toString(16).padStart(4, '0')}`).join(''));
  if (code < 0x100) forms.add(`\\\\x${code.toString(16).padStart(2, '0')}`);
  forms.add(`&#0*${code};?`);
  forms.add(`&#x0*${code.toString(16)};?`);
  // CSS escapes (`\56 `), octal escapes (`\126`), quoted-printable (`=56`).
  forms.add(`\\\\0{0,4}${code.toString(16)}\\s?`);
  if (code < 0x100) forms.add(`\\\\0?${code.toString(8)}`);
  if (code < 0x80) forms.add(`=${code.toString(16).padStart(2, '0')}`);
  // Character codes as scripts write them: charCodeAt lists (`84,114`), escape() (`%u0054`), `\u{54}`, `U+0054`.
  forms.add(`(?<![0-9])0*${code}(?![0-9])`);
  forms.add(`%u0*${code.toString(16)}`);
  forms.add(`\\\\u\\{0*${code.toString(16)}\\}`);
  forms.add(`U\\+0*${code.toString(16)}`);
  // Every character NFKC folds back to this one, in either case — fullwidth, mathematical bold, italic, script,
  // double-struck…, circled, superscript — which a reader reads as the letter itself (and a page makes with one map).
  for (const variant of [char.toLowerCase(), char.toUpperCase()])
    for (const form of compatibilityForms().get(variant) ?? []) forms.add(escapeRegex(form));
  if (char === ' ') forms.add('\\u3000');
  if (Object.hasOwn(NAMED_ENTITIES, char)) forms.add(`&${NAMED_ENTITIES[char]};`);
  if (Object.hasOwn(JSON_ESCAPES, char)) forms.add(escapeRegex(JSON_ESCAPES[char]!));
  return `(?:${[...forms].join('|')})`;
}

/**
 * The base64 characters fully determined by the value's bytes, for each of the three positions the value can start
 * at within a base64 text (and so within any longer base64 text that contains it).
 */
function base64Cores(bytes: Uint8Array): string[] {
  const cores: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const padded = new Uint8Array(offset + bytes.length + 2);
    padded.set(bytes, offset);
    const encoded = btoa(String.fromCharCode(...padded));
    const first = Math.ceil((offset * 8) / 6);
    const last = Math.floor(((offset + bytes.length) * 8) / 6);
    cores.push(encoded.slice(first, last));
  }
  return cores;
}

/** A base64 core in the standard and URL alphabets, with `+` and `/` possibly percent-encoded. */
function base64Pattern(core: string): string {
  return Array.from(core, (char) => {
    if (char === '+') return '(?:\\+|-|%2[bB])';
    if (char === '/') return '(?:/|_|%2[fF])';
    return char;
  }).join('');
}

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  const [low, high] = order === 'le' ? [0, 1] : [1, 0];
  for (let i = 0; i < text.length; i++) {
    bytes[i * 2 + low] = text.charCodeAt(i) & 0xff;
    bytes[i * 2 + high] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

/** The blocks that hold compatibility forms of ASCII characters (letterlike, enclosed, fullwidth, mathematical). */
const COMPATIBILITY_BLOCKS: Array<[number, number]> = [
  [0x00a0, 0x33ff],
  [0xfb00, 0xffef],
  [0x1d400, 0x1d7ff],
  [0x1f100, 0x1f1ff],
];
let compatibility: Map<string, string[]> | undefined;

/** Printable ASCII character → the other characters NFKC folds to it (built once, on first use). */
function compatibilityForms(): Map<string, string[]> {
  if (compatibility) return compatibility;
  compatibility = new Map();
  for (const [first, last] of COMPATIBILITY_BLOCKS)
    for (let code = first; code <= last; code++) {
      const form = String.fromCodePoint(code);
      const folded = form.normalize('NFKC');
      if (folded.length !== 1 || folded === form || folded < '!' || folded > '~') continue;
      compatibility.set(folded, [...(compatibility.get(folded) ?? []), form]);
    }
  return compatibility;
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
