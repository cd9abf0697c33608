import { parseUrlPattern, type UrlPattern, urlMatches } from '../../shared/url-patterns';

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
}

const NAME = /^[A-Za-z][\w.-]{0,63}$/;
const PLACEHOLDER = /<secret>([^<]{1,64})<\/secret>/g;
/** Values shorter than this would redact ordinary words; such secrets are refused up front. */
const MIN_VALUE_LENGTH = 4;

export function parseSecrets(raw: unknown): Secret[] {
  if (raw === undefined || raw === null) return [];
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new Error('Secrets must be an object: { name: { value, allowedUrls } }.');
  return Object.entries(raw as Record<string, unknown>).map(([name, entry]) => {
    if (!NAME.test(name)) throw new Error(`Secret name "${name}" must start with a letter and use only letters, digits, _ . -`);
    const { value, allowedUrls } = (entry ?? {}) as Partial<SecretInput>;
    if (typeof value !== 'string' || value.length < MIN_VALUE_LENGTH) {
      throw new Error(`Secret "${name}" needs a value of at least ${MIN_VALUE_LENGTH} characters.`);
    }
    if (!Array.isArray(allowedUrls) || allowedUrls.length === 0 || !allowedUrls.every((url) => typeof url === 'string')) {
      throw new Error(`Secret "${name}" needs allowedUrls: the sites where it may be typed.`);
    }
    return { name, value, allowed: allowedUrls.map(parseUrlPattern) };
  });
}

export function placeholder(name: string): string {
  return `<secret>${name}</secret>`;
}

/** Replaces every occurrence of a secret value (and its common encodings) by its placeholder. */
export function redact(text: string, secrets: Secret[]): string {
  let result = text;
  for (const secret of secrets) {
    for (const form of new Set([secret.value, encodeURIComponent(secret.value), JSON.stringify(secret.value).slice(1, -1)])) {
      if (form.length >= MIN_VALUE_LENGTH) result = result.split(form).join(placeholder(secret.name));
    }
  }
  return result;
}

/** Deep-redacts every string in a JSON-like value (a request body, a task state). */
export function redactDeep<T>(value: T, secrets: Secret[]): T {
  if (secrets.length === 0) return value;
  if (typeof value === 'string') return redact(value, secrets) as T;
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, secrets)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactDeep(item, secrets)])) as T;
  }
  return value;
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
