/**
 * allowed_urls are glob patterns a person can write: `https://shop.example/*`, `*.example.com`, `example.com/account/*`.
 * A pattern without a scheme matches http and https; a host starting with `*.` matches the domain itself and every
 * subdomain; `*` in a path matches anything. Matching is on the parsed URL, never on raw strings, so
 * `https://example.com.evil.test/` cannot pass for `example.com`.
 */
export interface UrlPattern {
  source: string;
  schemes: string[];
  host: RegExp;
  path: RegExp;
}

export function parseUrlPattern(source: string): UrlPattern {
  const trimmed = source.trim();
  if (!trimmed) throw new Error('An allowed URL pattern is empty.');
  const schemeMatch = /^([a-z*]+):\/\//i.exec(trimmed);
  const scheme = schemeMatch?.[1]?.toLowerCase();
  const rest = schemeMatch ? trimmed.slice(schemeMatch[0].length) : trimmed;
  const slash = rest.indexOf('/');
  const hostPart = (slash < 0 ? rest : rest.slice(0, slash)).toLowerCase();
  const pathPart = slash < 0 ? '/*' : rest.slice(slash);
  if (scheme && scheme !== '*' && scheme !== 'http' && scheme !== 'https') {
    throw new Error(`"${source}": only http and https URLs can be allowed.`);
  }
  if (!hostPart || /[^a-z0-9.*:[\]-]/.test(hostPart)) throw new Error(`"${source}" is not a valid URL pattern.`);
  return {
    source: trimmed,
    schemes: !scheme || scheme === '*' ? ['http:', 'https:'] : [`${scheme}:`],
    host: hostRegex(hostPart),
    path: new RegExp(`^${globToRegex(pathPart)}$`),
  };
}

function hostRegex(host: string): RegExp {
  if (host === '*') return /^.*$/;
  if (host.startsWith('*.')) return new RegExp(`^(?:[^.]+\\.)*${escapeRegex(host.slice(2))}$`);
  return new RegExp(`^${globToRegex(host)}$`);
}

function globToRegex(glob: string): string {
  return glob.split('*').map(escapeRegex).join('.*');
}

function escapeRegex(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

export function urlMatches(url: string, patterns: UrlPattern[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const host = parsed.port ? `${parsed.hostname}:${parsed.port}` : parsed.hostname;
  return patterns.some(
    (pattern) =>
      pattern.schemes.includes(parsed.protocol) &&
      (pattern.host.test(host) || pattern.host.test(parsed.hostname)) &&
      pattern.path.test(parsed.pathname + parsed.search),
  );
}

/** Pages every task may show whatever its allowed sites: blank and error pages lead nowhere. */
export function isNeutralUrl(url: string): boolean {
  return url === '' || url === 'about:blank' || url.startsWith('chrome-error://');
}
