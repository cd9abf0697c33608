import { readFile } from 'node:fs/promises';
import { isPlainObject } from '../shared/json-schema';
import { type OptionWireName, TASK_OPTIONS } from '../shared/task-options';
import type { RunTaskOptions } from '../sdk/task-options';
import { type TaskFlags, UsageError, wholeNumber } from './arguments';

type Environment = Readonly<Record<string, string | undefined>>;
type FromFlags = (flags: TaskFlags, env: Environment) => Promise<Partial<RunTaskOptions>>;

/**
 * How the CLI turns each option's flags (named in the option table) into the SDK's option. A Record over every wire
 * name: an option added to the table does not compile until the CLI says how to give it.
 */
const FROM_FLAGS: { readonly [W in OptionWireName]: FromFlags } = {
  task: async () => ({}),
  // Tools run in the caller's process: a script gives them through the SDK; the CLI has no way to.
  custom_tools: async () => ({}),
  url: async (flags) => single(flags, 'url', (url) => ({ url })),
  max_steps: async (flags) => single(flags, 'max-steps', (text) => ({ maxSteps: wholeNumber('--max-steps', text) })),
  metadata: async (flags) => {
    const metadata = parseMetadata(flags.get('metadata') ?? [], flags.get('metadata-json')?.[0]);
    return metadata ? { metadata } : {};
  },
  response_model: async (flags) => {
    const file = flags.get('schema')?.[0];
    return file === undefined ? {} : { responseModel: await readSchema(file) };
  },
  max_credits: async (flags) =>
    single(flags, 'max-credits', (text) => ({ maxCredits: positiveNumber('--max-credits', text) })),
  allowed_urls: async (flags) => {
    const urls = flags.get('allowed-url');
    return urls ? { allowedUrls: [...urls] } : {};
  },
  secrets: async (flags, env) => {
    const secrets = new Map<string, { value: string; allowedUrls: string[] }>();
    const sites = flags.get('allowed-url') ?? [];
    for (const spec of flags.get('secret') ?? []) {
      const { name, source, allowedUrls } = secretSpec('--secret', spec, sites);
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(source)) {
        throw new UsageError(
          `--secret ${name}=… takes the name of an environment variable that holds the value, not the value itself.`,
        );
      }
      const value = env[source];
      if (value === undefined || value === '')
        throw new UsageError(`Secret "${name}": the environment variable ${source} is not set.`);
      addSecret(secrets, name, { value, allowedUrls });
    }
    for (const spec of flags.get('secret-file') ?? []) {
      const { name, source, allowedUrls } = secretSpec('--secret-file', spec, sites);
      const text = await readFile(source, 'utf8').catch((error: Error) => {
        throw new UsageError(`Secret "${name}": cannot read ${source}: ${error.message}`);
      });
      addSecret(secrets, name, { value: text.replace(/\r?\n$/, ''), allowedUrls });
    }
    return secrets.size > 0 ? { secrets: Object.fromEntries(secrets) } : {};
  },
  files: async (flags) => {
    const files = flags.get('file');
    return files ? { files: [...files] } : {};
  },
  confirmation_policy: async (flags) =>
    single(flags, 'confirm', (policy) => ({ confirm: policy as NonNullable<RunTaskOptions['confirm']> & string })),
};

/** The task's options from the command line; every mistake is a UsageError, before any browser starts. */
export async function taskOptionsFromFlags(task: string, flags: TaskFlags, env: Environment): Promise<RunTaskOptions> {
  const options: RunTaskOptions = { task };
  for (const wire of Object.keys(TASK_OPTIONS) as OptionWireName[])
    Object.assign(options, await FROM_FLAGS[wire](flags, env));
  return options;
}

function single<T>(flags: TaskFlags, flag: string, convert: (text: string) => T): T | object {
  const text = flags.get(flag)?.[0];
  return text === undefined ? {} : convert(text);
}

/** NAME=SOURCE[@PATTERN,...]; without patterns, the task's --allowed-url ones. */
function secretSpec(
  flag: string,
  spec: string,
  sites: readonly string[],
): { name: string; source: string; allowedUrls: string[] } {
  const equals = spec.indexOf('=');
  const name = equals < 0 ? '' : spec.slice(0, equals).trim();
  if (!name)
    throw new UsageError(`${flag} takes NAME=${flag === '--secret' ? 'ENVVAR' : 'FILE'}[@PATTERN,...], not "${spec}".`);
  const rest = spec.slice(equals + 1);
  const at = rest.indexOf('@');
  const source = (at < 0 ? rest : rest.slice(0, at)).trim();
  const patterns =
    at < 0
      ? [...sites]
      : rest
          .slice(at + 1)
          .split(',')
          .map((pattern) => pattern.trim())
          .filter(Boolean);
  if (patterns.length === 0) {
    throw new UsageError(
      `Secret "${name}" needs the sites where it may be typed: ${flag} ${name}=${source || '…'}@https://site.example/* (or give --allowed-url).`,
    );
  }
  return { name, source, allowedUrls: patterns };
}

function addSecret(
  secrets: Map<string, { value: string; allowedUrls: string[] }>,
  name: string,
  secret: { value: string; allowedUrls: string[] },
) {
  if (secrets.has(name)) throw new UsageError(`Secret "${name}" is given twice.`);
  secrets.set(name, secret);
}

/**
 * `--metadata key=value` gives text values (so a zip code stays "01234"); `--metadata-json` gives typed ones. A key
 * given twice is refused rather than silently overwritten.
 */
function parseMetadata(pairs: readonly string[], json: string | undefined): Record<string, unknown> | undefined {
  const metadata = new Map<string, unknown>();
  if (json !== undefined) {
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch {
      throw new UsageError('--metadata-json must be a JSON object, e.g. \'{"count": 3}\'.');
    }
    if (!isPlainObject(value)) throw new UsageError('--metadata-json must be a JSON object, e.g. \'{"count": 3}\'.');
    for (const [key, item] of Object.entries(value)) metadata.set(key, item);
  }
  for (const pair of pairs) {
    const equals = pair.indexOf('=');
    const key = equals < 0 ? '' : pair.slice(0, equals).trim();
    if (!key) throw new UsageError(`--metadata takes key=value, not "${pair}".`);
    if (metadata.has(key)) throw new UsageError(`Metadata "${key}" is given twice.`);
    metadata.set(key, pair.slice(equals + 1));
  }
  return metadata.size > 0 ? Object.fromEntries(metadata) : undefined;
}

function positiveNumber(flag: string, text: string): number {
  const value = Number(text);
  if (!text.trim() || !Number.isFinite(value) || value <= 0)
    throw new UsageError(`${flag} must be a positive number, not "${text}".`);
  return value;
}

async function readSchema(file: string): Promise<RunTaskOptions['responseModel']> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(
      `Cannot read the schema file ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  try {
    return JSON.parse(text) as RunTaskOptions['responseModel'];
  } catch (error) {
    throw new UsageError(
      `The schema file ${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
