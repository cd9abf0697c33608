import { withinAnswerTime } from './answer-time';
import { isExtensionPage } from './tab-visibility';

/** Schemes whose pages no extension may script: the browser's own pages, its DevTools, source views. */
const BROWSER_SCHEMES =
  /^(chrome|chrome-untrusted|devtools|edge|brave|opera|vivaldi|about|view-source|chrome-search):/i;

/**
 * The browser's empty new tab page, in each form a Chromium browser gives it (the third-party one when the search
 * engine is not Google, the local one of older versions, Edge's): nothing to read, but a fine place to navigate from.
 */
const NEW_TAB_PAGE =
  /^(chrome:\/\/(newtab|new-tab-page|new-tab-page-third-party)\/?|chrome-search:\/\/local-ntp\/local-ntp\.html|edge:\/\/newtab\/?)$/i;

export interface UnreadablePage {
  /** What the tab shows and what to do, in words for both the person and the model. */
  message: string;
  /** True for an empty new tab page or an error page: a task may start there and navigate away. */
  empty: boolean;
}

/**
 * What makes a tab's page one the agent cannot read or act on; undefined for a page it can work on. Checked before a
 * task starts (it ends at once with this message instead of looping on an unreadable page) and on every page state
 * (the model is told plainly what the tab shows).
 */
export async function unreadablePage(tabId: number): Promise<UnreadablePage | undefined> {
  const tab = await chrome.tabs.get(tabId).catch(() => undefined);
  if (!tab) return undefined;
  const url = tab.url || tab.pendingUrl || '';
  if (url === 'about:blank' || url === '') return undefined;
  if (NEW_TAB_PAGE.test(url)) {
    return {
      message: "This tab shows the browser's empty new tab page: use navigate to open the site the task needs.",
      empty: true,
    };
  }
  if (await showsErrorPage(tabId)) {
    return {
      message:
        `This tab shows the browser's error page: ${url} did not load (unreachable, or blocked). Go back, or ` +
        'navigate to another page.',
      empty: true,
    };
  }
  const message = await unreadableReason(tabId, url);
  return message === undefined ? undefined : { message, empty: false };
}

/** The browser's own error page (a host not found, a refused connection, a navigation an extension blocked). */
async function showsErrorPage(tabId: number): Promise<boolean> {
  const top = await chrome.webNavigation.getFrame({ tabId, frameId: 0 }).catch(() => null);
  return top?.errorOccurred === true;
}

async function unreadableReason(tabId: number, url: string): Promise<string | undefined> {
  if (isExtensionPage(url) || BROWSER_SCHEMES.test(url) || /^chrome-extension:/i.test(url)) {
    return `This tab shows a browser page (${url}), which extensions may not read or control. Open a regular web page (http or https), or give a Start URL.`;
  }
  if (/^(data|blob|javascript):/i.test(url)) {
    return (
      `This tab shows a ${url.slice(0, url.indexOf(':'))}: URL, which Tabwright does not work in. Open a ` +
      `regular web page (http or https), or give a Start URL.`
    );
  }
  const contentType = await contentTypeOf(tabId);
  if (contentType === 'application/pdf') {
    return (
      `This tab shows a PDF document (${url}), which Tabwright cannot read or act on: it works on web ` +
      `pages. Open the web page the task is about, or give a Start URL.`
    );
  }
  if (contentType === SILENT) {
    return (
      `The page in this tab (${url}) does not answer: a script on it keeps it busy, or it shows a dialog (an ` +
      'alert, a confirmation, a "leave this page?" prompt) that waits for a person. Answer the dialog or reload the ' +
      'page, or open another one.'
    );
  }
  return undefined;
}

const SILENT = Symbol('the page did not answer');

/**
 * The document's content type (Chrome's PDF viewer hosts the file in a plugin frame: the page's says so), '' where
 * scripts may not run. A page whose script never yields, or that shows a dialog, runs no script until it is free:
 * waited on for the answer bound, not for ever.
 */
async function contentTypeOf(tabId: number): Promise<string | typeof SILENT> {
  const read = chrome.scripting
    .executeScript({ target: { tabId }, func: () => document.contentType })
    .then(([result]) => String(result?.result ?? ''))
    .catch(() => '');
  return withinAnswerTime(read).catch(() => SILENT);
}
