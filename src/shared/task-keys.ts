/** Where a task's state lives in chrome.storage.session: written by the worker, read by the UI and the bridge. */
export const TASK_KEY_PREFIX = 'task:';

export function taskKey(taskId: string): string {
  return `${TASK_KEY_PREFIX}${taskId}`;
}
