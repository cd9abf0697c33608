import type { TaskRequest } from '../../shared/task';

/** A task with its options under a name the person chose, to run again from the popup or the side panel. */
export interface SavedTask {
  id: string;
  name: string;
  options: TaskRequest;
  savedAt: number;
}

const SAVED_KEY = 'ui:saved-tasks';

export async function loadSavedTasks(): Promise<SavedTask[]> {
  return ((await chrome.storage.local.get(SAVED_KEY))[SAVED_KEY] as SavedTask[] | undefined) ?? [];
}

/** Saving under a name that exists replaces that task: names are how people tell them apart. */
export async function saveTask(name: string, options: TaskRequest): Promise<SavedTask> {
  const tasks = await loadSavedTasks();
  const existing = tasks.find((task) => task.name.toLowerCase() === name.toLowerCase());
  const saved: SavedTask = { id: existing?.id ?? crypto.randomUUID(), name, options, savedAt: Date.now() };
  const others = tasks.filter((task) => task.id !== saved.id);
  await chrome.storage.local.set({ [SAVED_KEY]: [saved, ...others] });
  return saved;
}

export async function deleteSavedTask(id: string): Promise<void> {
  await chrome.storage.local.set({ [SAVED_KEY]: (await loadSavedTasks()).filter((task) => task.id !== id) });
}

export function watchSavedTasks(onChange: (tasks: SavedTask[]) => void): () => void {
  const listener = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    const change = changes[SAVED_KEY];
    if (area === 'local' && change) onChange((change.newValue as SavedTask[] | undefined) ?? []);
  };
  chrome.storage.onChanged.addListener(listener);
  return () => chrome.storage.onChanged.removeListener(listener);
}
