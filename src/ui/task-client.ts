import browser from 'webextension-polyfill';
import type { CommandReply, UiCommand } from '../shared/protocol';
import type { TaskState } from '../shared/task';
import { taskStates } from '../shared/storage/catalogue';

/** The UI's only channel to the agent: commands out, task state observed from session storage. */
export async function sendCommand<T extends object = object>(command: UiCommand): Promise<CommandReply<T>> {
  try {
    const reply = (await browser.runtime.sendMessage(command)) as CommandReply<T> | undefined;
    // A worker that does not know the command leaves it unanswered.
    return (
      reply ?? {
        ok: false,
        error: { code: 'internal', message: `Tabwright's background worker does not handle "${command.type}".` },
      }
    );
  } catch (error) {
    return {
      ok: false,
      error: { code: 'internal', message: `Tabwright's background worker did not answer: ${String(error)}` },
    };
  }
}

export async function loadTaskState(id: string): Promise<TaskState | undefined> {
  return taskStates.get(id);
}

/** Calls back with every new state of the task, starting with the stored one. Returns an unsubscribe function. */
export function watchTask(id: string, onState: (state: TaskState) => void): () => void {
  const stop = taskStates.watch(id, (state) => state && onState(state));
  void loadTaskState(id).then((state) => state && onState(state));
  return stop;
}
