import type { TaskResult, TaskState } from '../../shared/task';

/** Ends a task: the one place a result is built, so every ending reports the same fields. */
export function finishTask(
  state: TaskState,
  status: TaskResult['status'],
  output: unknown,
  message?: string,
): TaskResult {
  const endedAt = Date.now();
  const result: TaskResult = {
    status,
    output,
    credits_used: state.credits_used,
    duration: Math.round((endedAt - state.startedAt) / 100) / 10,
    steps: state.steps.length,
    ...(message ? { message } : {}),
  };
  state.status = status;
  state.endedAt = endedAt;
  state.result = result;
  return result;
}
