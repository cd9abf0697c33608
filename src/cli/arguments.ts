import { CONFIRMATION_POLICIES, type ConfirmationPolicy } from '../shared/confirmation-policy';
import { parseArgs } from 'node:util';
import { closestName, OPTION_SPECS, type OptionFlag } from '../shared/task-options';

/** The flags that set task options, by flag name, as typed (the option table says which option each belongs to). */
export type TaskFlags = ReadonlyMap<string, readonly string[]>;

/** Which browser a command uses, and how a launched one is set up (the flags `run` and `serve` share). */
export interface BrowserFlags {
  token?: string;
  /** true: --launch, false: --no-launch, undefined: the SDK's default. */
  launch?: boolean;
  headed: boolean;
  model?: string;
  baseUrl?: string;
  apiKey?: string;
  /** Lets page scripts run in a launched browser (yours follows its Settings). */
  allowJavaScript: boolean;
}

export interface RunCommand extends BrowserFlags {
  command: 'run';
  task: string;
  taskFlags: TaskFlags;
  json: boolean;
  quiet: boolean;
  /** The bridge port. */
  port?: number;
}

/** `tabwright serve`: the hosted agent API's v1 on 127.0.0.1, run in a browser through the SDK. */
export interface ServeCommand extends BrowserFlags {
  command: 'serve';
  /** The API's port (0: a free one). */
  port: number;
  /** The key scripts send in the `apikey` header. */
  localKey?: string;
  /** Which actions of every task wait for an answer (in the panel of your own browser; a launched one denies them). */
  confirm?: ConfirmationPolicy;
  bridgePort?: number;
}

export const DEFAULT_SERVE_PORT = 17374;

export type CliCommand = RunCommand | ServeCommand | { command: 'help' } | { command: 'version' };

/** Bad arguments: the CLI prints the message and the usage, and exits with 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Flags about the output and the browser, not the task. */
export const COMMAND_FLAGS: readonly OptionFlag[] = [
  { flag: 'json', arg: '', help: 'print the whole result: {status, output, credits_used, duration, steps, message}' },
  { flag: 'quiet', arg: '', help: 'no progress lines (-q)' },
  { flag: 'token', arg: 'TOKEN', help: 'the pairing token from Tabwright Settings (default: $TABWRIGHT_TOKEN)' },
  { flag: 'port', arg: 'N', help: 'the bridge port (default: $TABWRIGHT_PORT, else 17373)' },
  { flag: 'launch', arg: '', help: 'use a Chromium of its own with Tabwright loaded (the default without a token)' },
  { flag: 'no-launch', arg: '', help: 'use only your own browser; fail when it does not connect' },
  { flag: 'headed', arg: '', help: 'launch a Chromium and show its window' },
  { flag: 'model', arg: 'ID', help: 'the model for a launched browser' },
  { flag: 'base-url', arg: 'URL', help: 'the API endpoint for a launched browser (default: $ANTHROPIC_BASE_URL)' },
  {
    flag: 'api-key',
    arg: 'KEY',
    help: 'the Anthropic API key for a launched browser (default: $ANTHROPIC_API_KEY, preferred)',
  },
  {
    flag: 'allow-javascript',
    arg: '',
    help: 'let javascript_exec and evaluate_js run in a launched browser (yours follows its Settings)',
  },
  { flag: 'help', arg: '', help: 'show this help (-h)' },
  { flag: 'version', arg: '', help: "print Tabwright's version" },
];

/** Flags of `tabwright serve` alone (its --port is the API's port). */
export const SERVE_FLAGS: readonly OptionFlag[] = [
  { flag: 'bridge-port', arg: 'N', help: 'the bridge port to your own browser (default: $TABWRIGHT_PORT, else 17373)' },
  {
    flag: 'local-key',
    arg: 'KEY',
    help: 'the key scripts send in the apikey header (default: $TABWRIGHT_API_KEY, else the one Settings show)',
  },
];

const TASK_FLAGS: readonly OptionFlag[] = OPTION_SPECS.flatMap((spec) => spec.flags);
const SHORT = new Map([
  ['quiet', 'q'],
  ['help', 'h'],
]);

type ParseOptions = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;

/** parseArgs' configuration, derived from the option table and the command flags. */
const PARSE_OPTIONS: ParseOptions = Object.fromEntries(
  [...TASK_FLAGS, ...COMMAND_FLAGS, ...SERVE_FLAGS].map((flag) => {
    const short = SHORT.get(flag.flag);
    return [
      flag.flag,
      {
        type: flag.arg ? 'string' : 'boolean',
        ...(flag.repeatable ? { multiple: true } : {}),
        ...(short ? { short } : {}),
      },
    ];
  }),
);

export function parseArguments(argv: readonly string[]): CliCommand {
  let parsed: { values: Record<string, string | boolean | Array<string | boolean> | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options: PARSE_OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(cleanParseError(error));
  }
  const { values, positionals } = parsed;
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  if (positionals.length === 0) return { command: 'help' };
  const [command, task, ...extra] = positionals;
  if (values.launch && values['no-launch']) throw new UsageError('--launch and --no-launch contradict each other.');
  if (command === 'serve') return serveCommand(values, text, positionals.slice(1));
  if (command !== 'run') {
    throw new UsageError(`Unknown command "${command}". The commands are: tabwright run "<task>", tabwright serve.`);
  }
  const serveOnly = SERVE_FLAGS.find(({ flag }) => values[flag] !== undefined);
  if (serveOnly) throw new UsageError(`--${serveOnly.flag} belongs to tabwright serve.`);
  if (!task?.trim()) throw new UsageError('Say what the agent should do: tabwright run "<task>".');
  if (extra.length > 0)
    throw new UsageError(`Unexpected argument "${extra[0]}": put the whole task in one pair of quotes.`);

  const taskFlags = new Map<string, string[]>();
  for (const { flag } of TASK_FLAGS) {
    const value = values[flag];
    if (value !== undefined) taskFlags.set(flag, (Array.isArray(value) ? value : [value]).map(String));
  }
  const port = text('port');
  return {
    command: 'run',
    task,
    taskFlags,
    json: values.json === true,
    quiet: values.quiet === true,
    ...(port !== undefined ? { port: portNumber(port) } : {}),
    ...browserFlags(values, text),
  };
}

type Values = Record<string, string | boolean | Array<string | boolean> | undefined>;

function serveCommand(values: Values, text: (name: string) => string | undefined, positionals: string[]): ServeCommand {
  if (positionals.length > 0) {
    throw new UsageError(`tabwright serve takes no task ("${positionals[0]}"): scripts send tasks to its API.`);
  }
  const runOnly = [...TASK_FLAGS.map(({ flag }) => flag), 'json', 'quiet']
    .filter((flag) => flag !== 'confirm')
    .find((flag) => values[flag] !== undefined);
  if (runOnly) throw new UsageError(`--${runOnly} belongs to tabwright run; with serve, scripts send task options.`);
  const port = text('port');
  const bridgePort = text('bridge-port');
  const localKey = text('local-key');
  const confirm = text('confirm');
  return {
    command: 'serve',
    ...(confirm !== undefined ? { confirm: checkedPolicy(confirm) } : {}),
    port: port === undefined ? DEFAULT_SERVE_PORT : port.trim() === '0' ? 0 : portNumber(port),
    ...(localKey !== undefined ? { localKey: checkedLocalKey(localKey) } : {}),
    ...(bridgePort !== undefined ? { bridgePort: portNumber(bridgePort, '--bridge-port') } : {}),
    ...browserFlags(values, text),
  };
}

function browserFlags(values: Values, text: (name: string) => string | undefined): BrowserFlags {
  return {
    headed: values.headed === true,
    allowJavaScript: values['allow-javascript'] === true,
    ...(text('token') !== undefined ? { token: text('token')! } : {}),
    ...(values.launch ? { launch: true } : values['no-launch'] ? { launch: false } : {}),
    ...(text('model') !== undefined ? { model: text('model')! } : {}),
    ...(text('base-url') !== undefined ? { baseUrl: text('base-url')! } : {}),
    ...(text('api-key') !== undefined ? { apiKey: text('api-key')! } : {}),
  };
}

function checkedPolicy(text: string): ConfirmationPolicy {
  const policy = CONFIRMATION_POLICIES.find((known) => known === text);
  if (!policy) throw new UsageError(`--confirm takes ${CONFIRMATION_POLICIES.join(', ')}, not "${text}".`);
  return policy;
}

function checkedLocalKey(key: string): string {
  if (!/^[\x21-\x7e]{16,}$/.test(key)) {
    throw new UsageError('--local-key must be at least 16 printable characters without spaces.');
  }
  return key;
}

/** parseArgs' own errors mention its internals ("place it at the end of the command after '--'"): say it plainly. */
function cleanParseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const flag = /'(-{1,2}[^'\s]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const known = [...TASK_FLAGS, ...COMMAND_FLAGS, ...SERVE_FLAGS].map((option) => `--${option.flag}`);
    const close = closestName(flag, known);
    return `Unknown option ${flag}.${close ? ` Did you mean ${close}?` : ''} See tabwright --help.`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/argument missing/.test(message)) return `${flag} needs a value.`;
    // The value starts with a dash (`--max-credits -3`): it reads as another option unless it is joined by "=".
    if (/ambiguous/.test(message)) return `${flag} needs a value; one that starts with "-" is written ${flag}=-…`;
    return `${flag} takes no value.`;
  }
  return message;
}

export function wholeNumber(flag: string, text: string): number {
  if (!/^\d+$/.test(text.trim())) throw new UsageError(`${flag} must be a whole number, not "${text}".`);
  return Number(text);
}

function portNumber(text: string, flag = '--port'): number {
  const value = wholeNumber(flag, text);
  if (value < 1 || value > 65_535) throw new UsageError(`${flag} must be from 1 to 65535, not ${value}.`);
  return value;
}
