import type { TaskState } from '../../shared/task';
import { STATUS_LABEL } from './status-text';
import { taskReason } from './task-reason';

/** The task's status and why, in words; read out when it changes. */
export function StatusLine({ state }: { state: TaskState }) {
  const waiting = state.status === 'running' && state.pending !== undefined;
  return (
    <p class={`status status--${waiting ? 'waiting' : state.status}`} data-testid="status" aria-live="polite">
      <span class="status-dot" aria-hidden="true" />
      <strong>{waiting ? 'Waiting for you' : STATUS_LABEL[state.status]}</strong>
      <span class="status-message"> — {taskReason(state)}</span>
    </p>
  );
}
