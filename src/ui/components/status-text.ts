import { creditDecimals } from '../../shared/credits-display';
import type { TaskStatus } from '../../shared/task';

export const STATUS_LABEL: Record<TaskStatus, string> = {
  running: 'Running',
  success: 'Success',
  failed: 'Failed',
  max_steps: 'Max steps reached',
  budget_exceeded: 'Budget exceeded',
  cancelled: 'Cancelled',
  error: 'Error',
};

/** Said when the worker gave no reason of its own, so every ending explains itself. */
export const STATUS_REASON: Record<TaskStatus, string> = {
  running: 'The agent is working in your tab.',
  success: 'The agent finished the task.',
  failed: 'The agent could not complete the task.',
  max_steps: 'The agent used every step it was allowed without finishing. Raise Max steps or make the task smaller.',
  budget_exceeded: 'The task reached its credit budget. Raise the budget to let it go further.',
  cancelled: 'Stopped by the user.',
  error: 'Something went wrong before the task could finish.',
};

export function formatCredits(credits: number): string {
  return credits.toFixed(creditDecimals(credits));
}

export function formatSeconds(seconds: number): string {
  return `${seconds.toFixed(1)} s`;
}

export function formatWhen(timestamp: number, now = Date.now()): string {
  const date = new Date(timestamp);
  const sameDay = new Date(now).toDateString() === date.toDateString();
  const time = date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return sameDay ? `Today ${time}` : `${date.toLocaleDateString([], { month: 'short', day: 'numeric' })} ${time}`;
}
