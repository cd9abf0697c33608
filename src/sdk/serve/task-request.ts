import type { CustomToolSpec } from '../../shared/custom-tools';
import { TabwrightError } from '../../shared/errors';
import { isPlainObject } from '../../shared/json-schema';
import { closestName, parseTaskOptions } from '../../shared/task-options';
import { BadRequest } from './bad-request';
import type { FileStore } from './file-store';
import { toTabwrightSecrets } from './secrets';

/**
 * Fields of the hosted API's task request that mean nothing for a browser of your own, with the value its SDKs send
 * when the caller does not set them. A different value is accepted and reported in the task's events.
 */
export const IGNORED_FIELDS: ReadonlyMap<string, { default: unknown; reason: string }> = new Map([
  ['agent', { default: 'smooth', reason: 'there is one agent: Tabwright' }],
  ['device', { default: 'desktop', reason: 'the session uses a window of your browser as it is' }],
  ['profile_id', { default: null, reason: 'your browser profile is used: its cookies and logins' }],
  ['session_id', { default: null, reason: 'the older name of profile_id; your browser profile is used' }],
  ['profile_read_only', { default: false, reason: 'your browser profile is used as it is' }],
  ['stealth_mode', { default: false, reason: 'your own browser is not a cloud browser to disguise' }],
  ['proxy_server', { default: null, reason: "traffic goes through your browser's own network settings" }],
  ['proxy_username', { default: null, reason: 'no proxy is set by the local API' }],
  ['proxy_password', { default: null, reason: 'no proxy is set by the local API' }],
  ['certificates', { default: null, reason: "your browser's own client certificates apply" }],
  ['use_adblock', { default: true, reason: "your browser's own extensions apply" }],
  ['use_captcha_solver', { default: true, reason: 'there is no captcha solver; a person can answer in the live view' }],
  [
    'additional_tools',
    { default: null, reason: "the agent has Claude's browser toolset; add tools with custom_tools" },
  ],
  ['experimental_features', { default: null, reason: 'no experimental features' }],
  ['extensions', { default: null, reason: 'install extensions in your browser itself' }],
  ['show_cursor', { default: false, reason: 'no cursor is drawn' }],
  [
    'enable_recording',
    { default: true, reason: 'no video is recorded; recording_url is "" instead of the timeline of the live view' },
  ],
]);

/** The hosted API's custom tool signature: `inputs` is a JSON Schema of the input or the map of its properties. */
interface ToolSignature {
  name: string;
  description: string;
  inputs: Record<string, unknown>;
  output: string;
}

export interface TaskRequest {
  /** null opens a session that waits for actions. */
  task: string | null;
  /** Tabwright task options (snake_case) without `task`: a session's are the defaults of each of its tasks. */
  options: Record<string, unknown>;
  ignored: Array<{ field: string; value: unknown; reason: string }>;
  /**
   * `enable_recording` (true unless set false): whether `recording_url` offers the live view's timeline once the task
   * is over, or says "" (none), which the SDKs take as "not recorded".
   */
  recording: boolean;
}

const KNOWN = new Set([
  'task',
  'url',
  'metadata',
  'response_model',
  'max_steps',
  'allowed_urls',
  'files',
  'custom_tools',
  'secrets',
  ...IGNORED_FIELDS.keys(),
]);

/** Checks a `POST /task` body; what the API would refuse is a BadRequest naming the field. */
export function parseTaskRequest(body: unknown, files: FileStore): TaskRequest {
  if (!isPlainObject(body)) throw new BadRequest('The request body must be a JSON object.');
  if (body.proxy_server === 'self') {
    // The smooth CLI's start-session default: the SDKs then read a tunnel address from the live URL, find none and
    // fail with "Failed to start self-proxy" after the window has opened. Refused here, before anything opens.
    throw new BadRequest(
      'proxy_server "self" sends a cloud browser\'s traffic through this machine; here the browser is already your ' +
        'own, on this machine. Leave proxy_server out (smooth start-session --no-proxy).',
    );
  }
  const task = body.task;
  if (task !== undefined && task !== null && (typeof task !== 'string' || !task.trim())) {
    throw new BadRequest('"task" must be text, or null to open a session.');
  }
  const options: Record<string, unknown> = {};
  for (const field of ['url', 'metadata', 'response_model', 'max_steps', 'allowed_urls'] as const) {
    if (body[field] !== undefined && body[field] !== null) options[field] = body[field];
  }
  if (body.files !== undefined && body.files !== null) options.files = files.resolve(body.files);
  if (body.custom_tools !== undefined && body.custom_tools !== null) {
    options.custom_tools = toolSpecs(body.custom_tools);
  }
  const secrets = toTabwrightSecrets(body.secrets);
  if (secrets) options.secrets = secrets;
  checkOptions({ ...options, task: typeof task === 'string' ? task : 'session' });

  const ignored: TaskRequest['ignored'] = [];
  for (const [field, value] of Object.entries(body)) {
    const rule = IGNORED_FIELDS.get(field);
    if (rule && !sameValue(value, rule.default)) {
      ignored.push({ field, value: redactIgnored(field, value), reason: rule.reason });
    } else if (!KNOWN.has(field) && value !== null && value !== undefined) {
      // A misspelt field would otherwise go unnoticed (a misspelt "task" even opens a session): say what was meant.
      const meant = closestName(field, [...KNOWN]);
      ignored.push({
        field,
        value: null,
        reason: `not a field of the local API${meant ? `: did you mean "${meant}"?` : ''}`,
      });
    }
  }
  return { task: typeof task === 'string' ? task : null, options, ignored, recording: body.enable_recording !== false };
}

/** Checks Tabwright task options with the extension's own rules, so a mistake fails here with the field named. */
export function checkOptions(options: Record<string, unknown>): void {
  try {
    parseTaskOptions(options);
  } catch (error) {
    if (error instanceof TabwrightError) {
      throw new BadRequest(error.field ? `${error.field}: ${error.message}` : error.message);
    }
    throw error;
  }
}

/** A hosted tool signature as a Tabwright custom tool; its `output` note joins the description. */
function toolSpecs(raw: unknown): CustomToolSpec[] {
  if (!Array.isArray(raw)) {
    throw new BadRequest('"custom_tools" must be a list of { name, description, inputs, output }.');
  }
  return raw.map((tool: Partial<ToolSignature>, index) => {
    if (!isPlainObject(tool) || !isPlainObject(tool.inputs)) {
      throw new BadRequest(`custom_tools[${index}] must be { name, description, inputs (an object), output }.`);
    }
    const description = [tool.description, tool.output ? `Returns: ${tool.output}` : '']
      .filter((part) => typeof part === 'string' && part)
      .join('\n');
    return { name: tool.name as string, description, input_schema: inputSchema(tool.inputs) };
  });
}

/** `inputs` may be a whole object schema, or only its properties (`{ city: { type: "string" } }`), all required. */
function inputSchema(inputs: Record<string, unknown>): Record<string, unknown> {
  if (inputs.type === 'object') return inputs;
  return { type: 'object', properties: inputs, required: Object.keys(inputs) };
}

function sameValue(value: unknown, fallback: unknown): boolean {
  return value === undefined || JSON.stringify(value) === JSON.stringify(fallback);
}

/** The events of a task are shown to whoever polls it: credentials in ignored fields are not repeated there. */
function redactIgnored(field: string, value: unknown): unknown {
  return field === 'proxy_password' || field === 'certificates' ? '(hidden)' : value;
}
