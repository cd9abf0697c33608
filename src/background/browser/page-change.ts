import type { DialogNote } from '../../shared/page-world';
import type { PageChanges } from '../../shared/protocol';
import { untrustedBlock } from '../agent/page-envelope';

/** This many new elements after an action means the page the model planned against is gone. */
export const MANY_NEW_ELEMENTS = 10;

/** What one action did to the page, as the driver observed it. */
export interface PageChange {
  /** The top frame loaded a new document (every ref of the old one is stale). */
  newDocument: boolean;
  /** The URL after the action when it differs from before (new document, pushState or #fragment). */
  url?: string;
  /** A tab the action opened, now the active tab of the task. */
  openedTab?: { tabId: string; url: string };
  inPage?: PageChanges;
  /** The navigation failed, e.g. net::ERR_NAME_NOT_RESOLVED. */
  navigationError?: string;
  /** The navigation it started opened no page, in words: "… opened no page: … a file to download (x.csv). …". */
  unshown?: string;
  /** Requests the page sent were still in flight when the wait for them ended. */
  busy?: boolean;
  /** alert/confirm/prompt calls the page made, answered as dismissed: page content. */
  dialogs?: DialogNote[];
}

/** Said when the page was still loading after the bounded wait (real requests only: a page cannot fake them). */
export const BUSY_NOTE =
  'The page was still loading data when the wait for it ended; read the page again if it looks incomplete.';

/** One line for the model after the acknowledgement, or '' when nothing notable changed. */
export function describeChange(change: PageChange): string {
  const parts: string[] = [];
  if (change.navigationError) parts.push(`The navigation it started failed (${change.navigationError}).`);
  if (change.unshown) parts.push(change.unshown);
  if (change.openedTab)
    parts.push(
      `It opened a new tab (tab_id ${change.openedTab.tabId}, ${change.openedTab.url}); later actions go to that tab.`,
    );
  if (change.newDocument && change.url) parts.push(`The page navigated to ${change.url}.`);
  else if (change.url) parts.push(`The URL changed to ${change.url}.`);
  if (!change.newDocument && change.inPage) {
    if (change.inPage.dialog) parts.push(`A dialog opened: ${change.inPage.dialog}.`);
    if (change.inPage.added >= MANY_NEW_ELEMENTS) parts.push(`${change.inPage.added} new elements appeared.`);
  }
  if (change.busy) parts.push(BUSY_NOTE);
  const dialogs = change.dialogs ?? [];
  if (dialogs.length > 0) {
    // The page wrote these (or wrote something that looks like them): its words, never Tabwright's.
    const noted = dialogs.map((dialog) => `${dialog.kind}: ${JSON.stringify(dialog.message)}`).join('\n');
    parts.push(
      `The page opened ${dialogs.length === 1 ? 'a dialog' : `${dialogs.length} dialogs`}, dismissed at once; their text: ${untrustedBlock(noted)}`,
    );
  }
  return parts.join(' ');
}

/**
 * Why later actions of the same turn must not run after this change, or null. Refs and coordinates the model chose
 * before the change point into a page that is not there any more.
 */
export function batchBreak(change: PageChange): string | null {
  if (change.openedTab) return `a new tab opened (tab_id ${change.openedTab.tabId})`;
  if (change.newDocument) return `the page navigated to ${change.url ?? 'a new document'}`;
  if (change.url) return `the URL changed to ${change.url}`;
  if (change.inPage?.dialog) return `a dialog opened (${change.inPage.dialog})`;
  if (change.inPage && change.inPage.added >= MANY_NEW_ELEMENTS) return `${change.inPage.added} new elements appeared`;
  return null;
}

/** Whether a break also stops actions that only use the focus (type, key): only when the document or tab changed. */
export function breaksFocus(change: PageChange): boolean {
  return change.newDocument || change.openedTab !== undefined;
}
