import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TabSet } from '../../../src/background/browser/tab-set';
import { TabwrightError } from '../../../src/shared/errors';
import { type FakeChrome, installFakeChrome } from '../../support/fake-chrome';

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

describe('the tabs a task owns', () => {
  it('adopts a tab opened from one of its tabs, makes it active, and reports it once', async () => {
    const opened = chrome.tabs.add({ url: 'https://shop.example/help', openerTabId: first });
    expect(set.tabIds()).toEqual([first, opened.id]);
    expect(set.active).toBe(opened.id);
    expect(set.adopted).toEqual([opened.id]);
    expect((await set.report()).state_changes).toEqual([{ type: 'tab_opened', tab_id: String(opened.id) }]);
    expect((await set.report()).state_changes).toBeUndefined();
  });

  it('ignores tabs that are not opened from its own', () => {
    const foreign = chrome.tabs.add({ url: 'https://mail.example/' });
    chrome.tabs.add({ url: 'https://x.example/', openerTabId: foreign.id });
    expect(set.tabIds()).toEqual([first]);
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
    expect(() => set.resolve(String(foreign.id))).toThrow(`Error: No tab "${foreign.id}" in this task. Open tabs: ${first}.`);
    expect(() => set.resolve('constructor')).toThrow(/^Error: No tab "constructor"/);
  });

  it('switches and closes, but never closes its last tab', async () => {
    const second = await set.open();
    await set.switchTo(String(first));
    expect(set.active).toBe(first);
    await set.close(second.tab_id);
    expect(set.tabIds()).toEqual([first]);
    await expect(set.close(String(first))).rejects.toThrow("Error: This is the task's last tab; it cannot be closed.");
  });

  it('says the task lost its tab once every tab is gone', async () => {
    expect(set.requireActive()).toBe(first);
    await chrome.tabs.remove(first);
    expect(() => set.requireActive()).toThrow(TabwrightError);
  });

  it('stops following the browser once disposed', () => {
    set.dispose();
    chrome.tabs.add({ openerTabId: first });
    expect(set.tabIds()).toEqual([first]);
  });
});
