import type { TaskProgress } from '../../shared/bridge-protocol';
import type { TaskState } from '../../shared/task';
import { taskStates } from '../../shared/storage/catalogue';

const RESULT_CHARS = 200;

/** The latest step of a task, as the SDK's progress lines need it: the whole state would resend every step each time. */
export function taskProgress(state: TaskState): TaskProgress {
  const step = state.steps[state.steps.length - 1];
  return {
    taskId: state.id,
    status: state.status,
    step: step?.index ?? 0,
    maxSteps: state.options.max_steps,
    credits_used: state.credits_used,
    ...(step?.thought ? { thought: step.thought } : {}),
    actions: (step?.actions ?? []).map((action) => ({
      tool: action.tool,
      ok: action.ok,
      result: action.result.length > RESULT_CHARS ? `${action.result.slice(0, RESULT_CHARS)}…` : action.result,
    })),
    ...(latestScreenshot(state) ? { screenshot: latestScreenshot(state) } : {}),
    ...(state.pending ? { pending: state.pending } : {}),
    ...(state.result ? { result: state.result } : {}),
  };
}

function latestScreenshot(state: TaskState): string | undefined {
  return state.steps.findLast((step) => step.screenshot)?.screenshot;
}

/** Calls `report` whenever a task that belongs to a session is saved; returns the function that stops watching. */
export function watchSessionTasks(report: (sessionId: string, state: TaskState) => void): () => void {
  return taskStates.watchAll((state) => {
    if (state?.sessionId) report(state.sessionId, state);
  });
}
