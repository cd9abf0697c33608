import { TabwrightError } from '../../shared/errors';
import { untilBlankLoaded } from '../browser/navigation';
import { isExtensionPage } from '../browser/tab-visibility';

/**
 * The tab a task should work in: the one the caller named, else the active tab of the last focused window. When
 * that is one of Tabwright's own pages (the panel opened as a tab), the agent must not drive its own UI, so the
 * most recently used web tab of that window is taken, or a new tab when there is none. The task then brings the tab
 * to the front (see bringToFront).
 */
export async function resolveTargetTab(requested?: number): Promise<number> {
  if (requested !== undefined) {
    try {
      return (await chrome.tabs.get(requested)).id!;
    } catch {
      throw new TabwrightError('tab_closed', `Tab ${requested} does not exist any more.`);
    }
  }
  const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
  if (active?.id !== undefined && !isExtensionPage(active.url)) return active.id;

  const candidates = (await chrome.tabs.query(active ? { windowId: active.windowId } : {})).filter(
    (tab) => tab.id !== undefined && !isExtensionPage(tab.url),
  );
  candidates.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  if (candidates[0]?.id !== undefined) return candidates[0].id;
  const created = await chrome.tabs.create({
    url: 'about:blank',
    active: false,
    ...(active ? { windowId: active.windowId } : {}),
  });
  await untilBlankLoaded(created.id!);
  return created.id!;
}
