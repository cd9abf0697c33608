import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TabSet } from '../../../src/background/browser/tab-set';
import { TabwrightError } from '../../../src/shared/errors';
import { EXTENSION_ORIGIN, type FakeChrome, installFakeChrome } from '../../support/fake-chrome';

let chrome: FakeChrome;
let first: number;
let set: TabSet;
beforeEach(() => {
  chrome = installFakeChrome();
  first = chrome.tabs.add({ url: 'https://shop.example/', title: 'Shop' }).id;
  set = new TabSet(first);
});
afterEach(() => {
  set.dispose();
  chrome.uninstall();
});

/** Lets the set's fire-and-forget work (bringing a tab to the front) finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * What Chrome does when a page in `sourceTabId` opens a tab (target=_blank, window.open): the tab is created, with that
 * tab as its opener, and then webNavigation names the page's tab as the source.
 */
function openFromPage(sourceTabId: number, url: string, props: { windowId?: number; active?: boolean } = {}) {
  const windowId = chrome.tabs.all.get(sourceTabId)?.windowId;
  const tab = chrome.tabs.add({ url, openerTabId: sourceTabId, windowId, ...props });
  chrome.webNavigation.onCreatedNavigationTarget.fire({
    sourceTabId,
    sourceFrameId: 0,
    sourceProcessId: 1,
    tabId: tab.id,
    url,
    timeStamp: Date.now(),
  });
  return tab;
}

describe('the tabs a task owns', () => {
  it('adopts a tab a page of its own opened, makes it active, and reports it once', async () => {
    // Opened behind the task's tab (a ctrl-click): the set brings it to the front, as a person following it would.
    const opened = openFromPage(first, 'https://shop.example/help', { active: false });
    expect(set.tabIds()).toEqual([first, opened.id]);
    expect(set.active).toBe(opened.id);
    expect(set.adopted).toEqual([opened.id]);
    await settle();
    expect(chrome.tabs.all.get(opened.id)?.active).toBe(true);
    expect(chrome.tabs.all.get(first)?.active).toBe(false);
    expect((await set.report()).state_changes).toEqual([{ type: 'tab_opened', tab_id: String(opened.id) }]);
    expect((await set.report()).state_changes).toBeUndefined();
  });

  it('does not adopt a tab that only names its tab as the opener (opened by a person or another program)', async () => {
    const stranger = chrome.tabs.add({ url: 'https://x.example/', openerTabId: first });
    expect(set.tabIds()).toEqual([first]);
    expect(set.active).toBe(first);
    expect(set.adopted).toEqual([]);
    expect((await set.report()).state_changes).toBeUndefined();
    expect(() => set.resolve(String(stranger.id))).toThrow(`No tab "${stranger.id}" in this task.`);
  });

  it('ignores tabs that pages not its own open', () => {
    const foreign = chrome.tabs.add({ url: 'https://mail.example/' });
    openFromPage(foreign.id, 'https://x.example/');
    expect(set.tabIds()).toEqual([first]);
    expect(set.active).toBe(first);
  });

  it('moves an adopted tab into a window of its own when a Tabwright page is in front of its window', async () => {
    const windowId = chrome.tabs.all.get(first)!.windowId;
    const panel = chrome.tabs.add({ url: `${EXTENSION_ORIGIN}sidepanel.html`, windowId });
    const opened = openFromPage(first, 'https://shop.example/help', { active: false });
    await settle();
    const moved = chrome.tabs.all.get(opened.id)!;
    expect(moved.windowId).not.toBe(windowId);
    expect(moved.active).toBe(true);
    expect(chrome.tabs.all.get(panel.id)?.active).toBe(true);
    expect(set.active).toBe(opened.id);
  });

  it('adopts the tab a link opened when no event tied it to its tab, rather than opening the page twice', async () => {
    const unclaimed = chrome.tabs.add({ url: 'https://shop.example/terms' });
    await set.openFor(first, 'https://shop.example/terms');
    expect(chrome.tabs.all.size).toBe(2);
    expect(set.tabIds()).toEqual([first, unclaimed.id]);
    expect(set.active).toBe(unclaimed.id);
    expect((await set.report()).state_changes).toEqual([{ type: 'tab_opened', tab_id: String(unclaimed.id) }]);
  });

  it("never takes another task's tab for the one a link opened, though it shows the same address", async () => {
    // Another task starts on the same page just after: its tab is new and unclaimed as far as this set knows.
    const otherTasks = chrome.tabs.add({ url: 'https://shop.example/terms' });
    const other = new TabSet(otherTasks.id);
    try {
      await set.openFor(first, 'https://shop.example/terms');
      expect(set.tabIds()).not.toContain(otherTasks.id);
      expect(set.tabIds()).toHaveLength(2);
      expect(other.tabIds()).toEqual([otherTasks.id]);
    } finally {
      other.dispose();
    }
  });

  it("opens a link's tab itself, next to its opener, when the browser did not", async () => {
    await set.openFor(first, 'https://shop.example/faq');
    const [opened] = set.adopted;
    expect(set.tabIds()).toEqual([first, opened]);
    expect(set.active).toBe(opened);
    expect(chrome.tabs.all.get(opened!)).toMatchObject({
      url: 'https://shop.example/faq',
      openerTabId: first,
      windowId: chrome.tabs.all.get(first)!.windowId,
      active: true,
    });
    expect((await set.report()).state_changes).toEqual([{ type: 'tab_opened', tab_id: String(opened) }]);
  });

  it('lists its tabs with the active one marked, and drops a tab closed under it', async () => {
    const second = await set.open('https://shop.example/cart');
    expect(await set.list()).toEqual([
      { tab_id: String(first), title: 'Shop', url: 'https://shop.example/', active: false },
      { tab_id: second.tab_id, title: '', url: 'https://shop.example/cart', active: true },
    ]);
    await chrome.tabs.remove(Number(second.tab_id));
    expect(set.tabIds()).toEqual([first]);
    expect(set.active).toBe(first);
  });

  it('refuses a tab id it does not own, in words the model can act on', () => {
    const foreign = chrome.tabs.add({ url: 'https://mail.example/' });
    expect(() => set.resolve(String(foreign.id))).toThrow(
      `Error: No tab "${foreign.id}" in this task. Open tabs: ${first}.`,
    );
    expect(() => set.resolve('constructor')).toThrow(/^Error: No tab "constructor"/);
  });

  it('switches and closes, but never closes its last tab', async () => {
    const second = await set.open();
    await set.switchTo(String(first));
    expect(set.active).toBe(first);
    expect(chrome.tabs.all.get(first)?.active).toBe(true);
    await set.close(second.tab_id);
    expect(set.tabIds()).toEqual([first]);
    expect(chrome.tabs.all.has(Number(second.tab_id))).toBe(false);
    await expect(set.close(String(first))).rejects.toThrow("Error: This is the task's last tab; it cannot be closed.");
  });

  it('says the task lost its tab once every tab is gone', async () => {
    expect(set.requireActive()).toBe(first);
    await chrome.tabs.remove(first);
    expect(() => set.requireActive()).toThrow(TabwrightError);
  });

  it('stops following the browser once disposed', async () => {
    set.dispose();
    openFromPage(first, 'https://shop.example/help');
    expect(set.tabIds()).toEqual([first]);
    expect(set.adopted).toEqual([]);
    await chrome.tabs.remove(first);
    expect(set.tabIds()).toEqual([first]);
  });
});
