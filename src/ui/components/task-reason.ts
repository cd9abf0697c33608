import type { StepRecord, TaskState } from '../../shared/task';
import { STATUS_REASON } from './status-text';

/** Messages written for the model start "Error: "; a person reads them without it, and never "Error — Error:". */
export function withoutErrorPrefix(message: string): string {
  return message.replace(/^(\s*Error:\s*)+/i, '');
}

/**
 * Why the task ended (or what it waits for), in words: the worker's message; for a failure without one, what the
 * agent last said; else the status's own explanation.
 */
export function taskReason(state: TaskState): string {
  if (state.status === 'running' && state.pending) {
    return state.pending.kind === 'confirmation'
      ? 'The agent asks for your approval before it acts.'
      : 'The agent asked you a question.';
  }
  const message = state.result?.message ? withoutErrorPrefix(state.result.message) : '';
  if (message && message !== STATUS_REASON.failed) return message;
  if (state.status === 'failed') {
    const said = [...state.steps].reverse().find((step) => step.thought)?.thought;
    if (said) return `The agent said: ${said}`;
  }
  return message || STATUS_REASON[state.status];
}

/** The page a finished task last saw: the latest step with a picture, else with an address. */
export function lastPage(
  steps: readonly StepRecord[],
): { url?: string; screenshot?: string; index: number } | undefined {
  const pictured = [...steps].reverse().find((step) => step.screenshot);
  const visited = [...steps].reverse().find((step) => step.url);
  const step = pictured ?? visited;
  if (!step) return undefined;
  return {
    index: step.index,
    ...(step.url ? { url: step.url } : {}),
    ...(step.screenshot ? { screenshot: step.screenshot } : {}),
  };
}
