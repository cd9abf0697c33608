import { LOCAL_KEYS } from '../../shared/storage/keys';
import { storageItem } from '../../shared/storage/storage-area';
import type { TaskRequest } from '../../shared/task';

/** A task with its options under a name the person chose, to run again from the popup or the side panel. */
export interface SavedTask {
  id: string;
  name: string;
  options: TaskRequest;
  savedAt: number;
}

const savedTasksItem = storageItem<SavedTask[]>('local', LOCAL_KEYS.savedTasks);

export async function loadSavedTasks(): Promise<SavedTask[]> {
  return (await savedTasksItem.get()) ?? [];
}

/** Saving under a name that exists replaces that task: names are how people tell them apart. */
export async function saveTask(name: string, options: TaskRequest): Promise<SavedTask> {
  const tasks = await loadSavedTasks();
  const existing = tasks.find((task) => task.name.toLowerCase() === name.toLowerCase());
  const saved: SavedTask = { id: existing?.id ?? crypto.randomUUID(), name, options, savedAt: Date.now() };
  const others = tasks.filter((task) => task.id !== saved.id);
  await savedTasksItem.set([saved, ...others]);
  return saved;
}

export async function deleteSavedTask(id: string): Promise<void> {
  await savedTasksItem.set((await loadSavedTasks()).filter((task) => task.id !== id));
}

export function watchSavedTasks(onChange: (tasks: SavedTask[]) => void): () => void {
  return savedTasksItem.watch((tasks) => onChange(tasks ?? []));
}
