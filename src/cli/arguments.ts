import { parseArgs } from 'node:util';
import { isPlainObject } from '../shared/json-schema';

export interface RunCommand {
  command: 'run';
  task: string;
  url?: string;
  schemaFile?: string;
  metadata?: Record<string, unknown>;
  maxSteps?: number;
  maxCredits?: number;
  json: boolean;
  quiet: boolean;
  token?: string;
  port?: number;
  /** true: --launch, false: --no-launch, undefined: the SDK's default. */
  launch?: boolean;
  headed: boolean;
  model?: string;
  baseUrl?: string;
}

/** `tabwright serve`: the hosted agent API's v1 on 127.0.0.1, run in a browser through the SDK. */
export interface ServeCommand {
  command: 'serve';
  /** The API's port (0: a free one). */
  port: number;
  apiKey?: string;
  token?: string;
  bridgePort?: number;
  launch?: boolean;
  headed: boolean;
  model?: string;
  baseUrl?: string;
}

export const DEFAULT_SERVE_PORT = 17374;

export type CliCommand = RunCommand | ServeCommand | { command: 'help' };

/** Bad arguments: the CLI prints the message and the usage, and exits with 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const OPTIONS = {
  url: { type: 'string' },
  schema: { type: 'string' },
  metadata: { type: 'string', multiple: true },
  'metadata-json': { type: 'string' },
  'max-steps': { type: 'string' },
  'max-credits': { type: 'string' },
  json: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  token: { type: 'string' },
  port: { type: 'string' },
  launch: { type: 'boolean' },
  'no-launch': { type: 'boolean' },
  headed: { type: 'boolean' },
  model: { type: 'string' },
  'base-url': { type: 'string' },
  'api-key': { type: 'string' },
  'bridge-port': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseArguments(argv: readonly string[]): CliCommand {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) return { command: 'help' };
  const [command, task, ...extra] = positionals;
  if (values.launch && values['no-launch']) throw new UsageError('--launch and --no-launch contradict each other.');
  if (command === 'serve') return serveCommand(values, positionals.slice(1));
  if (command !== 'run') {
    throw new UsageError(`Unknown command "${command}". The commands are: tabwright run "<task>", tabwright serve.`);
  }
  const serveOnly = (['api-key', 'bridge-port'] as const).find((flag) => values[flag] !== undefined);
  if (serveOnly) throw new UsageError(`--${serveOnly} belongs to tabwright serve.`);
  if (!task?.trim()) throw new UsageError('Say what the agent should do: tabwright run "<task>".');
  if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}": put the whole task in one pair of quotes.`);

  const metadata = parseMetadata(values.metadata ?? [], values['metadata-json']);
  return {
    command: 'run',
    task,
    json: values.json ?? false,
    quiet: values.quiet ?? false,
    headed: values.headed ?? false,
    ...(values.url !== undefined ? { url: values.url } : {}),
    ...(values.schema !== undefined ? { schemaFile: values.schema } : {}),
    ...(metadata ? { metadata } : {}),
    ...(values['max-steps'] !== undefined ? { maxSteps: wholeNumber('--max-steps', values['max-steps']) } : {}),
    ...(values['max-credits'] !== undefined ? { maxCredits: positiveNumber('--max-credits', values['max-credits']) } : {}),
    ...(values.token !== undefined ? { token: values.token } : {}),
    ...(values.port !== undefined ? { port: port(values.port) } : {}),
    ...(values.launch ? { launch: true } : values['no-launch'] ? { launch: false } : {}),
    ...(values.model !== undefined ? { model: values.model } : {}),
    ...(values['base-url'] !== undefined ? { baseUrl: values['base-url'] } : {}),
  };
}

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

function serveCommand(values: Values, positionals: string[]): ServeCommand {
  if (positionals.length > 0) {
    throw new UsageError(`tabwright serve takes no task ("${positionals[0]}"): scripts send tasks to its API.`);
  }
  const runFlags = ['url', 'schema', 'metadata', 'metadata-json', 'max-steps', 'max-credits', 'json', 'quiet'] as const;
  const taskFlag = runFlags.find((flag) => values[flag] !== undefined);
  if (taskFlag) throw new UsageError(`--${taskFlag} belongs to tabwright run; with serve, scripts send task options.`);
  return {
    command: 'serve',
    port: values.port !== undefined ? (values.port.trim() === '0' ? 0 : port(values.port)) : DEFAULT_SERVE_PORT,
    headed: values.headed ?? false,
    ...(values['api-key'] !== undefined ? { apiKey: apiKey(values['api-key']) } : {}),
    ...(values['bridge-port'] !== undefined ? { bridgePort: port(values['bridge-port'], '--bridge-port') } : {}),
    ...(values.token !== undefined ? { token: values.token } : {}),
    ...(values.launch ? { launch: true } : values['no-launch'] ? { launch: false } : {}),
    ...(values.model !== undefined ? { model: values.model } : {}),
    ...(values['base-url'] !== undefined ? { baseUrl: values['base-url'] } : {}),
  };
}

function apiKey(text: string): string {
  if (!/^[\x21-\x7e]{16,}$/.test(text)) {
    throw new UsageError('--api-key must be at least 16 printable characters without spaces.');
  }
  return text;
}

/**
 * `--metadata key=value` gives text values (so a zip code stays "01234"); `--metadata-json` gives typed ones. A key
 * given twice is refused rather than silently overwritten.
 */
function parseMetadata(pairs: readonly string[], json: string | undefined): Record<string, unknown> | undefined {
  // A Map: keys are the user's, and "toString" or "__proto__" must stay plain keys.
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

function wholeNumber(flag: string, text: string): number {
  if (!/^\d+$/.test(text.trim())) throw new UsageError(`${flag} must be a whole number, not "${text}".`);
  return Number(text);
}

function positiveNumber(flag: string, text: string): number {
  const value = Number(text);
  if (!text.trim() || !Number.isFinite(value) || value <= 0) throw new UsageError(`${flag} must be a positive number, not "${text}".`);
  return value;
}

function port(text: string, flag = '--port'): number {
  const value = wholeNumber(flag, text);
  if (value < 1 || value > 65_535) throw new UsageError(`${flag} must be from 1 to 65535, not ${value}.`);
  return value;
}
