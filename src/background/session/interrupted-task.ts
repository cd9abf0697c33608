import type { TaskResult, TaskState } from '../../shared/task';

/**
 * What becomes of a task a worker restart cut off: undefined when it resumes, else how it ends. A script's task (one
 * of a session) does not resume: the restart closed the script's connection, which ended its runTask with "The
 * browser disconnected…", so nobody awaits the result, and the script may already be running it again.
 */
export function interruptedTaskEnd(
  state: Pick<TaskState, 'sessionId' | 'steps'>,
  { saved, tabOpen }: { saved: boolean; tabOpen: boolean },
): { status: TaskResult['status']; message: string } | undefined {
  const when = `the browser stopped Tabwright's background worker during step ${state.steps.length}`;
  if (state.sessionId !== undefined) {
    return {
      status: 'cancelled',
      message:
        `Stopped: ${when}, which cut off the script that started this task (its runTask ended with "The browser ` +
        'disconnected…"). Run it again from the script.',
    };
  }
  if (saved && tabOpen) return undefined;
  return {
    status: 'error',
    message: `Interrupted: ${when} and the task could not be resumed${tabOpen ? '' : ' (its tab is closed)'}. Run it again.`,
  };
}
