import type { Conversation } from '../agent/loop';
import { pruneImages } from '../agent/history';
import { taskStates } from '../../shared/storage/catalogue';
import { SESSION_PREFIXES } from '../../shared/storage/keys';
import { StorageQuotaError, storageFamily } from '../../shared/storage/storage-area';
import type { TaskOptions, TaskState } from '../../shared/task';
import type { EarlierSecret } from '../safety/secrets';

/**
 * Task state lives in chrome.storage.session: it survives a service-worker restart (so a restarted worker can
 * resume what it was doing), is readable by the extension's pages (which render it) and not by content scripts.
 * The conversation is stored apart from the state because only the worker needs it and it is much larger.
 * Session storage holds 10 MB in all, which a task with attachments, thumbnails and a long conversation can fill:
 * saving then gives up what matters least, and never ends the task.
 */
const conversations = storageFamily<Conversation>('session', SESSION_PREFIXES.conversation);

/**
 * Per task, what redacts its secrets from everything stored (task state, which the panel shows and history and
 * exports copy, and the conversation), so no caller can store a value by forgetting to redact it.
 */
const redactors = new Map<string, <T>(value: T) => T>();

export function redactStoredTask(taskId: string, redact: <T>(value: T) => T): void {
  redactors.set(taskId, redact);
}

/** A task's value as it may be stored anywhere (task state, conversation, history): its secrets redacted. */
export function redacted<T>(taskId: string, value: T): T {
  const redact = redactors.get(taskId);
  return redact ? redact(value) : value;
}

/** What a task carries that the task state must not: secret values and attached file contents. */
/** `earlierSecrets`: values earlier tasks of the same session typed (the page may still show them). */
export type TaskPrivates = Pick<TaskOptions, 'secrets' | 'files'> & { earlierSecrets?: EarlierSecret[] };
const taskPrivates = storageFamily<TaskPrivates>('session', SESSION_PREFIXES.taskPrivates);

/** Thumbnails the timeline keeps when storage is full: the newest steps matter most to a person watching. */
const THUMBNAILS_KEPT_WHEN_FULL = 3;

/** How a save went when storage was full: what it gave up, in the order it tried. */
export type SaveOutcome =
  | 'saved'
  | 'saved_without_old_thumbnails'
  | 'saved_without_thumbnails'
  | 'saved_without_conversation'
  | 'not_saved';

async function fits(write: () => Promise<void>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    if (error instanceof StorageQuotaError) return false;
    throw error;
  }
}

function dropThumbnails(state: TaskState, keep: number): void {
  const cut = Math.max(0, state.steps.length - keep);
  for (const step of state.steps.slice(0, cut)) delete step.screenshot;
}

/**
 * Saves the task's state for the UI and for resuming. When session storage is full it drops, in turn, old
 * thumbnails, all thumbnails (from `state` itself, so later saves stay small), and the stored conversation (which
 * only costs the ability to resume). A state that still does not fit is not saved: the task runs on regardless.
 */
export async function saveTaskState(state: TaskState): Promise<SaveOutcome> {
  const write = () => taskStates.set(state.id, redacted(state.id, state));
  if (await fits(write)) return 'saved';
  dropThumbnails(state, THUMBNAILS_KEPT_WHEN_FULL);
  if (await fits(write)) return 'saved_without_old_thumbnails';
  dropThumbnails(state, 0);
  if (await fits(write)) return 'saved_without_thumbnails';
  await conversations.remove(state.id);
  if (await fits(write)) return 'saved_without_conversation';
  console.warn(`Tabwright: session storage is full; task ${state.id} runs on but its progress is not saved.`);
  return 'not_saved';
}

export async function loadTaskState(taskId: string): Promise<TaskState | undefined> {
  return taskStates.get(taskId);
}

export async function loadAllTasks(): Promise<TaskState[]> {
  return (await taskStates.list()).sort((a, b) => a.startedAt - b.startedAt);
}

/**
 * Best effort: a conversation too large for session storage is stored without its screenshots (resuming then
 * reads the page afresh), and when even that does not fit, not at all, which only costs the ability to resume.
 * The live conversation is never changed: the stored copy is.
 */
export async function saveConversation(taskId: string, conversation: Conversation): Promise<void> {
  const stored = redacted(taskId, conversation);
  if (await fits(() => conversations.set(taskId, stored))) return;
  const messages = structuredClone(stored.messages);
  pruneImages(messages, 0);
  if (await fits(() => conversations.set(taskId, { ...stored, messages }))) return;
  await conversations.remove(taskId);
}

export async function loadConversation(taskId: string): Promise<Conversation | undefined> {
  return conversations.get(taskId);
}

export async function savePrivates(taskId: string, privates: TaskPrivates): Promise<void> {
  if (privates.secrets || privates.files || privates.earlierSecrets) await taskPrivates.set(taskId, privates);
}

export async function loadPrivates(taskId: string): Promise<TaskPrivates> {
  return (await taskPrivates.get(taskId)) ?? {};
}

/**
 * The secret values a task that carries on from this one must still keep from the model (the page may show what was
 * typed): those this task was given and those it carried itself, each value once.
 */
export function carriedSecrets(privates: TaskPrivates): EarlierSecret[] {
  const carried = [...(privates.earlierSecrets ?? [])];
  for (const [name, { value }] of Object.entries(privates.secrets ?? {}))
    if (!carried.some((known) => known.value === value)) carried.push({ name, value });
  return carried;
}

/**
 * Per task, the secret values a follow-up must still keep from the model, in the worker's memory only (like the
 * redactors): no secret value stays in storage once its task has ended.
 */
const carried = new Map<string, EarlierSecret[]>();

export function keepCarriedSecrets(taskId: string, secrets: EarlierSecret[]): void {
  if (secrets.length > 0) carried.set(taskId, secrets);
}

export function carriedFrom(taskId: string): EarlierSecret[] {
  return carried.get(taskId) ?? [];
}

export async function dropTaskExtras(taskId: string): Promise<void> {
  await Promise.all([conversations.remove(taskId), taskPrivates.remove(taskId)]);
}

/** Finished tasks kept in session storage for the UI to pick up; older ones (with their screenshots) are dropped. */
const FINISHED_KEPT = 10;

/** Keeps session storage (10 MB) from filling with old runs; the UI's history keeps what it copied. */
export async function pruneFinishedTasks(): Promise<void> {
  const finished = (await loadAllTasks()).filter((task) => task.status !== 'running');
  const old = finished.slice(0, Math.max(0, finished.length - FINISHED_KEPT));
  await taskStates.remove(...old.map((task) => task.id));
  for (const task of old) {
    redactors.delete(task.id);
    carried.delete(task.id);
  }
}
