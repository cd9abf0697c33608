import type { TaskResult } from '../shared/task';

export const USAGE_EXIT_CODE = 2;
/** The task could not run at all (no browser, refused pairing, …), or ended with status `error`. */
export const ERROR_EXIT_CODE = 1;

/** One code per status, so a shell script can tell a failed task from one that ran out of steps or budget. */
const STATUS_EXIT_CODES: Record<TaskResult['status'], number> = {
  success: 0,
  error: ERROR_EXIT_CODE,
  failed: 3,
  max_steps: 4,
  budget_exceeded: 5,
  cancelled: 6,
};

export function exitCodeFor(status: TaskResult['status']): number {
  return STATUS_EXIT_CODES[status];
}
