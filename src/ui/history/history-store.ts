import { addToHistory, historyItem, readHistory, writeHistory } from '../../shared/history';
import { taskStates } from '../../shared/storage/catalogue';
import type { TaskState } from '../../shared/task';

/** The history the worker writes (src/shared/history.ts), as the pages read and edit it. */
export async function loadHistory(): Promise<TaskState[]> {
  return (await readHistory()).entries;
}

/** Copies every finished task the worker still holds into history (runs that ended before the worker wrote it). */
export async function recordFinishedTasks(): Promise<void> {
  await addToHistory(await taskStates.list());
}

export async function deleteFromHistory(id: string): Promise<void> {
  const history = await readHistory();
  await writeHistory({
    entries: history.entries.filter((entry) => entry.id !== id),
    forgotten: [...history.forgotten, id],
  });
}

/** Calls back with the whole history whenever it changes. Returns an unsubscribe function. */
export function watchHistory(onChange: (entries: TaskState[]) => void): () => void {
  return historyItem.watch((history) => onChange(history?.entries ?? []));
}
