import { afterEach, describe, expect, it } from 'vitest';
import { unreadablePage } from '../../../src/background/browser/unreadable-page';

function showTab(url: string) {
  (globalThis as { chrome?: unknown }).chrome = {
    tabs: { get: async (id: number) => ({ id, url }) },
    runtime: { getURL: (path: string) => `chrome-extension://tabwright/${path}` },
    webNavigation: { getFrame: async () => ({ errorOccurred: false }) },
  };
}

afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
});

describe("the browser's new tab page", () => {
  it('is a fine place to start, in each form Chromium browsers give it', async () => {
    for (const url of [
      'chrome://newtab/',
      'chrome://new-tab-page/',
      // Chromium's, when the search engine is not Google: what headless Chromium shows for chrome://newtab.
      'chrome://new-tab-page-third-party/',
      'chrome-search://local-ntp/local-ntp.html',
      'edge://newtab/',
    ]) {
      showTab(url);
      expect(await unreadablePage(1), url).toEqual({
        message: "This tab shows the browser's empty new tab page: use navigate to open the site the task needs.",
        empty: true,
      });
    }
  });

  it('is told apart from the browser pages no extension may read', async () => {
    showTab('chrome://settings/');
    expect(await unreadablePage(1)).toMatchObject({ empty: false, message: /^This tab shows a browser page/ });
  });
});
