import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseUrlPattern } from '../../../src/shared/url-patterns';
import { FakeEvent, type FakeChrome, installFakeChrome } from '../../support/fake-chrome';

/**
 * The fence leaves the error page a blocked top-level navigation shows, so the agent carries on where it was. The
 * browser's report of the block can come late (a loaded machine): by then the agent may have gone on, and going back
 * from there would undo its navigation.
 */

type NavigationDetails = { tabId: number; frameId: number };
type ErrorDetails = NavigationDetails & { url: string; error: string };

let fake: FakeChrome | undefined;
afterEach(() => {
  fake?.uninstall();
  vi.useRealTimers();
});

/**
 * A fenced tab on `url`, whose history holds `previous`. Going back reports the commit of `previous` only when the
 * test says (`arrive`), as a loaded browser may be slow to.
 */
async function fencedTab(url: string, previous = 'http://127.0.0.1/statements.html') {
  fake = installFakeChrome();
  const onErrorOccurred = new FakeEvent<[ErrorDetails]>();
  const onCommitted = new FakeEvent<[NavigationDetails & { url: string }]>();
  const tab = fake.tabs.add({ url });
  const arrive = () => {
    tab.url = previous;
    onCommitted.fire({ tabId: tab.id, frameId: 0, url: previous });
  };
  const goBack = vi.fn(async () => undefined);
  const chrome = (globalThis as unknown as { chrome: Record<string, Record<string, unknown>> }).chrome;
  Object.assign(chrome.webNavigation!, { onErrorOccurred, onCommitted });
  Object.assign(chrome.tabs!, { goBack });
  chrome.webRequest = { onErrorOccurred: new FakeEvent() };
  chrome.declarativeNetRequest = {
    ResourceType: { MAIN_FRAME: 'main_frame', SUB_FRAME: 'sub_frame', OBJECT: 'object', PING: 'ping' },
    RuleActionType: { BLOCK: 'block', ALLOW: 'allow' },
    RequestMethod: { GET: 'get', POST: 'post' },
    updateSessionRules: async () => undefined,
  };
  // The module reads the enums above when it loads.
  const { SiteFence } = await import('../../../src/background/safety/site-fence');
  const fence = new SiteFence([parseUrlPattern('http://127.0.0.1/*')], 'task-1', true);
  await fence.start([tab.id]);
  const blocked = (blockedUrl: string) =>
    onErrorOccurred.fire({ tabId: tab.id, frameId: 0, url: blockedUrl, error: 'net::ERR_BLOCKED_BY_CLIENT' });
  return { fence, tab, goBack, blocked, arrive };
}

/** Whether `promise` has settled once pending callbacks and a macrotask have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

describe('the fence after a blocked navigation', () => {
  it('goes back from the error page the block left, and holds the next call until that page has committed', async () => {
    const { fence, tab, goBack, blocked, arrive } = await fencedTab('http://127.0.0.1/prices.dat');
    blocked('http://127.0.0.1/prices.dat');
    const covered = fence.cover([tab.id]);
    expect(await settled(covered)).toBe(false);
    expect(goBack).toHaveBeenCalledWith(tab.id);
    arrive();
    expect(await settled(covered)).toBe(true);
    await fence.lift();
  });

  it('stays where the agent has gone since, when the report of the block comes late', async () => {
    const { fence, tab, goBack, blocked } = await fencedTab('http://127.0.0.1/statements.html');
    blocked('http://127.0.0.1/prices.dat');
    await fence.cover([tab.id]);
    expect(goBack).not.toHaveBeenCalled();
    await fence.lift();
  });

  it('lets a navigation already on its way elsewhere go on: the error page is still shown but is being left', async () => {
    const { fence, tab, goBack, blocked } = await fencedTab('http://127.0.0.1/prices.dat');
    tab.pendingUrl = 'http://127.0.0.1/basket.html';
    blocked('http://127.0.0.1/prices.dat');
    await fence.cover([tab.id]);
    expect(goBack).not.toHaveBeenCalled();
    await fence.lift();
  });

  it('lets the next call run after a bound when the browser never reports the page it went back to', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { fence, tab, goBack, blocked } = await fencedTab('http://127.0.0.1/prices.dat');
    blocked('http://127.0.0.1/prices.dat');
    const covered = fence.cover([tab.id]);
    expect(await settled(covered)).toBe(false);
    expect(goBack).toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(3000);
    expect(await settled(covered)).toBe(true);
    await fence.lift();
  });
});
