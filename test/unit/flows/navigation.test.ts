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
    onHeadersReceived: event(),
  };
  let calls = 0;
  const chrome = {
    webNavigation: { ...events, getFrame: async () => ({ documentId: 'previous' }) },
    webRequest: { onHeadersReceived: events.onHeadersReceived },
    tabs: {
      onRemoved: event(),
      get: async (tabId: number) => ({ id: tabId, url: 'http://127.0.0.1/done' }),
      update: async () => {
        const call = ++calls;
        // Chrome reports asynchronously, after update() has returned.
        setTimeout(() => onUpdate(events, call), 0);
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

  it('ends once its document is parsed and a short grace has passed, when the load never completes', async () => {
    vi.useFakeTimers();
    fakeChrome((events) => {
      events.onBeforeNavigate.fire({ ...top, url: URL_ASKED });
      events.onCommitted.fire({ ...top, url: URL_ASKED, documentId: 'page' });
      // An image or a frame the server holds open: the load event never comes, the page is usable all the same.
      events.onDOMContentLoaded.fire({ tabId: 7, frameId: 4, url: URL_ASKED, documentId: 'frame' });
      events.onDOMContentLoaded.fire({ ...top, url: URL_ASKED, documentId: 'page' });
    });
    let ended = false;
    const navigation = navigateTab(7, URL_ASKED).then(() => {
      ended = true;
    });
    await vi.advanceTimersByTimeAsync(1900);
    expect(ended).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    await navigation;
    expect(ended).toBe(true);
  });

  it('follows a redirect the page starts once parsed, instead of ending at the grace', async () => {
    vi.useFakeTimers();
    let ended = false;
    fakeChrome((events) => {
      events.onBeforeNavigate.fire({ ...top, url: URL_ASKED });
      events.onCommitted.fire({ ...top, url: URL_ASKED, documentId: 'first' });
      events.onDOMContentLoaded.fire({ ...top, url: URL_ASKED, documentId: 'first' });
      setTimeout(() => events.onBeforeNavigate.fire({ ...top, url: 'http://127.0.0.1/next' }), 1500);
      setTimeout(() => events.onCommitted.fire({ ...top, url: 'http://127.0.0.1/next', documentId: 'next' }), 3000);
      setTimeout(() => {
        expect(ended).toBe(false);
        events.onCompleted.fire({ ...top, url: 'http://127.0.0.1/next', documentId: 'next' });
      }, 3100);
    });
    const navigation = navigateTab(7, URL_ASKED).then(() => {
      ended = true;
    });
    await vi.advanceTimersByTimeAsync(3050);
    expect(ended).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    await navigation;
    expect(ended).toBe(true);
  });

  it('says a file the server sent was downloaded, and does not ask for it a second time', async () => {
    const fake = fakeChrome((events) => {
      events.onBeforeNavigate.fire({ ...top, url: URL_ASKED });
      events.onHeadersReceived.fire({ ...top, url: URL_ASKED, statusCode: 200 });
      // The browser hands the answer to its download manager: no commit, only an abort.
      events.onErrorOccurred.fire({ ...top, url: URL_ASKED, error: 'net::ERR_ABORTED' });
    });
    await expect(navigateTab(7, URL_ASKED)).rejects.toThrow(
      "Error: http://127.0.0.1/start opened no page: the browser took the server's answer as a file to download",
    );
    expect(fake.updates()).toBe(1);
  });

  it('takes an abort after a page was answered for another navigation replacing it, not a download, and asks again', async () => {
    const fake = fakeChrome((events, call) => {
      events.onBeforeNavigate.fire({ ...top, url: URL_ASKED });
      events.onHeadersReceived.fire({
        ...top,
        url: URL_ASKED,
        statusCode: 200,
        responseHeaders: [{ name: 'Content-Type', value: 'text/html; charset=utf-8' }],
      });
      if (call === 1) {
        events.onErrorOccurred.fire({ ...top, url: URL_ASKED, error: 'net::ERR_ABORTED' });
        return;
      }
      events.onCommitted.fire({ ...top, url: URL_ASKED, documentId: 'page' });
      events.onCompleted.fire({ ...top, url: URL_ASKED, documentId: 'page' });
    });
    await navigateTab(7, URL_ASKED);
    expect(fake.updates()).toBe(2);
  });

  it('names the file a download saves, and a sign-in it cannot give, without asking a second time', async () => {
    const answers = [
      {
        statusCode: 200,
        responseHeaders: [{ name: 'Content-Disposition', value: 'attachment; filename="report 2026.csv"' }],
      },
      { statusCode: 401, responseHeaders: [{ name: 'WWW-Authenticate', value: 'Basic realm="Staff area"' }] },
    ];
    const fake = fakeChrome((events, call) => {
      events.onBeforeNavigate.fire({ ...top, url: URL_ASKED });
      events.onHeadersReceived.fire({ ...top, url: URL_ASKED, ...answers[call - 1] });
      events.onErrorOccurred.fire({
        ...top,
        url: URL_ASKED,
        error: call === 1 ? 'net::ERR_ABORTED' : 'net::ERR_INVALID_AUTH_CREDENTIALS',
      });
    });
    await expect(navigateTab(7, URL_ASKED)).rejects.toThrow(
      "Error: http://127.0.0.1/start opened no page: the browser took the server's answer as a file to download " +
        '(report 2026.csv). The tab still shows the page it showed before.',
    );
    await expect(navigateTab(7, URL_ASKED)).rejects.toThrow(
      'Error: http://127.0.0.1/start asks for a user name and password (HTTP authentication, "Staff area"), which ' +
        "Tabwright cannot type into the browser's sign-in prompt: sign in to it in this browser first, then run the " +
        'task again.',
    );
    expect(fake.updates()).toBe(2);
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
    // Asked once, and not taken for a download: the server is not asked for the page a second time.
    expect(fake.updates()).toBe(1);
    expect(seen).toEqual(['loaded']);
  });
});

describe('the watch over what an action does to the page', () => {
  it('says a click that downloads a file left the page in place, and is not ended by the page it leaves', async () => {
    fakeChrome(() => undefined);
    const { webNavigation } = (globalThis as unknown as { chrome: { webNavigation: Events } }).chrome;
    const watch = new NavigationWatch(7);
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The click: a navigation starts; the page it leaves was still loading an image, whose load is now cut short.
    webNavigation.onBeforeNavigate.fire({ ...top, url: 'http://127.0.0.1/export' });
    webNavigation.onErrorOccurred.fire({ ...top, url: URL_ASKED, error: 'net::ERR_ABORTED', documentId: 'previous' });
    let ended = false;
    const ending = watch.untilEnded(1_000).then((inTime) => {
      ended = inTime;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(ended).toBe(false);
    webNavigation.onHeadersReceived.fire({
      ...top,
      url: 'http://127.0.0.1/export',
      statusCode: 200,
      responseHeaders: [{ name: 'content-disposition', value: 'attachment; filename=orders.csv' }],
    });
    webNavigation.onErrorOccurred.fire({ ...top, url: 'http://127.0.0.1/export', error: 'net::ERR_ABORTED' });
    await ending;
    expect(ended).toBe(true);
    expect(watch.crossDocument).toBe(false);
    expect(watch.error).toBeUndefined();
    expect(watch.unshown).toBe(
      "http://127.0.0.1/export opened no page: the browser took the server's answer as a file to download " +
        '(orders.csv). The tab still shows the page it showed before.',
    );
    watch.dispose();
  });

  it('waits for a navigation the page announced until the browser reports it, and no longer than its bound', async () => {
    fakeChrome(() => undefined);
    const { webNavigation } = (globalThis as unknown as { chrome: { webNavigation: Events } }).chrome;
    const watch = new NavigationWatch(7);
    let started: boolean | undefined;
    const starting = watch.untilStarted(1_000).then((inTime) => {
      started = inTime;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(started).toBeUndefined();
    // A frame's navigation is not the tab's.
    webNavigation.onBeforeNavigate.fire({ tabId: 7, frameId: 3, url: 'http://127.0.0.1/frame' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(started).toBeUndefined();
    webNavigation.onBeforeNavigate.fire({ ...top, url: 'http://127.0.0.1/order' });
    await starting;
    expect(started).toBe(true);
    expect(watch.crossDocument).toBe(true);
    // Once started, asking again answers at once.
    expect(await watch.untilStarted(0)).toBe(true);
    watch.dispose();

    const kept = new NavigationWatch(7);
    expect(await kept.untilStarted(20)).toBe(false);
    expect(kept.started).toBe(false);
    kept.dispose();
  });
});
