import type { PageChanges } from '../../shared/protocol';
import { describeElement } from './describe';

const DIALOGS = 'dialog[open],[role="dialog"],[role="alertdialog"],[aria-modal="true"]';
/** Added subtrees are counted up to this size; beyond it the number is "many" anyway. */
const COUNT_CAP = 5000;

let added: Element[] = [];
let dialogsBefore = new Set<Element>();
let observer: MutationObserver | null = null;
let leaving: NavigateEvent | undefined;
let listening = false;

/**
 * The document started loading another in its place (a link, a form, a script setting location). The browser may
 * hear of that navigation only later: a cross-site frame's beforeunload handler runs first, and a loaded machine
 * delivers its events late. Same-document changes, downloads and other software's addresses do not count, nor one
 * the page cancelled (read when the changes are collected, after the page's own listeners ran).
 */
function onNavigate(event: NavigateEvent): void {
  // An event the page dispatched itself would cost each action the wait for nothing.
  if (!event.isTrusted || event.destination.sameDocument || event.downloadRequest !== null) return;
  // mailto:, tel: and an app's own scheme go to other software; the browser may never report them as navigations.
  if (/^https?:/i.test(event.destination.url)) leaving = event;
}

/** Starts recording what the next action changes: elements added, dialogs opened, a new document started. */
export function watchChanges(): void {
  observer?.disconnect();
  added = [];
  leaving = undefined;
  // Not every browser has the Navigation API; there the service worker's own view of navigations is all there is.
  if (!listening && typeof navigation !== 'undefined') {
    navigation.addEventListener('navigate', onNavigate);
    listening = true;
  }
  dialogsBefore = new Set(visibleDialogs());
  observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes)
        if (node.nodeType === Node.ELEMENT_NODE && added.length < COUNT_CAP) added.push(node as Element);
    }
  });
  observer.observe(document, { subtree: true, childList: true });
}

/** What changed since watchChanges; stops watching. */
export function collectChanges(): PageChanges {
  observer?.disconnect();
  observer = null;
  let count = 0;
  for (const element of added) {
    if (count >= COUNT_CAP) break;
    if (element.isConnected && element.getClientRects().length > 0)
      count += 1 + element.getElementsByTagName('*').length;
  }
  added = [];
  const opened = visibleDialogs().find((dialog) => !dialogsBefore.has(dialog));
  const left = leaving !== undefined && !leaving.defaultPrevented;
  leaving = undefined;
  return { added: count, ...(opened ? { dialog: describeElement(opened) } : {}), ...(left ? { leaving: true } : {}) };
}

function visibleDialogs(): Element[] {
  return Array.from(document.querySelectorAll(DIALOGS)).filter((dialog) => dialog.getClientRects().length > 0);
}
