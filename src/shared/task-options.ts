import { parseCustomTools } from './custom-tools';
/**
 * The one definition of a task's options. Every surface derives from this table: the worker's parser (wire names,
 * validation), the SDK (its camelCase names), the CLI (its flags and usage text) and the panel form (its field names
 * and labels). Settings' defaults are applied later, in one place: the worker (task-defaults.ts).
 */
import { TabwrightError } from './errors';
import { isPlainObject, type JsonSchema } from './json-schema';
import type { UploadFile } from './protocol';
import { type ConfirmationPolicy, CONFIRMATION_POLICIES } from './confirmation-policy';
import type { TaskRequest } from './task';
import { parseStartUrl } from './start-url';
import { parseUrlPattern } from './url-patterns';

export const MIN_STEPS = 2;
export const MAX_STEPS = 128;
export const DEFAULT_MAX_STEPS = 32;
/** Attached files travel inline through extension messaging and session storage: keep them small. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

export type OptionWireName = keyof TaskRequest;

/** A command-line flag that sets (part of) an option; the CLI turns its text into the option's value. */
export interface OptionFlag {
  flag: string;
  /** What follows the flag in the usage text (e.g. `URL`). */
  arg: string;
  help: string;
  repeatable?: boolean;
}

export interface TaskOptionSpec<W extends OptionWireName = OptionWireName> {
  /** The API's (snake_case) name: the worker, the bridge and the hosted API use it. */
  wire: W;
  /** The SDK's (camelCase) name; also the panel form's field name. */
  sdk: string;
  /** What the panel calls the field, and what error messages call the option. */
  label: string;
  /** One line for SDK docs and the panel's hint. */
  help: string;
  /** The CLI's flags for it (the task itself is the positional argument). */
  flags: readonly OptionFlag[];
  /** Checks and normalizes a value as received (never undefined or null: those mean "not given"). */
  parse(value: unknown): NonNullable<TaskRequest[W]>;
}

type OptionTable = { readonly [W in OptionWireName]: TaskOptionSpec<W> };

export const TASK_OPTIONS = {
  task: {
    wire: 'task',
    sdk: 'task',
    label: 'Task',
    help: 'What the agent should do, in words.',
    flags: [],
    parse: (value) => {
      const task = typeof value === 'string' ? value.trim() : '';
      if (!task) throw invalid('task', 'Task is required: say what the agent should do.');
      return task;
    },
  },
  url: {
    wire: 'url',
    sdk: 'url',
    label: 'Start URL',
    help: 'Where the task starts; by default, the page the tab (or session) is on.',
    flags: [{ flag: 'url', arg: 'URL', help: 'start the task on this page' }],
    parse: parseStartUrl,
  },
  max_steps: {
    wire: 'max_steps',
    sdk: 'maxSteps',
    label: 'Max steps',
    help: `${MIN_STEPS} to ${MAX_STEPS}; default from Settings (${DEFAULT_MAX_STEPS} unless changed).`,
    flags: [
      {
        flag: 'max-steps',
        arg: 'N',
        help: `${MIN_STEPS} to ${MAX_STEPS} (default: Settings, else ${DEFAULT_MAX_STEPS})`,
      },
    ],
    parse: parseMaxSteps,
  },
  metadata: {
    wire: 'metadata',
    sdk: 'metadata',
    label: 'Metadata',
    help: 'Named values the agent may use, e.g. a name or an address.',
    flags: [
      {
        flag: 'metadata',
        arg: 'KEY=VALUE',
        help: 'a named value the agent may use (text); repeatable',
        repeatable: true,
      },
      { flag: 'metadata-json', arg: 'JSON', help: 'named values as a JSON object (numbers, lists, ...)' },
    ],
    parse: (value) => {
      if (!isPlainObject(value))
        throw invalid('metadata', 'Metadata must be a JSON object of named values, e.g. {"name": "Ada"}.');
      return value;
    },
  },
  response_model: {
    wire: 'response_model',
    sdk: 'responseModel',
    label: 'Response schema',
    help: 'A JSON Schema the output must match.',
    flags: [{ flag: 'schema', arg: 'FILE', help: 'a JSON Schema file the output must match' }],
    // Whether it compiles is checked later by ajv, where eval is allowed.
    parse: (value) => {
      if (!isPlainObject(value) && typeof value !== 'boolean')
        throw invalid('response_model', 'Response schema must be a JSON Schema object.');
      return value as JsonSchema;
    },
  },
  max_credits: {
    wire: 'max_credits',
    sdk: 'maxCredits',
    label: 'Credit budget',
    help: 'Stop once the task has spent this many credits (1 credit = US$0.01); default from Settings.',
    flags: [{ flag: 'max-credits', arg: 'N', help: 'stop once the task has spent N credits (1 credit = US$0.01)' }],
    parse: (value) => {
      if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
        throw invalid('max_credits', 'Credit budget must be a positive number (1 credit = US$0.01).');
      }
      return value;
    },
  },
  allowed_urls: {
    wire: 'allowed_urls',
    sdk: 'allowedUrls',
    label: 'Allowed sites',
    help: 'URL patterns the agent may visit (e.g. "*.example.com"); everything else is blocked. Default from Settings.',
    flags: [
      {
        flag: 'allowed-url',
        arg: 'PATTERN',
        help: 'a site the agent may visit, e.g. "*.example.com"; repeatable',
        repeatable: true,
      },
    ],
    parse: (value) => {
      if (!Array.isArray(value) || value.length === 0 || !value.every((url) => typeof url === 'string' && url.trim())) {
        throw invalid('allowed_urls', 'Allowed URLs must be a non-empty list of URL patterns, e.g. ["*.example.com"].');
      }
      return checkedPatterns('allowed_urls', value, '');
    },
  },
  secrets: {
    wire: 'secrets',
    sdk: 'secrets',
    label: 'Secrets',
    help: 'Values the model sees only as <secret>name</secret>, typed only on the sites each one allows.',
    flags: [
      {
        flag: 'secret',
        arg: 'NAME=ENVVAR[@PATTERN,...]',
        help: 'a secret whose value is in the environment variable ENVVAR, typed only on PATTERN (default: --allowed-url); repeatable',
        repeatable: true,
      },
      {
        flag: 'secret-file',
        arg: 'NAME=FILE[@PATTERN,...]',
        help: 'a secret whose value is the content of FILE (one trailing newline dropped); repeatable',
        repeatable: true,
      },
    ],
    parse: parseSecretsShape,
  },
  files: {
    wire: 'files',
    sdk: 'files',
    label: 'Files',
    help: "Files the agent may put into the page's file inputs.",
    flags: [
      { flag: 'file', arg: 'PATH', help: 'a file the agent may upload into the page; repeatable', repeatable: true },
    ],
    parse: parseFiles,
  },
  confirmation_policy: {
    wire: 'confirmation_policy',
    sdk: 'confirm',
    label: 'Ask before',
    help: 'Which actions wait for a person: never, sensitive (payments, sending, deleting, ...) or always. Default from Settings.',
    flags: [
      {
        flag: 'confirm',
        arg: 'never|sensitive|always',
        help: 'which actions ask you first (default: Settings, else sensitive)',
      },
    ],
    parse: (value) => {
      if (typeof value !== 'string' || !(CONFIRMATION_POLICIES as readonly string[]).includes(value)) {
        throw invalid(
          'confirmation_policy',
          `The confirmation policy must be one of ${CONFIRMATION_POLICIES.join(', ')} (got ${JSON.stringify(value)}).`,
        );
      }
      return value as ConfirmationPolicy;
    },
  },
  custom_tools: {
    wire: 'custom_tools',
    sdk: 'tools',
    label: 'Custom tools',
    help: 'Tools the caller runs itself: the model gets their definitions, the caller answers each call.',
    flags: [],
    parse: parseCustomTools,
  },
} as const satisfies OptionTable;

/** The SDK's names of the task options, as a type: the SDK's option interface is checked against it. */
export type SdkOptionName = (typeof TASK_OPTIONS)[OptionWireName]['sdk'];

export const OPTION_SPECS: readonly TaskOptionSpec[] = Object.values(TASK_OPTIONS) as TaskOptionSpec[];
const BY_WIRE = new Map<string, TaskOptionSpec>(OPTION_SPECS.map((spec) => [spec.wire, spec]));
const BY_SDK = new Map<string, TaskOptionSpec>(OPTION_SPECS.map((spec) => [spec.sdk, spec]));

export function specByWireName(name: string): TaskOptionSpec | undefined {
  return BY_WIRE.get(name);
}

export function specBySdkName(name: string): TaskOptionSpec | undefined {
  return BY_SDK.get(name);
}

/** "Unknown option" with the closest known name, when one is close: a typo should say what was meant. */
export function unknownOptionMessage(name: string, known: readonly string[]): string {
  const close = closestName(name, known);
  return `Unknown option "${name}".${close ? ` Did you mean "${close}"?` : ''} Options: ${known.join(', ')}.`;
}

/** The known name a mistyped one most likely meant, if any is close enough. */
export function closestName(name: string, known: readonly string[]): string | undefined {
  const ranked = known.map((candidate) => ({
    candidate,
    distance: editDistance(name.toLowerCase(), candidate.toLowerCase()),
  }));
  const best = ranked.sort((a, b) => a.distance - b.distance)[0];
  return best && best.distance <= Math.max(2, Math.floor(name.length / 3)) ? best.candidate : undefined;
}

/**
 * Checks options from any caller (UI form, SDK, CLI) and says exactly which one is wrong. Options not given stay
 * absent: the worker fills them from Settings.
 */
export function parseTaskOptions(raw: unknown): TaskRequest {
  if (!isPlainObject(raw)) throw new TabwrightError('invalid_option', 'Task options must be an object.');
  const parsed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const spec = BY_WIRE.get(key);
    if (!spec) {
      if (value === undefined) continue;
      throw new TabwrightError('invalid_option', unknownOptionMessage(key, [...BY_WIRE.keys()]), key);
    }
    if (value === undefined || value === null || (value === '' && key !== 'task')) continue;
    parsed[key] = spec.parse(value);
  }
  parsed.task = TASK_OPTIONS.task.parse(raw.task);
  return parsed as unknown as TaskRequest;
}

function invalid(field: OptionWireName, message: string): TabwrightError {
  return new TabwrightError('invalid_option', message, field);
}

function parseMaxSteps(value: unknown): number {
  const steps = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof steps !== 'number' || !Number.isInteger(steps) || steps < MIN_STEPS || steps > MAX_STEPS) {
    throw invalid(
      'max_steps',
      `Max steps must be a whole number from ${MIN_STEPS} to ${MAX_STEPS} (got ${JSON.stringify(value)}).`,
    );
  }
  return steps;
}

/** The shape only; names, value lengths and URL patterns are checked by the worker's secret rules. */
/** Patterns as the guards will read them, checked here so a bad one is refused before anything runs. */
function checkedPatterns(field: OptionWireName, urls: string[], prefix: string): string[] {
  return urls.map((url) => {
    try {
      parseUrlPattern(url);
    } catch (error) {
      throw invalid(field, `${prefix}${(error as Error).message}`);
    }
    return url.trim();
  });
}

function parseSecretsShape(value: unknown): NonNullable<TaskRequest['secrets']> {
  const shape = 'Secrets must be an object: { "name": { "value": "…", "allowedUrls": ["…"] } }.';
  if (!isPlainObject(value)) throw invalid('secrets', shape);
  const secrets: NonNullable<TaskRequest['secrets']> = {};
  for (const [name, entry] of Object.entries(value)) {
    if (!isPlainObject(entry) || typeof entry.value !== 'string')
      throw invalid('secrets', `Secret "${name}" needs a text "value". ${shape}`);
    const allowed = entry.allowedUrls;
    if (
      !Array.isArray(allowed) ||
      allowed.length === 0 ||
      !allowed.every((url) => typeof url === 'string' && url.trim())
    ) {
      throw invalid(
        'secrets',
        `Secret "${name}" needs "allowedUrls": the sites where it may be typed, e.g. ["https://bank.example/*"].`,
      );
    }
    const unknownKey = Object.keys(entry).find((key) => key !== 'value' && key !== 'allowedUrls');
    if (unknownKey)
      throw invalid(
        'secrets',
        `Secret "${name}" has an unknown field "${unknownKey}": give only value and allowedUrls.`,
      );
    Object.defineProperty(secrets, name, {
      value: { value: entry.value, allowedUrls: checkedPatterns('secrets', allowed, `Secret "${name}": `) },
      enumerable: true,
    });
  }
  return secrets;
}

function parseFiles(value: unknown): UploadFile[] {
  const files = Array.isArray(value) ? value : [];
  const valid = files.every(
    (file) =>
      isPlainObject(file) &&
      typeof file.name === 'string' &&
      file.name !== '' &&
      typeof file.type === 'string' &&
      typeof file.data === 'string' &&
      (file.purpose === undefined || typeof file.purpose === 'string'),
  );
  if (!Array.isArray(value) || !valid) {
    throw invalid('files', 'Files must be a list of { name, type, data (base64), purpose? (text) }.');
  }
  const bytes = files.reduce((sum, file) => sum + Math.floor((file.data as string).length * 0.75), 0);
  if (bytes > MAX_ATTACHMENT_BYTES) {
    throw invalid(
      'files',
      `Attached files add up to ${(bytes / 1048576).toFixed(1)} MB; the limit is ${MAX_ATTACHMENT_BYTES / 1048576} MB.`,
    );
  }
  return files as UploadFile[];
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
