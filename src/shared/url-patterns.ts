/**
 * The allowed-URL pattern language, one definition for every place that decides where a task may go: task
 * `allowed_urls`, each secret's `allowedUrls`, Settings' allowed domains (`example.com` there means `*.example.com`)
 * and the declarativeNetRequest fence rules (whose regexFilter is generated from the same parsed pattern).
 *
 *   pattern  = [scheme "://"] host [":" port] [path]
 *   scheme   = "http" | "https" | "*"            absent or "*": http and https
 *   host     = name | "*." name | "*" name        a name matches that host only; "*." the domain and every subdomain;
 *                                                 "*name" (the hosted API's examples: `https://*example.com/*`) is
 *                                                 read as "*.name", never as "any host ending in name"
 *   port     = digits                             absent: any port; the scheme's default port may be written or not
 *   path     = "/" glob                           absent: any path; "*" matches any characters (also "/"), matched
 *                                                 against path and query; never against the host
 *
 * Hosts compare as the browser canonicalizes them: lowercase, internationalized names as punycode, a trailing dot
 * dropped. A URL is parsed before it is matched, so `http://bank.example@evil.test/` is on evil.test and
 * `http://evil.test/x.bank.example/` is on evil.test. Over-broad patterns are refused: `*`, an empty host, a `*`
 * anywhere in the host but a leading `*.`, a single-label host other than localhost (a bare TLD), and `*.` over a
 * public suffix such as `*.com` or `*.co.uk`.
 */
export interface UrlPattern {
  source: string;
  schemes: Array<'http:' | 'https:'>;
  /** Canonical host, without the `*.`. */
  host: string;
  /** The host's subdomains match too (`*.` pattern). */
  subdomains: boolean;
  /** Digits, or undefined for any port. */
  port?: string;
  /** The path glob (starting with "/"); undefined for any path. */
  path?: string;
}

const SCHEME = /^([a-z*]+):\/\//i;
/** Second-level labels that are public suffixes under a country code (co.uk, com.au, ...). */
const SECOND_LEVEL_SUFFIXES = new Set([
  'co',
  'com',
  'net',
  'org',
  'gov',
  'edu',
  'ac',
  'or',
  'ne',
  'go',
  'gob',
  'mil',
  'nic',
  'ltd',
  'plc',
]);
const DEFAULT_PORTS: Record<'http:' | 'https:', string> = { 'http:': '80', 'https:': '443' };

export function parseUrlPattern(source: string): UrlPattern {
  const trimmed = source.trim();
  const fail = (why: string) => new Error(`Allowed URL pattern "${trimmed}" ${why}`);
  if (!trimmed) throw new Error('An allowed URL pattern is empty.');
  const schemeMatch = SCHEME.exec(trimmed);
  const scheme = schemeMatch?.[1]?.toLowerCase();
  if (scheme && scheme !== '*' && scheme !== 'http' && scheme !== 'https')
    throw fail('is not allowed: only http and https URLs can be allowed.');
  const rest = schemeMatch ? trimmed.slice(schemeMatch[0].length) : trimmed;
  const slash = rest.search(/[/?#]/);
  const authority = slash < 0 ? rest : rest.slice(0, slash);
  const pathPart = slash < 0 ? undefined : rest.slice(slash);
  if (pathPart !== undefined && !pathPart.startsWith('/')) throw fail('has a path that does not start with "/".');
  if (/[@\s\\]/.test(authority))
    throw fail('is not a valid URL pattern (a host, optionally *. before it, a port and a path).');
  const portMatch = /:(\d{1,5})$/.exec(authority);
  const hostPart = portMatch ? authority.slice(0, portMatch.index) : authority;
  const subdomains = hostPart.startsWith('*');
  const name = hostPart.replace(/^\*\.?/, '');
  if (name === '' || name === '*') throw fail('is too broad: name a site, such as example.com or *.example.com.');
  if (name.includes('*'))
    throw fail('is not valid: "*" may only start a host, as in *.example.com (the domain and its subdomains).');
  const host = canonicalHost(name);
  if (host === undefined) throw fail('is not a valid host name.');
  const labels = host.startsWith('[') ? [host] : host.split('.');
  const isIp = host.startsWith('[') || /^\d+\.\d+\.\d+\.\d+$/.test(host);
  if (!isIp && labels.length === 1 && host !== 'localhost')
    throw fail('is too broad: a top-level domain alone is not a site.');
  if (subdomains && !isIp && host !== 'localhost' && isPublicSuffix(labels))
    throw fail(`is too broad: *.${host} covers every site under a public suffix.`);
  return {
    source: trimmed,
    schemes: !scheme || scheme === '*' ? ['http:', 'https:'] : [`${scheme}:` as 'http:' | 'https:'],
    host,
    subdomains,
    ...(portMatch ? { port: String(Number(portMatch[1])) } : {}),
    ...(pathPart !== undefined && pathPart !== '/*' ? { path: pathPart } : {}),
  };
}

/** The host as the browser writes it in a URL, or undefined when it is not a host. */
function canonicalHost(name: string): string | undefined {
  try {
    const url = new URL(`http://${name}/`);
    if (url.username || url.password || url.port || url.pathname !== '/') return undefined;
    return url.hostname.replace(/\.$/, '');
  } catch {
    return undefined;
  }
}

function isPublicSuffix(labels: string[]): boolean {
  if (labels.length === 1) return true;
  return labels.length === 2 && labels[1]!.length === 2 && SECOND_LEVEL_SUFFIXES.has(labels[0]!);
}

/** A URL parsed, when it is an http or https one. */
export function parseHttpUrl(url: string): URL | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : undefined;
}

export function urlMatches(url: string, patterns: UrlPattern[]): boolean {
  const parsed = parseHttpUrl(url);
  if (!parsed) return false;
  const host = parsed.hostname.replace(/\.$/, '');
  return patterns.some((pattern) => {
    if (!pattern.schemes.includes(parsed.protocol as 'http:' | 'https:')) return false;
    if (host !== pattern.host && !(pattern.subdomains && host.endsWith(`.${pattern.host}`))) return false;
    if (
      pattern.port !== undefined &&
      (parsed.port || DEFAULT_PORTS[parsed.protocol as 'http:' | 'https:']) !== pattern.port
    )
      return false;
    return (
      pattern.path === undefined || new RegExp(`^${globToRegex(pattern.path)}$`).test(parsed.pathname + parsed.search)
    );
  });
}

/**
 * The same pattern as a regular expression over a whole request URL as the browser writes it (canonical, without a
 * fragment), in the RE2 syntax declarativeNetRequest takes. Host characters never include "/", "?", "#" or "@", so
 * the host part cannot run into the path; user info is skipped, as the parsed URL skips it.
 */
export function patternRegex(pattern: UrlPattern): string {
  const host = `${pattern.subdomains ? '(?:[^/?#@:]+\\.)?' : ''}${escapeRegex(pattern.host)}\\.?`;
  const path = pattern.path === undefined ? '(?:[/?].*)?' : globToRegex(pattern.path);
  const alternatives = pattern.schemes.map((scheme) => {
    const port =
      pattern.port === undefined
        ? '(?::[0-9]+)?'
        : pattern.port === DEFAULT_PORTS[scheme]
          ? `(?::${pattern.port})?`
          : `:${pattern.port}`;
    return `${scheme.slice(0, -1)}://(?:[^/?#@]*@)?${host}${port}`;
  });
  return `^(?:${alternatives.join('|')})${path}$`;
}

function globToRegex(glob: string): string {
  return glob.split('*').map(escapeRegex).join('.*');
}

function escapeRegex(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** Pages every task may show whatever its allowed sites: blank and error pages lead nowhere. */
export function isNeutralUrl(url: string): boolean {
  return url === '' || url === 'about:blank' || url.startsWith('chrome-error://');
}
