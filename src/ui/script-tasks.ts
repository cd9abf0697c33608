import type { TaskState } from '../shared/task';
import { TASK_KEY_PREFIX } from '../shared/task-keys';

/**
 * Tasks a script started through the SDK bridge (they belong to a session) and that are still running, so a person
 * can follow them and answer what they ask in the panel. Calls back with the whole list on every change.
 */
export function watchScriptTasks(onChange: (tasks: TaskState[]) => void): () => void {
  const tasks = new Map<string, TaskState>();
  const publish = () => onChange([...tasks.values()].sort((a, b) => a.startedAt - b.startedAt));
  const take = (key: string, state: TaskState | undefined) => {
    if (state?.sessionId && state.status === 'running') tasks.set(key, state);
    else tasks.delete(key);
  };
  const listener = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    if (area !== 'session') return;
    const keys = Object.keys(changes).filter((key) => key.startsWith(TASK_KEY_PREFIX));
    for (const key of keys) take(key, changes[key]?.newValue as TaskState | undefined);
    if (keys.length > 0) publish();
  };
  chrome.storage.onChanged.addListener(listener);
  void chrome.storage.session.get(null).then((all) => {
    for (const [key, value] of Object.entries(all)) if (key.startsWith(TASK_KEY_PREFIX)) take(key, value as TaskState);
    publish();
  });
  return () => chrome.storage.onChanged.removeListener(listener);
}
