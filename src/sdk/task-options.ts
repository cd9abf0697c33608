import type { ExtractResult, GotoResult } from '../shared/bridge-protocol';
import { TabwrightError } from '../shared/errors';
import type { JsonSchema } from '../shared/json-schema';
import type { TaskResult } from '../shared/task';
import { parseTaskOptions } from '../shared/task-options';
import { type CustomTool, toolSpecs } from './custom-tools';
import { TabwrightSdkError } from './errors';

/** runTask's options: the hosted API's, in camelCase. */
export interface RunTaskOptions {
  task: string;
  /** Where the task starts; by default, the page the session is on. */
  url?: string;
  /** 2–128, default 32. */
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

/** What every result that may spend credits reports. */
interface RunResult<Status, T> {
  status: Status;
  output: T;
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

const WIRE_NAMES: Record<keyof RunTaskOptions, string> = {
  task: 'task',
  url: 'url',
  maxSteps: 'max_steps',
  metadata: 'metadata',
  responseModel: 'response_model',
  maxCredits: 'max_credits',
  tools: 'custom_tools',
};

/**
 * The API's (snake_case) options, checked here with the extension's own rules so a mistake fails before anything
 * reaches the browser; the extension checks them again, as it does everything it receives.
 */
export function toWireOptions(options: RunTaskOptions): Record<string, unknown> {
  const wire: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(options)) {
    const wireName = WIRE_NAMES[name as keyof RunTaskOptions];
    if (!wireName) throw new TabwrightSdkError('invalid_option', `Unknown option "${name}". Options: ${Object.keys(WIRE_NAMES).join(', ')}.`, name);
    if (value === undefined) continue;
    wire[wireName] = name === 'tools' && Array.isArray(value) ? toolSpecs(value as CustomTool<never>[]) : value;
  }
  try {
    parseTaskOptions(wire);
  } catch (error) {
    if (error instanceof TabwrightError) throw new TabwrightSdkError(error.code, error.message, error.field && sdkFieldName(error.field));
    throw error;
  }
  return wire;
}

/** The SDK's name for an option the extension names in snake_case. */
export function sdkFieldName(field: string): string {
  return Object.entries(WIRE_NAMES).find(([, wire]) => wire === field)?.[0] ?? field;
}

export function toTaskRunResult<T>(result: TaskResult): TaskRunResult<T> {
  return { ...toRunResult<TaskResult['status'], T>(result), steps: result.steps };
}

export function toExtractRunResult<T>(result: ExtractResult): ExtractRunResult<T> {
  return toRunResult(result);
}

function toRunResult<Status, T>(result: { status: Status; output: unknown; credits_used: number; duration: number; message?: string }): RunResult<Status, T> {
  return {
    status: result.status,
    output: result.output as T,
    creditsUsed: result.credits_used,
    duration: result.duration,
    ...(result.message ? { message: result.message } : {}),
  };
}

export function toGotoRunResult(result: GotoResult): GotoRunResult {
  return { url: result.url, title: result.title, creditsUsed: 0, duration: result.duration };
}
