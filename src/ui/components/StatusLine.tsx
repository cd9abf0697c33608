import type { TaskState } from '../../shared/task';
import { STATUS_LABEL, STATUS_REASON } from './status-text';

const WAITING = 'Waiting for you: the agent has asked something.';

/** The task's status and why, in words; read out when it changes. */
export function StatusLine({ state }: { state: TaskState }) {
  return (
    <p class={`status status--${state.status}`} data-testid="status" aria-live="polite">
      <span class="status-dot" aria-hidden="true" />
      <strong>{STATUS_LABEL[state.status]}</strong>
      <span class="status-message"> — {state.result?.message ?? (state.pending ? WAITING : STATUS_REASON[state.status])}</span>
    </p>
  );
}
