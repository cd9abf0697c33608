import { isPlainObject } from '../../shared/json-schema';
import { BadRequest } from './bad-request';

type TabwrightSecrets = Record<string, { value: string; allowedUrls: string[] }>;

/**
 * The hosted API's SDKs send secrets in two shapes: the TypeScript SDK `{ name: { value, allowed_urls } }`, the
 * Python SDK `{ "https://site/*": { name: value } }` (a URL pattern, then the secrets allowed there). Both become
 * Tabwright's `{ name: { value, allowedUrls } }`; a name given two different values is refused.
 */
export function toTabwrightSecrets(raw: unknown): TabwrightSecrets | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!isPlainObject(raw)) throw new BadRequest('"secrets" must be an object.');
  const secrets = new Map<string, { value: string; allowedUrls: string[] }>();
  const add = (name: string, value: unknown, urls: unknown) => {
    if (typeof value !== 'string' || !Array.isArray(urls) || !urls.every((url) => typeof url === 'string')) {
      throw new BadRequest(`Secret "${name}" needs a text value and a list of allowed URL patterns.`);
    }
    const known = secrets.get(name);
    if (known && known.value !== value) throw new BadRequest(`Secret "${name}" is given two different values.`);
    secrets.set(name, { value, allowedUrls: [...(known?.allowedUrls ?? []), ...urls] });
  };
  for (const [key, entry] of Object.entries(raw)) {
    if (!isPlainObject(entry)) throw new BadRequest(`Secret "${key}" must be an object.`);
    if ('value' in entry) add(key, entry.value, entry.allowed_urls ?? entry.allowedUrls);
    else for (const [name, value] of Object.entries(entry)) add(name, value, [key]);
  }
  return secrets.size > 0 ? Object.fromEntries(secrets) : undefined;
}
