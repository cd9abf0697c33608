import { taskStates } from '../shared/storage/catalogue';
import type { TaskState } from '../shared/task';

/**
 * Tasks a script started through the SDK bridge (they belong to a session) and that are still running, so a person
 * can follow them and answer what they ask in the panel. Calls back with the whole list on every change.
 */
export function watchScriptTasks(onChange: (tasks: TaskState[]) => void): () => void {
  const tasks = new Map<string, TaskState>();
  const publish = () => onChange([...tasks.values()].sort((a, b) => a.startedAt - b.startedAt));
  const take = (id: string, state: TaskState | undefined) => {
    if (state?.sessionId && state.status === 'running') tasks.set(id, state);
    else tasks.delete(id);
  };
  const stop = taskStates.watchAll((state, id) => {
    take(id, state);
    publish();
  });
  void taskStates.list().then((all) => {
    for (const state of all) take(state.id, state);
    publish();
  });
  return stop;
}
