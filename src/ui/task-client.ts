import browser from 'webextension-polyfill';
import { type CommandReply, parseUiReply, type UiCommand, type UiReply } from '../shared/protocol';
import type { TaskState } from '../shared/task';
import { taskStates } from '../shared/storage/catalogue';

/** The UI's only channel to the agent: commands out (answers checked here), task state observed from session storage. */
export async function sendCommand<C extends UiCommand>(command: C): Promise<CommandReply<UiReply<C['type']>>> {
  let answer: unknown;
  try {
    answer = await browser.runtime.sendMessage(command);
  } catch (error) {
    return failure(`Tabwright's background worker did not answer: ${String(error)}`);
  }
  // A worker that does not know the command leaves it unanswered.
  if (answer === undefined) return failure(`Tabwright's background worker does not handle "${command.type}".`);
  const reply = parseUiReply(command.type, answer);
  return 'problem' in reply ? failure(reply.problem) : reply;
}

function failure(message: string): { ok: false; error: { code: 'internal'; message: string } } {
  return { ok: false, error: { code: 'internal', message } };
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
