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
}

/** Sessions live in chrome.storage.session, beside the task states, so a restarted worker still knows them. */
const SESSION_PREFIX = 'session:';

export async function saveSession(session: SessionRecord): Promise<void> {
  await chrome.storage.session.set({ [`${SESSION_PREFIX}${session.id}`]: session });
}

export async function loadSession(id: string): Promise<SessionRecord | undefined> {
  const key = `${SESSION_PREFIX}${id}`;
  return (await chrome.storage.session.get(key))[key] as SessionRecord | undefined;
}

export async function loadAllSessions(): Promise<SessionRecord[]> {
  const all = await chrome.storage.session.get(null);
  return Object.entries(all)
    .filter(([key]) => key.startsWith(SESSION_PREFIX))
    .map(([, value]) => value as SessionRecord);
}

export async function dropSession(id: string): Promise<void> {
  await chrome.storage.session.remove(`${SESSION_PREFIX}${id}`);
}
