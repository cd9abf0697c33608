import { parseUrlPattern } from '../../shared/url-patterns';
/**
 * Allowed domains as typed, one per line or separated by commas. People paste whole addresses, so a scheme, a path
 * or a leading "*." is dropped; what is left must look like a host name.
 */
export function parseDomains(text: string): { domains: string[] } | { error: string } {
  const domains: string[] = [];
  for (const raw of text.split(/[\n,]+/)) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    const host = entry
      .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
      .replace(/[/?#].*$/, '')
      .replace(/^\*\./, '')
      .replace(/:\d+$/, '');
    if (!/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/.test(host)) {
      return { error: `"${raw.trim()}" is not a domain name, e.g. example.com.` };
    }
    // A task's allowed URLs are `*.<domain>`: the same pattern language refuses what is too broad (com, co.uk).
    try {
      parseUrlPattern(`*.${host}`);
    } catch {
      return { error: `"${raw.trim()}" is too broad: name a site, such as example.com, not a whole top-level domain.` };
    }
    if (!domains.includes(host)) domains.push(host);
  }
  return { domains };
}
