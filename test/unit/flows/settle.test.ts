import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NavigationWatch } from '../../../src/background/browser/navigation';
import type { ContentReply, ContentRequest } from '../../../src/shared/protocol';
import { FakeEvent } from '../../support/fake-chrome';

/**
 * What settling after an action decides, with the page's answers and the browser's reports scripted: when it looks at
 * the DOM a second time, and when it waits for a navigation the page announced.
 */

const asked: ContentRequest[] = [];
let answer: (request: ContentRequest, call: number) => ContentReply = () => ({ ok: true });
vi.mock('../../../src/background/browser/content-channel', () => ({
  askContent: async (_tabId: number, request: ContentRequest) => {
    asked.push(request);
    return answer(request, asked.length);
  },
}));
vi.mock('../../../src/background/browser/native-dialogs', () => ({ takeDialogNotes: async () => [] }));

const TAB = 4;
const webRequest = {
  onBeforeRequest: new FakeEvent<[{ tabId: number; requestId: string }]>(),
  onCompleted: new FakeEvent<[{ tabId: number; requestId: string }]>(),
  onErrorOccurred: new FakeEvent<[{ tabId: number; requestId: string }]>(),
};

beforeEach(() => {
  (globalThis as { chrome?: unknown }).chrome = { webRequest, tabs: { onRemoved: new FakeEvent() } };
  asked.length = 0;
});
afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
});

/** A watch over the top frame that the test starts, as webNavigation would. */
function fakeWatch() {
  let wake: (() => void) | undefined;
  const watch = {
    started: false,
    crossDocument: false,
    error: undefined,
    untilStarted: vi.fn(
      (ms: number) =>
        new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => resolve(false), ms);
          wake = () => {
            clearTimeout(timer);
            resolve(true);
          };
        }),
    ),
    untilEnded: vi.fn(async () => true),
    start() {
      watch.started = true;
      watch.crossDocument = true;
      wake?.();
    },
  };
  return watch;
}

async function load() {
  const tracker = await import('../../../src/background/browser/request-tracker');
  const { settle } = await import('../../../src/background/browser/settle');
  tracker.trackRequests();
  return { settle, tracker };
}

describe('settling after an action', () => {
  it('looks at the DOM again when the action set off a request, even one that ended before the page went quiet', async () => {
    const { settle, tracker } = await load();
    const before = tracker.requestsStarted(TAB);
    answer = (_request, call) => {
      // The scroll's fetch starts and ends while the page is still quiet; its rows come after the first answer.
      if (call === 1) {
        webRequest.onBeforeRequest.fire({ tabId: TAB, requestId: 'feed' });
        webRequest.onCompleted.fire({ tabId: TAB, requestId: 'feed' });
        return { ok: true, changes: { added: 0 } };
      }
      return { ok: true, changes: { added: 30 } };
    };
    const watch = fakeWatch();
    const settled = await settle(TAB, 0, watch as unknown as NavigationWatch, before);
    expect(asked.map((request) => request.type)).toEqual(['content/settle', 'content/settle']);
    expect(settled.inPage).toEqual({ added: 30 });

    // Another tab's request is not this action's answer: one look suffices.
    asked.length = 0;
    answer = () => {
      webRequest.onBeforeRequest.fire({ tabId: TAB + 1, requestId: 'other' });
      webRequest.onCompleted.fire({ tabId: TAB + 1, requestId: 'other' });
      return { ok: true, changes: { added: 0 } };
    };
    await settle(TAB, 0, fakeWatch() as unknown as NavigationWatch, tracker.requestsStarted(TAB));
    expect(asked).toHaveLength(1);
  });

  it('waits for a navigation the top document announced until the browser reports it, then for its end', async () => {
    const { settle, tracker } = await load();
    const watch = fakeWatch();
    answer = (request) =>
      request.type === 'content/settle' && request.rewatch
        ? { ok: true, changes: { added: 0, leaving: true } }
        : { ok: true };
    const settling = settle(TAB, 0, watch as unknown as NavigationWatch, tracker.requestsStarted(TAB));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(watch.untilStarted).toHaveBeenCalledTimes(1);
    expect(watch.untilEnded).not.toHaveBeenCalled();
    watch.start();
    expect(await settling).toEqual({});
    expect(watch.untilEnded).toHaveBeenCalledTimes(1);

    // A frame's navigation is not the tab's: nothing is waited for.
    const framed = fakeWatch();
    await settle(TAB, 5, framed as unknown as NavigationWatch, tracker.requestsStarted(TAB));
    expect(framed.untilStarted).not.toHaveBeenCalled();
  });
});
