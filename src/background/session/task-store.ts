import type { Conversation } from '../agent/loop';
import type { TaskOptions, TaskState } from '../../shared/task';
import { TASK_KEY_PREFIX, taskKey } from '../../shared/task-keys';

/**
 * Task state lives in chrome.storage.session: it survives a service-worker restart (so a restarted worker can
 * resume what it was doing), is readable by the extension's pages (which render it) and not by content scripts.
 * The conversation is stored apart from the state because only the worker needs it and it is much larger.
 */
const CONVERSATION_PREFIX = 'conversation:';
/** Secret values and file contents are kept apart from the task state, which the UI reads and history copies. */
const SECRETS_PREFIX = 'private:';

/**
 * Per task, what redacts its secrets from everything stored (task state, which the panel shows and history and
 * exports copy, and the conversation), so no caller can store a value by forgetting to redact it.
 */
const redactors = new Map<string, <T>(value: T) => T>();

export function redactStoredTask(taskId: string, redact: <T>(value: T) => T): void {
  redactors.set(taskId, redact);
}

function redacted<T>(taskId: string, value: T): T {
  const redact = redactors.get(taskId);
  return redact ? redact(value) : value;
}

export async function saveTask(state: TaskState): Promise<void> {
  await chrome.storage.session.set({ [taskKey(state.id)]: redacted(state.id, state) });
}

export async function loadAllTasks(): Promise<TaskState[]> {
  const all = await chrome.storage.session.get(null);
  return Object.entries(all)
    .filter(([key]) => key.startsWith(TASK_KEY_PREFIX))
    .map(([, value]) => value as TaskState)
    .sort((a, b) => a.startedAt - b.startedAt);
}

/** Best effort: a conversation too large for session storage only costs the ability to resume. */
export async function saveConversation(taskId: string, conversation: Conversation): Promise<void> {
  try {
    await chrome.storage.session.set({ [`${CONVERSATION_PREFIX}${taskId}`]: redacted(taskId, conversation) });
  } catch {
    await chrome.storage.session.remove(`${CONVERSATION_PREFIX}${taskId}`);
  }
}

export async function loadConversation(taskId: string): Promise<Conversation | undefined> {
  const key = `${CONVERSATION_PREFIX}${taskId}`;
  return (await chrome.storage.session.get(key))[key] as Conversation | undefined;
}


/** What a task carries that the task state must not: secret values and attached file contents. */
export type TaskPrivates = Pick<TaskOptions, 'secrets' | 'files'>;

export async function savePrivates(taskId: string, privates: TaskPrivates): Promise<void> {
  if (privates.secrets || privates.files) await chrome.storage.session.set({ [`${SECRETS_PREFIX}${taskId}`]: privates });
}

export async function loadPrivates(taskId: string): Promise<TaskPrivates> {
  const key = `${SECRETS_PREFIX}${taskId}`;
  return ((await chrome.storage.session.get(key))[key] as TaskPrivates | undefined) ?? {};
}

export async function dropTaskExtras(taskId: string): Promise<void> {
  await chrome.storage.session.remove([`${CONVERSATION_PREFIX}${taskId}`, `${SECRETS_PREFIX}${taskId}`]);
}

/** Finished tasks kept in session storage for the UI to pick up; older ones (with their screenshots) are dropped. */
const FINISHED_KEPT = 10;

/** Keeps session storage (10 MB) from filling with old runs; the UI's history keeps what it copied. */
export async function pruneFinishedTasks(): Promise<void> {
  const finished = (await loadAllTasks()).filter((task) => task.status !== 'running');
  const old = finished.slice(0, Math.max(0, finished.length - FINISHED_KEPT));
  if (old.length > 0) await chrome.storage.session.remove(old.map((task) => taskKey(task.id)));
  for (const task of old) redactors.delete(task.id);
}
