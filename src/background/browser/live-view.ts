import { withinAnswerTime } from './answer-time';
import { briefly } from './brief-wait';
import type { ContentRequest, LiveViewMode } from '../../shared/protocol';

/**
 * The worker's side of the live view in the page (see src/content/live-view.ts). Best effort: a page that cannot be
 * scripted simply shows no frame, and the agent's work never waits on a failure here, nor long on a busy page.
 * Concealing the frame before a picture is waited out like any page answer: a page that never yields fails the
 * picture after the answer bound rather than showing the frame in it (or holding the task).
 */
export async function setLiveView(tabId: number, mode: LiveViewMode): Promise<void> {
  const request: ContentRequest = { type: 'content/live', mode };
  const sent = chrome.tabs.sendMessage(tabId, request, { frameId: 0 }).catch(() => undefined);
  await (mode === 'conceal' ? withinAnswerTime(sent) : briefly(sent));
}

/** Takes a picture of the tab with the live view concealed, so the model (and the timeline) see the page alone. */
export async function withoutLiveView<T>(tabId: number, capture: () => Promise<T>): Promise<T> {
  await setLiveView(tabId, 'conceal');
  try {
    return await capture();
  } finally {
    await setLiveView(tabId, 'reveal');
  }
}
