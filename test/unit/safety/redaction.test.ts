import { describe, expect, it } from 'vitest';
import { containsSecret, parseSecrets, redact, redactDeep } from '../../../src/background/safety/secrets';

const VALUE = 'Tr0ub4dor & Zebra!';
const secrets = parseSecrets({ pw: { value: VALUE, allowedUrls: ['bank.example'] } });
const MARK = '<secret>pw</secret>';
const bytes = new TextEncoder().encode(VALUE);
const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
const base64 = (data: Uint8Array) => btoa(String.fromCharCode(...data));

/** A letter in a styled alphabet (its capitals start at `upper`, its small letters at `lower`); others as they are. */
const styled = (char: string, upper: number, lower: number) =>
  /[A-Z]/.test(char)
    ? String.fromCodePoint(upper + char.charCodeAt(0) - 65)
    : /[a-z]/.test(char)
      ? String.fromCodePoint(lower + char.charCodeAt(0) - 97)
      : char;

/** Each form a page, a URL or a script can give the value, as it would appear in page text or a request. */
const FORMS: Array<[string, string]> = [
  ['raw', VALUE],
  ['upper case', VALUE.toUpperCase()],
  ['lower case', VALUE.toLowerCase()],
  ['URL encoding', encodeURIComponent(VALUE)],
  ['URL encoding, lower-case hex', encodeURIComponent(VALUE).replace(/%[0-9A-F]{2}/g, (x) => x.toLowerCase())],
  ['form encoding', new URLSearchParams({ p: VALUE }).toString().slice(2)],
  ['every character percent-encoded', Array.from(bytes, (byte) => `%${byte.toString(16).padStart(2, '0')}`).join('')],
  ['encoded twice', encodeURIComponent(encodeURIComponent(VALUE))],
  ['JSON escaping', JSON.stringify(VALUE).slice(1, -1)],
  ['\\u escapes', Array.from(VALUE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')],
  ['HTML character references', Array.from(VALUE, (c) => `&#${c.charCodeAt(0)};`).join('')],
  ['base64', base64(bytes)],
  ['base64url', base64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')],
  ['hex', hex],
  ['HEX', hex.toUpperCase()],
  ['hex with colons', hex.match(/../g)!.join(':')],
  ['reversed', Array.from(VALUE).reverse().join('')],
  ['spaced out', Array.from(VALUE).join(' ')],
  ['dash separated', Array.from(VALUE).join('-')],
  ['zero-width split', Array.from(VALUE).join('\u200b')],
  [
    'fullwidth',
    Array.from(VALUE, (c) => (c === ' ' ? '\u3000' : String.fromCharCode(c.charCodeAt(0) + 0xfee0))).join(''),
  ],
  ['CSS escapes', Array.from(VALUE, (c) => `\\${c.charCodeAt(0).toString(16)} `).join('')],
  ['octal escapes', Array.from(VALUE, (c) => `\\${c.charCodeAt(0).toString(8)}`).join('')],
  ['quoted-printable', Array.from(bytes, (byte) => `=${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('')],
  ['HTML named references', VALUE.replace('&', '&amp;').replace('!', '&excl;').replace(' ', ' ')],
  ['base64 of UTF-16', btoa(Array.from(VALUE, (c) => `${c}\0`).join(''))],
  [
    'hex of the reversed value',
    Array.from(new TextEncoder().encode(Array.from(VALUE).reverse().join('')), (b) =>
      b.toString(16).padStart(2, '0'),
    ).join(''),
  ],
  ['base64 of the reversed value', base64(new TextEncoder().encode(Array.from(VALUE).reverse().join('')))],
  ['base64 twice', btoa(base64(bytes))],
  // Character codes as a script writes them: charCodeAt lists, escape(), ES2015 code point escapes, U+ notation.
  ['character codes, comma-separated', Array.from(VALUE, (c) => c.charCodeAt(0)).join(',')],
  ['character codes in a JSON array', JSON.stringify(Array.from(VALUE, (c) => c.charCodeAt(0)))],
  [
    'escape() of every character',
    Array.from(VALUE, (c) => `%u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''),
  ],
  ['\\u{…} escapes', Array.from(VALUE, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`).join('')],
  [
    'U+ notation',
    Array.from(VALUE, (c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`).join(' '),
  ],
  // Letters a reader reads as themselves (compatibility forms), and text drawn with invisible characters between.
  ['mathematical bold letters', Array.from(VALUE, (c) => styled(c, 0x1d400, 0x1d41a)).join('')],
  ['circled letters', Array.from(VALUE, (c) => styled(c, 0x24b6, 0x24d0)).join('')],
  ['soft hyphens between characters', Array.from(VALUE).join('\u00ad')],
  ['UTF-16 read as bytes (NUL between characters)', Array.from(VALUE, (c) => `\0${c}`).join('')],
  ['UTF-16 code units in hex', Array.from(VALUE, (c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')],
];

describe('redaction of every encoding', () => {
  for (const [name, form] of FORMS) {
    it(`redacts the ${name} form inside other text`, () => {
      const text = `before ${form} after`;
      const redacted = redact(text, secrets);
      expect(redacted).toContain(MARK);
      expect(redacted.startsWith('before ')).toBe(true);
      expect(containsSecret(redacted, secrets)).toBe(false);
    });
  }

  it('finds base64 at all three byte alignments, as part of a longer base64 text, with + and / URL-encoded', () => {
    for (const prefix of ['', 'a', 'ab', 'abc', 'user:']) {
      const encoded = base64(new TextEncoder().encode(`${prefix}${VALUE};more`));
      expect(redact(`Authorization: Basic ${encoded}`, secrets), prefix).toContain(MARK);
      expect(redact(encodeURIComponent(encoded), secrets), prefix).toContain(MARK);
    }
  });

  it('leaves ordinary text and pictures alone', () => {
    expect(redact('Troubadour and zebra crossing', secrets)).toBe('Troubadour and zebra crossing');
    const image = { type: 'base64', media_type: 'image/png', data: base64(bytes) };
    expect(redactDeep({ source: image }, secrets).source.data).toBe(image.data);
    expect(redactDeep({ text: `x ${VALUE}` }, secrets).text).toBe(`x ${MARK}`);
  });

  it('refuses values too short or too common to redact safely, with a clear error', () => {
    const check = (value: string) => () => parseSecrets({ pw: { value, allowedUrls: ['bank.example'] } });
    expect(check('abc12')).toThrow(/shorter than 8 characters/);
    expect(check('password1')).toThrow(/most common passwords/);
    expect(check('aaaaaaaaaa')).toThrow(/fewer than 4 different characters/);
    expect(check('abcdabcdabcd')).toThrow(/repeated/);
    expect(check(' Spaced-Value-1 ')).toThrow(/spaces/);
    expect(check('Correct-Horse-9')).not.toThrow();
  });
});
