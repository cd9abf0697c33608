import { SESSION_PREFIXES } from '../../shared/storage/keys';
import { storageFamily } from '../../shared/storage/storage-area';
import type { EarlierSecret } from '../safety/secrets';
import type { SessionTaskRecord } from './session-memory';

/** One session: the window it opened, the tab it works in, and what its tasks did. */
export interface SessionRecord {
  id: string;
  /** The SDK client that opened it. */
  client: string;
  windowId: number;
  /** The tab the next operation works in: the session's first tab, or the one its last task moved to. */
  tabId: number;
  tasks: SessionTaskRecord[];
  /** Secret values its tasks typed: a page keeps showing what was typed, so later model requests redact them too. */
  secrets?: EarlierSecret[];
}

/** Sessions live in chrome.storage.session, beside the task states, so a restarted worker still knows them. */
const sessions = storageFamily<SessionRecord>('session', SESSION_PREFIXES.session);

export async function saveSession(session: SessionRecord): Promise<void> {
  await sessions.set(session.id, session);
}

export async function loadSession(id: string): Promise<SessionRecord | undefined> {
  return sessions.get(id);
}

export async function loadAllSessions(): Promise<SessionRecord[]> {
  return sessions.list();
}

export async function dropSession(id: string): Promise<void> {
  await sessions.remove(id);
}
