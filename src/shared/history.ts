import { LOCAL_KEYS } from './storage/keys';
import { storageItem } from './storage/storage-area';
import { pruneHistory } from './history-prune';
import type { UploadFile } from './protocol';
import { FINAL_STATUSES, type TaskState } from './task';

/**
 * Finished runs, kept in chrome.storage.local. The worker writes each task here when it ends, whoever started it
 * (panel, popup, SDK, CLI), so no run is lost when no Tabwright page is open; the pages also copy finished tasks from
 * session storage when they open (runs that ended before this was written). Writing is idempotent (keyed by task
 * id), and runs a person deleted stay deleted.
 */
export const historyItem = storageItem<Partial<StoredHistory>>('local', LOCAL_KEYS.history);
/** Deleted runs stay deleted although their task may still sit in session storage. */
const MAX_FORGOTTEN = 1000;

export interface StoredHistory {
  /** Newest first. */
  entries: TaskState[];
  forgotten: string[];
}

export async function readHistory(): Promise<StoredHistory> {
  const stored = await historyItem.get();
  return { entries: stored?.entries ?? [], forgotten: stored?.forgotten ?? [] };
}

export async function writeHistory(history: StoredHistory): Promise<void> {
  await historyItem.set({ entries: pruneHistory(history.entries), forgotten: history.forgotten.slice(-MAX_FORGOTTEN) });
}

/** Adds the finished ones among `states` that history does not hold yet (nor was told to forget). */
export async function addToHistory(states: TaskState[]): Promise<void> {
  const finished = states.filter((state) => FINAL_STATUSES.has(state.status));
  if (finished.length === 0) return;
  const history = await readHistory();
  const known = new Set([...history.entries.map((entry) => entry.id), ...history.forgotten]);
  const fresh = finished.filter((state) => !known.has(state.id)).map(forHistory);
  if (fresh.length === 0) return;
  const entries = [...fresh, ...history.entries].sort((a, b) => b.startedAt - a.startedAt);
  await writeHistory({ ...history, entries });
}

/** Attached files can be megabytes: history keeps their names, not their content. */
function forHistory(state: TaskState): TaskState {
  const options = state.options as TaskState['options'] & { files?: UploadFile[] };
  if (!options.files) return state;
  const files = options.files.map(({ name, type }) => ({ name, type, data: '' }));
  return { ...state, options: { ...options, files } as TaskState['options'] };
}
