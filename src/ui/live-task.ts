import type { StepRecord, TaskState } from '../shared/task';

/**
 * A step as the UI reads it, with what the worker is to add beyond the base contract: a screenshot thumbnail. It is
 * optional, so states without it still render.
 */
export interface LiveStep extends StepRecord {
  /** A JPEG data URL of the tab after the step's actions, small enough to keep in history. */
  screenshot?: string;
}

export interface LiveTaskState extends TaskState {
  steps: LiveStep[];
  /** Date.now() when the current model request started (published by the worker); absent while the agent acts. */
  waitingForModelSince?: number;
}
