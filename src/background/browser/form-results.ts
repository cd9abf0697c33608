/**
 * Which tabs show a document that a form submission produced: reloading such a page sends the form again (a second
 * payment, a second message), so the confirmation gate judges a reload there like the submission itself. Learned from
 * the browser's own commit records (transition "form_submit"), never from the page.
 */
const formResults = new Map<number, string>();
let listening = false;

export function watchFormResults(): void {
  if (listening) return;
  listening = true;
  chrome.webNavigation.onCommitted.addListener((details) => {
    if (details.frameId !== 0) return;
    // A reload of a form result is one again (the browser sent the form again).
    const resent = details.transitionType === 'reload' && formResults.has(details.tabId);
    if (details.transitionType === 'form_submit' || resent) formResults.set(details.tabId, details.documentId);
    else formResults.delete(details.tabId);
  });
  chrome.tabs.onRemoved.addListener((tabId) => formResults.delete(tabId));
}

/** Whether the tab's current top document is the result of a form submission. */
export async function showsFormResult(tabId: number): Promise<boolean> {
  const documentId = formResults.get(tabId);
  if (documentId === undefined) return false;
  const top = await chrome.webNavigation.getFrame({ tabId, frameId: 0 }).catch(() => null);
  return top?.documentId === documentId;
}
