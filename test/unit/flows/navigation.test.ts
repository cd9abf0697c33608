import { afterEach, describe, expect, it, vi } from 'vitest';
import { NavigationWatch, navigateTab } from '../../../src/background/browser/navigation';

type Listener = (details: never) => void;

/** Just enough of chrome.tabs and chrome.webNavigation to replay what Chrome reports for one tab. */
function fakeChrome(onUpdate: (events: Events, call: number) => void) {
  const event = () => {
    const listeners = new Set<Listener>();
    return {
      addListener: (listener: Listener) => listeners.add(listener),
      removeListener: (listener: Listener) => listeners.delete(listener),
      fire: (details: object) => {
        for (const listener of [...listeners]) listener(details as never);
      },
    };
  };
  const events = {
    onBeforeNavigate: event(),
    onCommitted: event(),
    onDOMContentLoaded: event(),
    onCompleted: event(),
    onErrorOccurred: event(),
    onReferenceFragmentUpdated: event(),
    onHistoryStateUpdated: event(),
  };
  const onHeadersReceived = event();
  let calls = 0;
  const chrome = {
    webNavigation: { ...events, getFrame: async () => ({ documentId: 'previous' }) },
    webRequest: { onHeadersReceived },
    tabs: {
      onRemoved: event(),
      get: async (tabId: number) => ({ id: tabId, url: 'http://127.0.0.1/done' }),
      update: async () => {
        const call = ++calls;
        // Chrome reports asynchronously, after update() has returned.
        setTimeout(() => onUpdate({ ...events, onHeadersReceived }, call), 0);
      },
    },
  };
  (globalThis as { chrome?: unknown }).chrome = chrome;
  return { updates: () => calls };
}
type Events = {
  [K in
    | 'onBeforeNavigate'
    | 'onCommitted'
    | 'onDOMContentLoaded'
    | 'onCompleted'
    | 'onErrorOccurred'
    | 'onHeadersReceived']: {
    fire: (details: object) => void;
  };
};

const top = { tabId: 7, frameId: 0 };
const URL_ASKED = 'http://127.0.0.1/start';

afterEach(() => {
  vi.useRealTimers();
  delete (globalThis as { chrome?: unknown }).chrome;
});

describe('navigateTab waits for the navigation it started', () => {
  it("is not fooled by a blank tab's own load, and starts an aborted navigation once more", async () => {
    const seen: string[] = [];
    const fake = fakeChrome((events, call) => {
      if (call === 1) {
        // The blank document of a tab created a moment ago finishes loading: not the end of ours.
        events.onCompleted.fire({ ...top, url: 'about:blank', documentId: 'blank' });
        events.onBeforeNavigate.fire({ ...top, url: URL_ASKED });
        // Something else navigated the tab before ours committed.
        events.onErrorOccurred.fire({ ...top, url: URL_ASKED, error: 'net::ERR_ABORTED' });
        seen.push('aborted');
        return;
      }
      events.onBeforeNavigate.fire({ ...top, url: URL_ASKED });
      events.onCompleted.fire({ ...top, url: 'about:blank', documentId: 'blank' });
      events.onCommitted.fire({ ...top, url: URL_ASKED, documentId: 'page' });
      // A frame's load is not the page's.
      events.onCompleted.fire({ tabId: 7, frameId: 3, url: URL_ASKED, documentId: 'frame' });
      seen.push('committed');
      setTimeout(() => {
        seen.push('loaded');
        events.onCompleted.fire({ ...top, url: URL_ASKED, documentId: 'page' });
      }, 10);
    });
    await navigateTab(7, URL_ASKED);
    expect(fake.updates()).toBe(2);
    expect(seen).toEqual(['aborted', 'committed', 'loaded']);
  });

  it('follows a redirect the page starts after the commit to its end', async () => {
    const seen: string[] = [];
    fakeChrome((events) => {
      events.onBeforeNavigate.fire({ ...top, url: URL_ASKED });
      events.onCommitted.fire({ ...top, url: URL_ASKED, documentId: 'first' });
      // The first document's load never completes: the page replaced itself (location.replace) first.
      events.onBeforeNavigate.fire({ ...top, url: 'http://127.0.0.1/next' });
      events.onCommitted.fire({ ...top, url: 'http://127.0.0.1/next', documentId: 'next' });
      setTimeout(() => {
        seen.push('next loaded');
        events.onCompleted.fire({ ...top, url: 'http://127.0.0.1/next', documentId: 'next' });
      }, 10);
    });
    await navigateTab(7, URL_ASKED);
    expect(seen).toEqual(['next loaded']);
  });

  it('fails with the network error of its own navigation, after one retry of an abort', async () => {
    fakeChrome((events, call) => {
      events.onBeforeNavigate.fire({ ...top, url: URL_ASKED });
      events.onErrorOccurred.fire({
        ...top,
        url: URL_ASKED,
        error: call === 1 ? 'net::ERR_ABORTED' : 'net::ERR_CONNECTION_REFUSED',
      });
    });
    await expect(navigateTab(7, URL_ASKED)).rejects.toThrow(
      'Error: Navigation to http://127.0.0.1/start failed (net::ERR_CONNECTION_REFUSED).',
    );
  });

  it('reads a page whose document is parsed but whose load never ends (a hanging image) after a short wait', async () => {
    vi.useFakeTimers();
    fakeChrome((events) => {
      events.onBeforeNavigate.fire({ ...top, url: URL_ASKED });
      events.onCommitted.fire({ ...top, url: URL_ASKED, documentId: 'page' });
      // A frame's parsed document is not the page's.
      events.onDOMContentLoaded.fire({ tabId: 7, frameId: 3, url: URL_ASKED, documentId: 'frame' });
      events.onDOMContentLoaded.fire({ ...top, url: URL_ASKED, documentId: 'page' });
      // onCompleted never comes: an image of the page never answers.
    });
    let ended = false;
    const navigation = navigateTab(7, URL_ASKED).then(() => {
      ended = true;
    });
    await vi.advanceTimersByTimeAsync(4_000);
    expect(ended).toBe(false);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(ended).toBe(true);
    await navigation;
  });

  it('still waits out the load of a page that has not even been parsed, and says it timed out', async () => {
    vi.useFakeTimers();
    fakeChrome((events) => {
      events.onBeforeNavigate.fire({ ...top, url: URL_ASKED });
      events.onCommitted.fire({ ...top, url: URL_ASKED, documentId: 'page' });
    });
    const failure = navigateTab(7, URL_ASKED).catch((error: Error) => error.message);
    await vi.advanceTimersByTimeAsync(31_000);
    expect(await failure).toBe(
      'Error: Navigation to http://127.0.0.1/start timed out after 30 seconds. The page may be unavailable.',
    );
  });

  it('says a URL is a file to download, and does not start it again (a second download)', async () => {
    const fake = fakeChrome((events) => {
      events.onBeforeNavigate.fire({ ...top, url: URL_ASKED });
      events.onHeadersReceived.fire({
        ...top,
        url: URL_ASKED,
        statusCode: 200,
        responseHeaders: [
          { name: 'Content-Type', value: 'text/csv' },
          { name: 'Content-Disposition', value: 'attachment; filename="report 2026.csv"' },
        ],
      });
      // Chrome ends a navigation that became a download as it ends one another navigation replaced.
      events.onErrorOccurred.fire({ ...top, url: URL_ASKED, error: 'net::ERR_ABORTED' });
    });
    await expect(navigateTab(7, URL_ASKED)).rejects.toThrow(
      'Error: http://127.0.0.1/start is a file to download (report 2026.csv), not a page: the browser downloads it ' +
        'instead of showing it, and the tab stays on the page it was on.',
    );
    expect(fake.updates()).toBe(1);
  });

  it('is not ended by the previous page, whose own load the navigation cuts short (its images still loading)', async () => {
    const seen: string[] = [];
    const fake = fakeChrome((events) => {
      events.onBeforeNavigate.fire({ ...top, url: URL_ASKED });
      events.onHeadersReceived.fire({ ...top, url: URL_ASKED, statusCode: 200, responseHeaders: [] });
      // The page the tab showed had not finished loading: its load ends now, aborted.
      events.onErrorOccurred.fire({
        ...top,
        url: 'http://127.0.0.1/before',
        error: 'net::ERR_ABORTED',
        documentId: 'previous',
      });
      events.onCommitted.fire({ ...top, url: URL_ASKED, documentId: 'page' });
      setTimeout(() => {
        seen.push('loaded');
        events.onCompleted.fire({ ...top, url: URL_ASKED, documentId: 'page' });
      }, 10);
    });
    await navigateTab(7, URL_ASKED);
    // Asked once: the server is not asked for the page a second time.
    expect(fake.updates()).toBe(1);
    expect(seen).toEqual(['loaded']);
  });
});

describe('the watch over what an action does to the page', () => {
  it('says a click that downloads a file left the page in place, and is not ended by the load of the page it leaves', async () => {
    fakeChrome(() => undefined);
    const events = (globalThis as unknown as { chrome: { webNavigation: Events; webRequest: Events } }).chrome;
    const watch = new NavigationWatch(7);
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The click: a navigation starts; the page it leaves was still loading an image, whose load is now cut short.
    events.webNavigation.onBeforeNavigate.fire({ ...top, url: 'http://127.0.0.1/export' });
    events.webNavigation.onErrorOccurred.fire({
      ...top,
      url: URL_ASKED,
      error: 'net::ERR_ABORTED',
      documentId: 'previous',
    });
    let ended = false;
    const ending = watch.untilEnded(1_000).then((inTime) => {
      ended = inTime;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(ended).toBe(false);
    events.webRequest.onHeadersReceived.fire({
      ...top,
      url: 'http://127.0.0.1/export',
      statusCode: 200,
      responseHeaders: [{ name: 'content-disposition', value: 'attachment; filename=orders.csv' }],
    });
    events.webNavigation.onErrorOccurred.fire({ ...top, url: 'http://127.0.0.1/export', error: 'net::ERR_ABORTED' });
    await ending;
    expect(ended).toBe(true);
    expect(watch.crossDocument).toBe(false);
    expect(watch.error).toBeUndefined();
    expect(watch.unshown).toMatch(/^http:\/\/127\.0\.0\.1\/export is a file to download \(orders\.csv\), not a page/);
    watch.dispose();
  });
});
