import { parseUrlPattern, type UrlPattern, urlMatches } from '../../shared/url-patterns';
import { type SecretMatcher, secretMatcher } from './secret-forms';

/**
 * Secrets are given with a task as `{ name: { value, allowedUrls } }`. The model only ever sees `<secret>name</secret>`:
 * it writes that placeholder where the value belongs, and Tabwright substitutes the value at action time, only on
 * pages the secret is allowed on. Every string bound for the model is redacted, so a value typed into a page and read
 * back (in a snapshot, a page text or an error) reaches the model as its placeholder.
 */
export interface SecretInput {
  value: string;
  allowedUrls: string[];
}

export interface Secret {
  name: string;
  value: string;
  allowed: UrlPattern[];
  matcher: SecretMatcher;
}

const NAME = /^[A-Za-z][\w.-]{0,63}$/;
const PLACEHOLDER = /<secret>([^<]{1,64})<\/secret>/g;

/** Splits text around whole `<secret>name</secret>` placeholders, which land at the odd indexes. */
export function splitAtPlaceholders(text: string): string[] {
  return text.split(/(<secret>[^<]{1,64}<\/secret>)/);
}
/**
 * Values shorter than this, or with fewer different characters, would also match ordinary text once spaced-out and
 * case-changed forms are redacted (and are guessable anyway); such secrets are refused up front.
 */
const MIN_VALUE_LENGTH = 8;
const MIN_DISTINCT_CHARACTERS = 4;
/** Values so common that redacting them would blank ordinary page text, and that protect nothing. */
const COMMON_VALUES = new Set([
  'password',
  'password1',
  'password123',
  'passw0rd',
  'p@ssw0rd',
  'p@ssword',
  '12345678',
  '123456789',
  '1234567890',
  '87654321',
  '11111111',
  '00000000',
  'abcdefgh',
  'abcd1234',
  'qwertyui',
  'qwertyuiop',
  'asdfghjk',
  'asdfghjkl',
  'zxcvbnm1',
  'iloveyou',
  'sunshine',
  'princess',
  'football',
  'baseball',
  'welcome1',
  'welcome123',
  'letmein1',
  'trustno1',
  'superman',
  'starwars',
  'whatever',
  'computer',
  'internet',
  'changeme',
  'admin123',
  'administrator',
  'username',
  'username1',
  'qwerty123',
  '1q2w3e4r',
  '1qaz2wsx',
  'zaq12wsx',
  'monkey123',
  'dragon12',
  'master12',
  'michael1',
  'jennifer',
  'undefined',
  'nullnull',
  'anonymous',
  'undefinedundefined',
]);

export function parseSecrets(raw: unknown): Secret[] {
  if (raw === undefined || raw === null) return [];
  if (typeof raw !== 'object' || Array.isArray(raw))
    throw new Error('Secrets must be an object: { name: { value, allowedUrls } }.');
  return Object.entries(raw as Record<string, unknown>).map(([name, entry]) => {
    if (!NAME.test(name))
      throw new Error(`Secret name "${name}" must start with a letter and use only letters, digits, _ . -`);
    const { value, allowedUrls } = (entry ?? {}) as Partial<SecretInput>;
    if (typeof value !== 'string') throw new Error(`Secret "${name}" needs a value (a string).`);
    const unsafe = unsafeValue(value);
    if (unsafe) throw new Error(`Secret "${name}" cannot be kept out of what the model reads: ${unsafe}`);
    if (
      !Array.isArray(allowedUrls) ||
      allowedUrls.length === 0 ||
      !allowedUrls.every((url) => typeof url === 'string')
    ) {
      throw new Error(`Secret "${name}" needs allowedUrls: the sites where it may be typed.`);
    }
    return { name, value, allowed: allowedUrls.map(parseUrlPattern), matcher: secretMatcher(value) };
  });
}

/** A value an earlier task of the session typed: still kept out of what the model reads, never typed again. */
export interface EarlierSecret {
  name: string;
  value: string;
}

export function redactionOnly(earlier: EarlierSecret[]): Secret[] {
  return earlier.map(({ name, value }) => ({ name, value, allowed: [], matcher: secretMatcher(value) }));
}

/** Why a value cannot be redacted reliably, or undefined when it can. */
function unsafeValue(value: string): string | undefined {
  const chars = Array.from(value.trim());
  if (chars.length < MIN_VALUE_LENGTH) return `its value is shorter than ${MIN_VALUE_LENGTH} characters.`;
  if (chars.length !== Array.from(value).length) return 'its value starts or ends with spaces.';
  if (new Set(chars.map((char) => char.toLowerCase())).size < MIN_DISTINCT_CHARACTERS) {
    return `its value has fewer than ${MIN_DISTINCT_CHARACTERS} different characters.`;
  }
  if (COMMON_VALUES.has(value.toLowerCase()))
    return 'its value is one of the most common passwords, which would match ordinary text.';
  if (/^(.{1,4})\1+$/.test(value)) return 'its value is one short sequence repeated.';
  return undefined;
}

export function placeholder(name: string): string {
  return `<secret>${name}</secret>`;
}

/** Replaces every occurrence of a secret value, in any of the forms secretMatcher knows, by its placeholder. */
export function redact(text: string, secrets: Secret[]): string {
  let result = text;
  for (const secret of secrets) {
    const mark = placeholder(secret.name);
    result = result.replace(secret.matcher.textual, mark).replace(secret.matcher.base64, mark);
  }
  return result;
}

/** Whether a text holds a secret value in any form (e.g. the text on screen before a screenshot). */
export function containsSecret(text: string, secrets: Secret[]): boolean {
  return redact(text, secrets) !== text;
}

/**
 * Deep-redacts every string in a JSON-like value (a request body, a task state). Pictures are left alone: their
 * base64 bytes are not text, and what they show is guarded before they are taken (see TaskSafety.screenGuard).
 */
export function redactDeep<T>(value: T, secrets: Secret[]): T {
  if (secrets.length === 0) return value;
  if (typeof value === 'string') return (value.startsWith('data:image/') ? value : redact(value, secrets)) as T;
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, secrets)) as T;
  if (value && typeof value === 'object') {
    if (isImageSource(value)) return value;
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactDeep(item, secrets)])) as T;
  }
  return value;
}

function isImageSource(value: object): boolean {
  const source = value as { type?: unknown; media_type?: unknown; data?: unknown };
  return source.type === 'base64' && typeof source.media_type === 'string' && source.media_type.startsWith('image/');
}

export type Substitution = { text: string } | { refused: string };

/** Puts secret values in place of placeholders, or refuses when the page is not one the secret is allowed on. */
export function substitute(text: string, secrets: Secret[], pageUrl: string): Substitution {
  let refusal: string | undefined;
  const replaced = text.replace(PLACEHOLDER, (whole, name: string) => {
    const secret = secrets.find((candidate) => candidate.name === name);
    if (!secret) {
      refusal ??= `There is no secret named "${name}".`;
      return whole;
    }
    if (!urlMatches(pageUrl, secret.allowed)) {
      refusal ??= `The secret "${name}" may not be used on ${originOf(pageUrl)}; it is only allowed on ${secret.allowed.map((p) => p.source).join(', ')}.`;
      return whole;
    }
    return secret.value;
  });
  return refusal ? { refused: refusal } : { text: replaced };
}

/** The names of the secrets a text's placeholders name. */
export function placeholderNames(text: string): string[] {
  return Array.from(text.matchAll(PLACEHOLDER), (match) => match[1]!);
}

export function hasPlaceholder(text: string): boolean {
  return new RegExp(PLACEHOLDER.source).test(text);
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url || 'this page';
  }
}
