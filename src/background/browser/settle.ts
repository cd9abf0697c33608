import type { PageChanges } from '../../shared/protocol';
import { askContent } from './content-channel';
import type { NavigationWatch } from './navigation';

export interface Settled {
  /** What the acting frame saw change (not meaningful when the top frame loaded a new document). */
  inPage?: PageChanges;
  navigationError?: string;
}

/**
 * Waits, with bounds and without fixed sleeps, until the page has reacted to an action: the acting frame reports DOM
 * and network quiet; a navigation that started meanwhile is waited for until loaded, then the new document is given
 * the same quiet wait so the next snapshot sees it rendered.
 */
export async function settle(tabId: number, frameId: number, watch: NavigationWatch): Promise<Settled> {
  const reply = await askContent(tabId, { type: 'content/settle' }, frameId).catch(() => null);
  if (!watch.started || !watch.crossDocument) return reply?.ok ? { inPage: reply.changes } : {};
  await watch.untilEnded();
  if (watch.error) return { navigationError: watch.error };
  await askContent(tabId, { type: 'content/settle' }, 0).catch(() => null);
  return {};
}
