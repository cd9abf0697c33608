import type { UploadFile } from '../../shared/protocol';
import { FINAL_STATUSES, type TaskState } from '../../shared/task';
import { taskStates } from '../../shared/storage/catalogue';
import { LOCAL_KEYS } from '../../shared/storage/keys';
import { storageItem } from '../../shared/storage/storage-area';
import { pruneHistory } from './prune-history';

/**
 * Finished runs, kept in chrome.storage.local by the UI. The worker keeps each task in session storage (gone when the
 * browser closes); every Tabwright page copies the finished ones here when it opens and whenever a task ends, so a
 * run that ended while no page was open is copied the next time one is. Copying is idempotent (keyed by task id).
 */
/** Deleted runs stay deleted although their task may still sit in session storage. */
const MAX_FORGOTTEN = 1000;

interface StoredHistory {
  /** Newest first. */
  entries: TaskState[];
  forgotten: string[];
}

const historyItem = storageItem<Partial<StoredHistory>>('local', LOCAL_KEYS.history);

async function read(): Promise<StoredHistory> {
  const stored = await historyItem.get();
  return { entries: stored?.entries ?? [], forgotten: stored?.forgotten ?? [] };
}

async function write(history: StoredHistory): Promise<void> {
  await historyItem.set({ entries: pruneHistory(history.entries), forgotten: history.forgotten.slice(-MAX_FORGOTTEN) });
}

export async function loadHistory(): Promise<TaskState[]> {
  return (await read()).entries;
}

/** Copies every finished task the worker still holds into history. */
export async function recordFinishedTasks(): Promise<void> {
  const finished = (await taskStates.list()).filter((state) => FINAL_STATUSES.has(state.status));
  if (finished.length === 0) return;
  const history = await read();
  const known = new Set([...history.entries.map((entry) => entry.id), ...history.forgotten]);
  const fresh = finished.filter((state) => !known.has(state.id)).map(forHistory);
  if (fresh.length === 0) return;
  const entries = [...fresh, ...history.entries].sort((a, b) => b.startedAt - a.startedAt);
  await write({ ...history, entries });
}

export async function deleteFromHistory(id: string): Promise<void> {
  const history = await read();
  await write({ entries: history.entries.filter((entry) => entry.id !== id), forgotten: [...history.forgotten, id] });
}

/** Calls back with the whole history whenever it changes. Returns an unsubscribe function. */
export function watchHistory(onChange: (entries: TaskState[]) => void): () => void {
  return historyItem.watch((history) => onChange(history?.entries ?? []));
}

/** Attached files can be megabytes: history keeps their names, not their content. */
function forHistory(state: TaskState): TaskState {
  const options = state.options as TaskState['options'] & { files?: UploadFile[] };
  if (!options.files) return state;
  const files = options.files.map(({ name, type }) => ({ name, type, data: '' }));
  return { ...state, options: { ...options, files } as TaskState['options'] };
}
