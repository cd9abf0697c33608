import type { TaskState } from '../../shared/task';

/** A wait shorter than this is an ordinary step: showing it would only flicker. */
const SHOWN_AFTER_MS = 2000;

/** "Waiting for the model (n s)" while a running task's model request is outstanding for a while. */
export function ModelWait({ state, now }: { state: TaskState; now: number }) {
  const since = state.waitingForModelSince;
  if (state.status !== 'running' || since === undefined || now - since < SHOWN_AFTER_MS) return null;
  return (
    <p class="model-wait" data-testid="model-wait" role="status">
      Waiting for the model ({Math.round((now - since) / 1000)} s)
    </p>
  );
}
