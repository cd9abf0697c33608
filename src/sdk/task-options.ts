import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { ExtractResult, GotoResult } from '../shared/bridge-protocol';
import { roundCredits } from '../shared/credits-display';
import { TabwrightError } from '../shared/errors';
import type { JsonSchema } from '../shared/json-schema';
import type { UploadFile } from '../shared/protocol';
import type { ConfirmationPolicy } from '../shared/confirmation-policy';
import type { TaskResult } from '../shared/task';
import {
  OPTION_SPECS,
  parseTaskOptions,
  type SdkOptionName,
  specBySdkName,
  specByWireName,
  unknownOptionMessage,
} from '../shared/task-options';
import { type CustomTool, toolSpecs } from './custom-tools';
import { TabwrightSdkError } from './errors';

/** What Tabwright's panel shows for an action that waits for consent. */
export interface ConfirmationRequest {
  sessionId: string;
  taskId: string;
  /** The action in words: what, on which element, on which site. */
  action: string;
  /** Why it is asked (e.g. "looks like a payment"). */
  reason?: string;
  /** The origin it would act on. */
  site?: string;
  /** The element it targets, e.g. `button "Delete account"`. */
  element?: string;
  /** What the model said it was about to do. */
  intent?: string;
}

/** `always-for-site`: approve, and let the same kind of action on the same site through from now on. */
export type ConfirmAnswer = 'approve' | 'deny' | 'always-for-site';

/** `signal` aborts when the request no longer waits (answered in the panel, or the task ended). */
export type ConfirmCallback = (
  request: ConfirmationRequest,
  context: { signal: AbortSignal },
) => Promise<ConfirmAnswer>;

export interface QuestionRequest {
  sessionId: string;
  taskId: string;
  question: string;
  choices?: string[];
}

/** Returns the answer; `undefined` lets the agent go on without one. */
export type QuestionCallback = (
  question: QuestionRequest,
  context: { signal: AbortSignal },
) => Promise<string | undefined>;

/** A path to read, or the bytes themselves with a name (and a MIME type, else guessed from the name). */
export type FileInput = string | { name: string; data: Buffer | Uint8Array; mimeType?: string };

/** Options a session gives every task it runs; a task's own values replace them (secrets are merged by name). */
export interface TaskDefaults {
  /** `{ name: { value, allowedUrls } }`: the model sees only `<secret>name</secret>`, typed only on those sites. */
  secrets?: Record<string, { value: string; allowedUrls: string[] }>;
  /** URL patterns the agent may visit (e.g. `*.example.com`); the browser blocks everything else. */
  allowedUrls?: string[];
  /** Files the agent may upload into the page's file inputs. */
  files?: FileInput[];
  /**
   * Which actions wait for consent (`never`, `sensitive`, `always`; default: the browser's Settings), or a callback
   * that answers each one (under the Settings' policy), or both: `{ policy, ask }`. Without a callback, your own
   * browser asks in its side panel; a launched browser has no one to ask, so such actions are denied.
   */
  confirm?: ConfirmationPolicy | ConfirmCallback | { policy?: ConfirmationPolicy; ask: ConfirmCallback };
  /** Answers the agent's questions. Without it, your own browser asks in its side panel; a launched one goes on without. */
  onQuestion?: QuestionCallback;
}

/** runTask's options: the hosted API's, in camelCase (see the option table in src/shared/task-options.ts). */
export interface RunTaskOptions extends TaskDefaults {
  task: string;
  /** Where the task starts; by default, the page the session is on. */
  url?: string;
  /** 2–128; default from the browser's Settings (32). */
  maxSteps?: number;
  /** Named values the agent may use, e.g. a name or an address. */
  metadata?: Record<string, unknown>;
  /** A JSON Schema the output must match. */
  responseModel?: JsonSchema;
  /** A budget in credits (1 credit = US$0.01). */
  maxCredits?: number;
  /** Tools of your own the agent may call; each runs in this process (see CustomTool). */
  tools?: readonly CustomTool<never>[];
}

/** Fails to compile when the SDK's option names and the option table's drift apart. */
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const OPTION_NAMES_MATCH: SameKeys<Exclude<keyof RunTaskOptions, 'onQuestion'>, SdkOptionName> = true;
void OPTION_NAMES_MATCH;

/** Options the SDK handles itself rather than sending. */
const SDK_ONLY = ['onQuestion'] as const;

/** What the SDK sends, and the callbacks it keeps. */
export interface PreparedTask {
  wire: Record<string, unknown>;
  /** The task's own tools: their definitions travel, their functions stay in this process. */
  tools?: readonly CustomTool<never>[];
  confirm?: ConfirmCallback;
  onQuestion?: QuestionCallback;
}

/**
 * The API's (snake_case) options, checked here with the extension's own rules so a mistake fails before anything
 * reaches the browser; the extension checks them again, as it does everything it receives.
 */
export async function prepareTask(options: RunTaskOptions, defaults: TaskDefaults = {}): Promise<PreparedTask> {
  checkNames(options);
  checkNames(defaults);
  const merged = { ...withoutUndefined(defaults), ...withoutUndefined(options) } as RunTaskOptions;
  if (defaults.secrets && options.secrets) merged.secrets = { ...defaults.secrets, ...options.secrets };
  const { confirm, onQuestion, files, tools, ...rest } = merged;
  const wire: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(rest)) wire[specBySdkName(name)!.wire] = value;
  const { policy, ask } = confirmParts(confirm);
  if (policy !== undefined) wire.confirmation_policy = policy;
  if (files !== undefined) wire.files = await readFiles(files);
  if (tools !== undefined) wire.custom_tools = Array.isArray(tools) ? toolSpecs(tools) : tools;
  try {
    parseTaskOptions(wire);
  } catch (error) {
    if (error instanceof TabwrightError)
      throw new TabwrightSdkError(error.code, error.message, error.field && sdkFieldName(error.field));
    throw error;
  }
  return {
    wire,
    ...(ask ? { confirm: ask } : {}),
    ...(onQuestion ? { onQuestion } : {}),
    ...(Array.isArray(tools) ? { tools } : {}),
  };
}

function confirmParts(confirm: RunTaskOptions['confirm']): { policy?: unknown; ask?: ConfirmCallback } {
  if (typeof confirm === 'function') return { ask: confirm };
  if (confirm !== null && typeof confirm === 'object') {
    if (typeof confirm.ask !== 'function')
      throw new TabwrightSdkError(
        'invalid_option',
        'confirm as an object needs ask: a callback (and, optionally, policy).',
        'confirm',
      );
    return { ask: confirm.ask, ...(confirm.policy !== undefined ? { policy: confirm.policy } : {}) };
  }
  return confirm === undefined ? {} : { policy: confirm };
}

function checkNames(options: object) {
  const known = [...OPTION_SPECS.map((spec) => spec.sdk), ...SDK_ONLY];
  for (const name of Object.keys(options)) {
    if (!known.includes(name)) throw new TabwrightSdkError('invalid_option', unknownOptionMessage(name, known), name);
  }
}

function withoutUndefined<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}

const MIME_TYPES = new Map([
  ['.pdf', 'application/pdf'],
  ['.png', 'image/png'],
  ['.jpg', 'image/jpeg'],
  ['.jpeg', 'image/jpeg'],
  ['.gif', 'image/gif'],
  ['.webp', 'image/webp'],
  ['.txt', 'text/plain'],
  ['.csv', 'text/csv'],
  ['.json', 'application/json'],
  ['.html', 'text/html'],
  ['.doc', 'application/msword'],
  ['.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
]);

async function readFiles(files: FileInput[]): Promise<UploadFile[]> {
  if (!Array.isArray(files))
    throw new TabwrightSdkError('invalid_option', 'files must be a list of paths or { name, data } objects.', 'files');
  return Promise.all(
    files.map(async (file): Promise<UploadFile> => {
      if (typeof file === 'string') {
        const data = await readFile(file).catch((error: NodeJS.ErrnoException) => {
          throw new TabwrightSdkError(
            'invalid_option',
            `Cannot read the file ${file}: ${error.code === 'ENOENT' ? 'it does not exist' : error.message}.`,
            'files',
          );
        });
        return { name: basename(file), type: mimeTypeOf(file), data: data.toString('base64') };
      }
      if (typeof file?.name !== 'string' || !file.name || !(file.data instanceof Uint8Array)) {
        throw new TabwrightSdkError(
          'invalid_option',
          'Each file is a path, or { name, data: Buffer | Uint8Array, mimeType? }.',
          'files',
        );
      }
      return {
        name: file.name,
        type: file.mimeType ?? mimeTypeOf(file.name),
        data: Buffer.from(file.data).toString('base64'),
      };
    }),
  );
}

function mimeTypeOf(name: string): string {
  return MIME_TYPES.get(extname(name).toLowerCase()) ?? 'application/octet-stream';
}

/** The SDK's name for an option the extension names in snake_case. */
export function sdkFieldName(field: string): string {
  return specByWireName(field)?.sdk ?? field;
}

/** What every result that may spend credits reports. */
interface RunResult<Status, T> {
  status: Status;
  output: T;
  /** Rounded as Tabwright's panel shows it (to 0.001 below 10 credits, else to 0.1). */
  creditsUsed: number;
  /** Seconds. */
  duration: number;
  /** Why it ended this way. */
  message?: string;
}

export interface TaskRunResult<T = unknown> extends RunResult<TaskResult['status'], T> {
  steps: number;
}

export type ExtractRunResult<T = unknown> = RunResult<ExtractResult['status'], T>;

export interface GotoRunResult {
  url: string;
  title: string;
  creditsUsed: 0;
  duration: number;
}

export function toTaskRunResult<T>(result: TaskResult): TaskRunResult<T> {
  return { ...toRunResult<TaskResult['status'], T>(result), steps: result.steps };
}

export function toExtractRunResult<T>(result: ExtractResult): ExtractRunResult<T> {
  return toRunResult(result);
}

function toRunResult<Status, T>(result: {
  status: Status;
  output: unknown;
  credits_used: number;
  duration: number;
  message?: string;
}): RunResult<Status, T> {
  return {
    status: result.status,
    output: result.output as T,
    creditsUsed: roundCredits(result.credits_used),
    duration: result.duration,
    ...(result.message ? { message: result.message } : {}),
  };
}

export function toGotoRunResult(result: GotoResult): GotoRunResult {
  return { url: result.url, title: result.title, creditsUsed: 0, duration: result.duration };
}
