import { TabwrightError } from './errors';
import { isPlainObject, type JsonSchema } from './json-schema';
import { parseStartUrl } from './start-url';
import type { TaskOptions } from './task';

export const MIN_STEPS = 2;
export const MAX_STEPS = 128;
export const DEFAULT_MAX_STEPS = 32;

const KNOWN = new Set(['task', 'url', 'max_steps', 'metadata', 'response_model', 'max_credits', 'allowed_urls', 'secrets', 'files']);
/** Attached files travel inline through extension messaging and session storage: keep them small. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

/**
 * Checks options from any caller (UI form, SDK, CLI) and says exactly which one is wrong.
 * Whether `response_model` compiles is checked later by ajv, where eval is allowed.
 */
export function parseTaskOptions(raw: unknown): TaskOptions {
  if (!isPlainObject(raw)) throw new TabwrightError('invalid_option', 'Task options must be an object.');
  for (const key of Object.keys(raw)) {
    if (!KNOWN.has(key) && raw[key] !== undefined) {
      throw new TabwrightError('invalid_option', `Unknown option "${key}".`, key);
    }
  }

  const task = typeof raw.task === 'string' ? raw.task.trim() : '';
  if (!task) throw new TabwrightError('invalid_option', 'Task is required: say what the agent should do.', 'task');

  const options: TaskOptions = { task, max_steps: parseMaxSteps(raw.max_steps) };

  if (raw.url !== undefined && raw.url !== null && raw.url !== '') options.url = parseStartUrl(raw.url);

  if (raw.metadata !== undefined && raw.metadata !== null) {
    if (!isPlainObject(raw.metadata)) {
      throw new TabwrightError('invalid_option', 'Metadata must be a JSON object of named values, e.g. {"name": "Ada"}.', 'metadata');
    }
    options.metadata = raw.metadata;
  }

  if (raw.response_model !== undefined && raw.response_model !== null) {
    if (!isPlainObject(raw.response_model) && typeof raw.response_model !== 'boolean') {
      throw new TabwrightError('invalid_option', 'Response schema must be a JSON Schema object.', 'response_model');
    }
    options.response_model = raw.response_model as JsonSchema;
  }

  if (raw.max_credits !== undefined && raw.max_credits !== null) {
    const credits = raw.max_credits;
    if (typeof credits !== 'number' || !Number.isFinite(credits) || credits <= 0) {
      throw new TabwrightError('invalid_option', 'Credit budget must be a positive number (1 credit = US$0.01).', 'max_credits');
    }
    options.max_credits = credits;
  }

  if (raw.allowed_urls !== undefined && raw.allowed_urls !== null) {
    const urls = raw.allowed_urls;
    if (!Array.isArray(urls) || urls.length === 0 || !urls.every((url) => typeof url === 'string' && url.trim())) {
      throw new TabwrightError('invalid_option', 'Allowed URLs must be a non-empty list of URL patterns, e.g. ["*.example.com"].', 'allowed_urls');
    }
    options.allowed_urls = urls.map((url: string) => url.trim());
  }

  if (raw.secrets !== undefined && raw.secrets !== null) {
    if (!isPlainObject(raw.secrets)) {
      throw new TabwrightError('invalid_option', 'Secrets must be an object: { "name": { "value": "…", "allowedUrls": ["…"] } }.', 'secrets');
    }
    options.secrets = raw.secrets as TaskOptions['secrets'];
  }

  if (raw.files !== undefined && raw.files !== null) options.files = parseFiles(raw.files);
  return options;
}

function parseMaxSteps(value: unknown): number {
  if (value === undefined || value === null || value === '') return DEFAULT_MAX_STEPS;
  const steps = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof steps !== 'number' || !Number.isInteger(steps) || steps < MIN_STEPS || steps > MAX_STEPS) {
    throw new TabwrightError(
      'invalid_option',
      `Max steps must be a whole number from ${MIN_STEPS} to ${MAX_STEPS} (got ${JSON.stringify(value)}).`,
      'max_steps',
    );
  }
  return steps;
}

function parseFiles(value: unknown): NonNullable<TaskOptions['files']> {
  const files = Array.isArray(value) ? value : [];
  const valid = files.every(
    (file) => isPlainObject(file) && typeof file.name === 'string' && typeof file.type === 'string' && typeof file.data === 'string',
  );
  if (!Array.isArray(value) || !valid) {
    throw new TabwrightError('invalid_option', 'Files must be a list of { name, type, data (base64) }.', 'files');
  }
  const bytes = files.reduce((sum, file) => sum + Math.floor((file.data as string).length * 0.75), 0);
  if (bytes > MAX_ATTACHMENT_BYTES) {
    throw new TabwrightError('invalid_option', `Attached files add up to ${(bytes / 1048576).toFixed(1)} MB; the limit is 5 MB.`, 'files');
  }
  return files as NonNullable<TaskOptions['files']>;
}
