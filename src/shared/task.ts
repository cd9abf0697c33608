import type { CustomToolSpec } from './custom-tools';
import type { ActionSummary } from './action-summary';
import type { JsonSchema } from './json-schema';
import type { UploadFile, UserRequest } from './protocol';
import type { ConfirmationPolicy } from './confirmation-policy';

/**
 * What a caller may ask for, as parsed from any surface (see task-options.ts, the one definition of each option);
 * options left out are filled from Settings by the worker.
 */
export interface TaskRequest {
  task: string;
  url?: string;
  max_steps?: number;
  metadata?: Record<string, unknown>;
  response_model?: JsonSchema;
  max_credits?: number;
  /** Glob patterns of the sites the agent may visit; absent means anywhere. */
  allowed_urls?: string[];
  /** Values the model sees only as <secret>name</secret>; never stored with the task state. */
  secrets?: Record<string, { value: string; allowedUrls: string[] }>;
  /** Files the agent may put into file inputs (file_upload); kept apart from the task state, which holds their names. */
  files?: UploadFile[];
  /** Tools the caller runs itself (SDK or local API): the model gets their definitions, the caller answers calls. */
  custom_tools?: CustomToolSpec[];
  /** Which actions wait for a person's answer. */
  confirmation_policy?: ConfirmationPolicy;
}

/** A task's options once the worker has filled in Settings' defaults. */
export interface TaskOptions extends TaskRequest {
  max_steps: number;
}

export type TaskStatus = 'running' | 'success' | 'failed' | 'max_steps' | 'budget_exceeded' | 'cancelled' | 'error';

export const FINAL_STATUSES: ReadonlySet<TaskStatus> = new Set([
  'success',
  'failed',
  'max_steps',
  'budget_exceeded',
  'cancelled',
  'error',
]);

export interface TaskResult {
  status: Exclude<TaskStatus, 'running'>;
  output: unknown;
  credits_used: number;
  /** Seconds. */
  duration: number;
  steps: number;
  /** Why the task ended this way, in words a person can act on. */
  message?: string;
}

export interface TokenUsage {
  input: number;
  output: number;
  cache_write: number;
  cache_read: number;
}

export interface ActionRecord {
  tool: string;
  input: unknown;
  /** What the action did or why it failed, as the model was told. */
  result: string;
  ok: boolean;
  /** The action as structured data, for the UI (absent in records written before it existed). */
  summary?: ActionSummary;
}

export interface StepRecord {
  index: number;
  /** The model's own words before acting, when it gave any. */
  thought?: string;
  actions: ActionRecord[];
  url?: string;
  usage: TokenUsage;
  /** A small JPEG data URL of the tab after the step, for the timeline (absent when it could not be taken quietly). */
  screenshot?: string;
}

/** The whole observable state of one task: persisted every step, rendered by the UI. */
export interface TaskState {
  id: string;
  tabId: number;
  /** The session the task belongs to, when it was started in one. */
  sessionId?: string;
  /** A compact account of the session's earlier tasks, given to the model with the task. */
  memory?: string;
  options: TaskOptions;
  status: TaskStatus;
  startedAt: number;
  endedAt?: number;
  steps: StepRecord[];
  usage: TokenUsage;
  credits_used: number;
  result?: TaskResult;
  /** What the task is waiting on a person for (a question, or consent to a high-stakes action). */
  pending?: UserRequest;
  /** Date.now() when the current model request started; absent while the agent acts (the UI shows "waiting for the model (n s)"). */
  waitingForModelSince?: number;
}
