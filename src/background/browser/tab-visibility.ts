/**
 * The tab the agent works in must be visible: Chrome throttles timers in a hidden tab and delivers scroll events and
 * IntersectionObserver callbacks late or never, so infinite lists and lazy content stall there. A tab is visible when
 * it is the active tab of its window. When a Tabwright page (the side panel or popup opened as a tab) is the active
 * tab of that window, activating the task's tab would hide the page the person watches the task in, so the task's
 * tab moves into a window of its own instead: both stay visible.
 */
export async function bringToFront(tabId: number): Promise<void> {
  const tab = await chrome.tabs.get(tabId).catch(() => undefined);
  if (!tab || tab.active) return;
  const [front] = await chrome.tabs.query({ active: true, windowId: tab.windowId });
  if (front && isExtensionPage(front.url ?? front.pendingUrl)) await chrome.windows.create({ tabId, focused: true });
  else await chrome.tabs.update(tabId, { active: true });
}

/** One of Tabwright's own pages: the agent never drives these. */
export function isExtensionPage(url: string | undefined): boolean {
  return !!url && url.startsWith(chrome.runtime.getURL(''));
}
