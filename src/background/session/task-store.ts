import type { TaskState } from '../../shared/task';

/**
 * Task state lives in chrome.storage.session: it survives a service-worker restart (so a stopped worker can tell
 * what it was doing), is readable by the extension's pages (which render it) and not by content scripts.
 */
const TASK_PREFIX = 'task:';

export function taskKey(id: string): string {
  return `${TASK_PREFIX}${id}`;
}

export async function saveTask(state: TaskState): Promise<void> {
  await chrome.storage.session.set({ [taskKey(state.id)]: state });
}

export async function loadTask(id: string): Promise<TaskState | undefined> {
  return (await chrome.storage.session.get(taskKey(id)))[taskKey(id)] as TaskState | undefined;
}

export async function loadAllTasks(): Promise<TaskState[]> {
  const all = await chrome.storage.session.get(null);
  return Object.entries(all)
    .filter(([key]) => key.startsWith(TASK_PREFIX))
    .map(([, value]) => value as TaskState)
    .sort((a, b) => a.startedAt - b.startedAt);
}
