// The tab a task starts in when only Tabwright's own page is open: a new tab, navigated only once its about:blank has
// finished loading (a navigation started before could be cut short by it, and the first page read was the blank one).
import { afterEach, expect, it } from 'vitest';
import { resolveTargetTab } from '../../../src/background/session/target-tab';

afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
});

it('waits for a tab it creates to finish loading its about:blank before handing it to the task', async () => {
  let reads = 0;
  const created: object[] = [];
  (globalThis as { chrome?: unknown }).chrome = {
    tabs: {
      query: async (query: { active?: boolean }) =>
        query.active ? [{ id: 1, windowId: 3, url: 'chrome-extension://abc/src/ui/sidepanel/index.html' }] : [],
      create: async (options: object) => {
        created.push(options);
        return { id: 9, status: 'loading', url: 'about:blank' };
      },
      // The blank page reports loading for three reads, then complete.
      get: async (tabId: number) => ({ id: tabId, status: ++reads > 3 ? 'complete' : 'loading', url: 'about:blank' }),
    },
    runtime: { id: 'abc', getURL: (path: string) => `chrome-extension://abc/${path}` },
  };
  expect(await resolveTargetTab()).toBe(9);
  expect(created).toEqual([{ url: 'about:blank', active: false, windowId: 3 }]);
  expect(reads).toBe(4);
});
