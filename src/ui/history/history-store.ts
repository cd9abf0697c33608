import { addToHistory, HISTORY_KEY, readHistory, type StoredHistory, writeHistory } from '../../shared/history';
import type { TaskState } from '../../shared/task';
import { TASK_KEY_PREFIX } from '../../shared/task-keys';
import type { LiveTaskState } from '../live-task';

/** The history the worker writes (src/shared/history.ts), as the pages read and edit it. */
export async function loadHistory(): Promise<LiveTaskState[]> {
  return (await readHistory()).entries;
}

/** Copies every finished task the worker still holds into history (runs that ended before the worker wrote it). */
export async function recordFinishedTasks(): Promise<void> {
  const session = await chrome.storage.session.get(null);
  const tasks = Object.entries(session)
    .filter(([key]) => key.startsWith(TASK_KEY_PREFIX))
    .map(([, value]) => value as TaskState);
  await addToHistory(tasks);
}

export async function deleteFromHistory(id: string): Promise<void> {
  const history = await readHistory();
  await writeHistory({ entries: history.entries.filter((entry) => entry.id !== id), forgotten: [...history.forgotten, id] });
}

/** Calls back with the whole history whenever it changes. Returns an unsubscribe function. */
export function watchHistory(onChange: (entries: LiveTaskState[]) => void): () => void {
  const listener = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    const change = changes[HISTORY_KEY];
    if (area === 'local' && change) onChange((change.newValue as StoredHistory | undefined)?.entries ?? []);
  };
  chrome.storage.onChanged.addListener(listener);
  return () => chrome.storage.onChanged.removeListener(listener);
}
