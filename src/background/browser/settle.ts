import type { DialogNote } from '../../shared/page-world';
import type { PageChanges } from '../../shared/protocol';
import { askContent } from './content-channel';
import { takeDialogNotes } from './native-dialogs';
import type { NavigationWatch } from './navigation';
import { requestsSettled, requestsStarted } from './request-tracker';

/**
 * How long a navigation the page announced may take to reach the browser: a cross-site frame's beforeunload handler
 * runs first, and a loaded machine is slow to report it.
 */
const LEAVING_WAIT_MS = 3000;

export interface Settled {
  /** What the acting frame saw change (not meaningful when the top frame loaded a new document). */
  inPage?: PageChanges;
  navigationError?: string;
  /** The page still had requests in flight when the wait for them ran out. */
  busy?: boolean;
  /** alert/confirm/prompt calls the page made meanwhile, answered as dismissed (page content). */
  dialogs?: DialogNote[];
}

/**
 * Waits, with bounds and without fixed sleeps, until the page has reacted to an action: the acting frame reports DOM
 * quiet (and whether the top document started leaving, which is waited for until the browser reports it); then the
 * tab's requests (seen in the browser's network layer) are waited for, and the DOM looked at again when it sent any; a
 * navigation that started meanwhile is waited for until loaded, then the new document is given the same quiet wait so
 * the next snapshot sees it rendered.
 */
export async function settle(
  tabId: number,
  frameId: number,
  watch: NavigationWatch,
  requestsBefore: number,
): Promise<Settled> {
  const ask = (rewatch: boolean) => askContent(tabId, { type: 'content/settle', rewatch }, frameId).catch(() => null);
  let reply = await ask(true);
  // The top document started loading another that the browser has not reported yet: waited for, so what the action
  // began is seen through (and a form a person approved is sent while it may be).
  if (frameId === 0 && reply?.ok && reply.changes?.leaving && !watch.started) await watch.untilStarted(LEAVING_WAIT_MS);
  const network = await requestsSettled(tabId);
  if (!watch.started || !watch.crossDocument) {
    let changes = reply?.ok ? reply.changes : undefined;
    // A request the action set off that ended before the DOM went quiet is answered too: the page may not have
    // rendered the response yet (parsing it on a loaded machine).
    if (network !== 'none' || requestsStarted(tabId) > requestsBefore) {
      // The DOM's answer to the responses that just arrived (or that are still coming, at the bound).
      reply = await ask(false);
      if (reply?.ok && reply.changes) changes = mergeChanges(changes, reply.changes);
    }
    // The acting frame and the top frame: where an action's dialogs come from (a frame's own notes wait for its turn).
    const dialogs = await takeDialogNotes(tabId, frameId === 0 ? [0] : [0, frameId]);
    return {
      ...(changes ? { inPage: changes } : {}),
      ...(network === 'busy' ? { busy: true } : {}),
      ...(dialogs.length > 0 ? { dialogs } : {}),
    };
  }
  await watch.untilEnded();
  if (watch.error) return { navigationError: watch.error };
  await askContent(tabId, { type: 'content/settle' }, 0).catch(() => null);
  return {};
}

function mergeChanges(first: PageChanges | undefined, second: PageChanges): PageChanges {
  if (!first) return second;
  const dialog = first.dialog ?? second.dialog;
  return { added: first.added + second.added, ...(dialog ? { dialog } : {}) };
}
