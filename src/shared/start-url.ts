import { TabwrightError } from './errors';

/**
 * The one check of a Start URL, shared by the panel's form (at the field, before anything starts), the worker, the
 * SDK and the CLI. A bare host such as "example.com" is what people type: it gets https:// rather than a refusal.
 * A host must look like one (a dot, localhost, or an IP address), so a phrase never becomes a navigation that fails.
 */
export function checkStartUrl(value: unknown): { url: string } | { error: string } {
  if (typeof value !== 'string') return { error: 'Start URL must be text.' };
  const text = value.trim();
  if (/\s/.test(text) || !text)
    return {
      error: `Start URL "${text}" is not a web address: write it like example.com or https://example.com/page.`,
    };
  // "localhost:3000" is a host and a port, not a scheme.
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[a-z0-9.-]+:\d+(\/|$)/i.test(text);
  const candidate = hasScheme ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return {
      error: `Start URL "${text}" is not a web address: write it like example.com or https://example.com/page.`,
    };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { error: `Start URL must be an http(s) address, not ${url.protocol}` };
  }
  const host = url.hostname;
  const looksLikeHost = host.includes('.') || host === 'localhost' || host.startsWith('[');
  if (!looksLikeHost || host.endsWith('.') || host.startsWith('.')) {
    return { error: `Start URL "${text}" has no domain: write it like example.com or https://example.com/page.` };
  }
  return { url: url.href };
}

/** The same check for callers that throw: a TabwrightError naming the `url` option. */
export function parseStartUrl(value: unknown): string {
  const checked = checkStartUrl(value);
  if ('error' in checked) throw new TabwrightError('invalid_option', checked.error, 'url');
  return checked.url;
}
