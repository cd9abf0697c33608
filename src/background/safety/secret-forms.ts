/**
 * Finds a secret value in any of the forms a page, a URL or a script can turn it into, so redaction replaces every
 * one of them: raw and in any letter case; URL and form encoding (`%XX` in either case, `+` for a space, encoded
 * twice); JSON and JavaScript escapes (`\uXXXX`, `\"`); HTML character references; spaced out or split by separators
 * (`h u n t e r`, `h-u-n-t-e-r`, zero-width characters); character codes (`104,117`, `%u0068`, `\u{68}`, `U+0068`);
 * reversed; hex in either case (with or without `\x`, `0x`,
 * `%`, `:` or spaces between bytes); base64 and base64url at each of the three byte alignments, also inside a longer
 * base64 text and with `+` and `/` URL-encoded.
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

/** What may sit between the characters of a spaced-out value: whitespace, common separators, zero-width characters. */
const SEPARATOR = '(?:[\\s._:,;|/\\\\*\\-\\u200b-\\u200d\\u2060\\ufeff]{0,3})';
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
  // Byte forms (hex, base64) of the value, of it reversed, and of its UTF-16 code units (btoa over UTF-16 text).
  const byteForms = [utf8(value), utf8([...chars].reverse().join('')), utf16le(value)];
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
  // Fullwidth forms, which NFKC folds back to ASCII (and a page can produce with one replace).
  if (code > 0x20 && code < 0x7f) forms.add(escapeRegex(String.fromCharCode(code + 0xfee0)));
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

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    bytes[i * 2] = text.charCodeAt(i) & 0xff;
    bytes[i * 2 + 1] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
