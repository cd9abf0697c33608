import type { UploadFile } from '../../shared/protocol';
import { FINAL_STATUSES, type TaskState } from '../../shared/task';
import type { LiveTaskState } from '../live-task';
import { pruneHistory } from './prune-history';
import { TASK_KEY_PREFIX } from '../../shared/task-keys';

/**
 * Finished runs, kept in chrome.storage.local by the UI. The worker keeps each task in session storage (gone when the
 * browser closes); every Tabwright page copies the finished ones here when it opens and whenever a task ends, so a
 * run that ended while no page was open is copied the next time one is. Copying is idempotent (keyed by task id).
 */
const HISTORY_KEY = 'ui:history';
/** Deleted runs stay deleted although their task may still sit in session storage. */
const MAX_FORGOTTEN = 1000;

interface StoredHistory {
  /** Newest first. */
  entries: LiveTaskState[];
  forgotten: string[];
}

async function read(): Promise<StoredHistory> {
  const stored = (await chrome.storage.local.get(HISTORY_KEY))[HISTORY_KEY] as Partial<StoredHistory> | undefined;
  return { entries: stored?.entries ?? [], forgotten: stored?.forgotten ?? [] };
}

async function write(history: StoredHistory): Promise<void> {
  await chrome.storage.local.set({ [HISTORY_KEY]: { entries: pruneHistory(history.entries), forgotten: history.forgotten.slice(-MAX_FORGOTTEN) } });
}

export async function loadHistory(): Promise<LiveTaskState[]> {
  return (await read()).entries;
}

/** Copies every finished task the worker still holds into history. */
export async function recordFinishedTasks(): Promise<void> {
  const session = await chrome.storage.session.get(null);
  const finished = Object.entries(session)
    .filter(([key, value]) => key.startsWith(TASK_KEY_PREFIX) && FINAL_STATUSES.has((value as TaskState).status))
    .map(([, value]) => value as LiveTaskState);
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
export function watchHistory(onChange: (entries: LiveTaskState[]) => void): () => void {
  const listener = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    const change = changes[HISTORY_KEY];
    if (area === 'local' && change) onChange((change.newValue as StoredHistory | undefined)?.entries ?? []);
  };
  chrome.storage.onChanged.addListener(listener);
  return () => chrome.storage.onChanged.removeListener(listener);
}

/** Attached files can be megabytes: history keeps their names, not their content. */
function forHistory(state: LiveTaskState): LiveTaskState {
  const options = state.options as LiveTaskState['options'] & { files?: UploadFile[] };
  if (!options.files) return state;
  const files = options.files.map(({ name, type }) => ({ name, type, data: '' }));
  return { ...state, options: { ...options, files } as LiveTaskState['options'] };
}
