/**
 * alert(), confirm() and prompt() stop a page's thread until someone answers, which would freeze the content script
 * and the task with it. In the task's tabs they are replaced, in the page's own world, by versions that answer at once
 * as "dismissed" (confirm → false, prompt → null) and leave a note the content script reports to the model, so the
 * agent knows the page asked. The originals come back when the task ends.
 */
const DIALOG_ATTRIBUTE = 'data-tabwright-dialogs';

export class NativeDialogs {
  private readonly guarded: () => number[];

  constructor(guarded: () => number[]) {
    this.guarded = guarded;
    chrome.webNavigation.onCommitted.addListener(this.onCommitted);
  }

  private readonly onCommitted = (details: { tabId: number; frameId: number }) => {
    if (this.guarded().includes(details.tabId)) void inject(details.tabId, details.frameId, true);
  };

  async guard(tabId: number): Promise<void> {
    await inject(tabId, undefined, true);
  }

  async dispose(): Promise<void> {
    chrome.webNavigation.onCommitted.removeListener(this.onCommitted);
    await Promise.all(this.guarded().map((tabId) => inject(tabId, undefined, false)));
  }
}

async function inject(tabId: number, frameId: number | undefined, install: boolean): Promise<void> {
  await chrome.scripting
    .executeScript({
      target: frameId === undefined ? { tabId, allFrames: true } : { tabId, frameIds: [frameId] },
      world: 'MAIN',
      injectImmediately: true,
      func: install ? installDialogGuard : removeDialogGuard,
      args: [DIALOG_ATTRIBUTE],
    })
    // A page that forbids scripts (or a tab that closed) has no dialogs for us to guard.
    .catch(() => undefined);
}

/** Runs in the page (serialized by executeScript), so it must be self-contained. */
function installDialogGuard(attribute: string) {
  const scope = window as unknown as { __tabwrightDialogs?: { alert: unknown; confirm: unknown; prompt: unknown } };
  if (scope.__tabwrightDialogs) return;
  scope.__tabwrightDialogs = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
  const note = (kind: string, message: unknown) => {
    const root = document.documentElement;
    const seen = JSON.parse(root.getAttribute(attribute) ?? '[]') as unknown[];
    seen.push({ kind, message: String(message ?? '').slice(0, 300) });
    root.setAttribute(attribute, JSON.stringify(seen.slice(-5)));
  };
  window.alert = (message?: unknown) => note('alert', message);
  window.confirm = (message?: unknown) => {
    note('confirm', message);
    return false;
  };
  window.prompt = (message?: unknown) => {
    note('prompt', message);
    return null;
  };
}

function removeDialogGuard(attribute: string) {
  const scope = window as unknown as { __tabwrightDialogs?: { alert: typeof window.alert; confirm: typeof window.confirm; prompt: typeof window.prompt } };
  const originals = scope.__tabwrightDialogs;
  if (!originals) return;
  window.alert = originals.alert;
  window.confirm = originals.confirm;
  window.prompt = originals.prompt;
  delete scope.__tabwrightDialogs;
  document.documentElement.removeAttribute(attribute);
}
