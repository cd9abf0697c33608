import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseUrlPattern } from '../../../src/shared/url-patterns';
import { FakeEvent, type FakeChrome, installFakeChrome } from '../../support/fake-chrome';

/**
 * The fence leaves the error page a blocked top-level navigation shows, so the agent carries on where it was. The
 * browser's report of the block can come late (a loaded machine): by then the agent may have gone on, and going back
 * from there would undo its navigation.
 */

type ErrorDetails = { tabId: number; frameId: number; url: string; error: string };

let fake: FakeChrome | undefined;
afterEach(() => fake?.uninstall());

async function fencedTab(url: string) {
  fake = installFakeChrome();
  const onErrorOccurred = new FakeEvent<[ErrorDetails]>();
  const goBack = vi.fn(async () => undefined);
  const chrome = (globalThis as unknown as { chrome: Record<string, Record<string, unknown>> }).chrome;
  Object.assign(chrome.webNavigation!, { onErrorOccurred, onCommitted: new FakeEvent() });
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
  const tab = fake.tabs.add({ url });
  const fence = new SiteFence([parseUrlPattern('http://127.0.0.1/*')], 'task-1', true);
  await fence.start([tab.id]);
  const blocked = (blockedUrl: string) =>
    onErrorOccurred.fire({ tabId: tab.id, frameId: 0, url: blockedUrl, error: 'net::ERR_BLOCKED_BY_CLIENT' });
  return { fence, tab, goBack, blocked };
}

describe('the fence after a blocked navigation', () => {
  it('goes back from the error page the block left', async () => {
    const { fence, tab, goBack, blocked } = await fencedTab('http://127.0.0.1/prices.dat');
    blocked('http://127.0.0.1/prices.dat');
    await fence.cover([tab.id]);
    expect(goBack).toHaveBeenCalledWith(tab.id);
    await fence.lift();
  });

  it('stays where the agent has gone since, when the report of the block comes late', async () => {
    const { fence, tab, goBack, blocked } = await fencedTab('http://127.0.0.1/statements.html');
    blocked('http://127.0.0.1/prices.dat');
    await fence.cover([tab.id]);
    expect(goBack).not.toHaveBeenCalled();
    await fence.lift();
  });
});
