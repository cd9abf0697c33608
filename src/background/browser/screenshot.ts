import type { BetaScreenshotResult } from '@anthropic-ai/sdk/helpers/beta/toolsets';

const JPEG_QUALITY = 70;

/** captureVisibleTab shows only the active tab of a window, so the task's tab is brought to the front first. */
export async function captureTab(tabId: number): Promise<BetaScreenshotResult> {
  const tab = await chrome.tabs.update(tabId, { active: true });
  if (!tab) throw new Error('The tab is gone.');
  const dataUrl = await chrome.tabs.captureVisibleTab(tab.windowId, { format: 'jpeg', quality: JPEG_QUALITY });
  return { data: dataUrl.slice(dataUrl.indexOf(',') + 1), mediaType: 'image/jpeg' };
}
