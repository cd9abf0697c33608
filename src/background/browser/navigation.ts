import { TabwrightError } from '../../shared/errors';
import { ensureTab } from './content-channel';

const LOAD_TIMEOUT_MS = 20_000;
/** How long a click may take to start a navigation before we treat it as in-page. */
const NAVIGATION_START_GRACE_MS = 120;

/**
 * Watches one tab's top frame from before an action until its navigation (if any) has ended, so no event
 * is missed between "the action ran" and "we started listening".
 */
class NavigationWatch {
  started = false;
  private ended = false;
  private wake: (() => void) | undefined;
  private readonly tabId: number;

  constructor(tabId: number) {
    this.tabId = tabId;
    chrome.webNavigation.onBeforeNavigate.addListener(this.onStart);
    chrome.webNavigation.onCompleted.addListener(this.onEnd);
    chrome.webNavigation.onErrorOccurred.addListener(this.onEnd);
    chrome.webNavigation.onReferenceFragmentUpdated.addListener(this.onSameDocument);
    chrome.webNavigation.onHistoryStateUpdated.addListener(this.onSameDocument);
    chrome.tabs.onRemoved.addListener(this.onRemoved);
  }

  private readonly onStart = (details: { tabId: number; frameId: number }) => {
    if (details.tabId === this.tabId && details.frameId === 0) {
      this.started = true;
      this.ended = false;
    }
  };

  private readonly onEnd = (details: { tabId: number; frameId: number }) => {
    if (details.tabId === this.tabId && details.frameId === 0) this.finish();
  };

  private readonly onSameDocument = (details: { tabId: number; frameId: number }) => {
    if (details.tabId === this.tabId && details.frameId === 0) {
      this.started = true;
      this.finish();
    }
  };

  private readonly onRemoved = (tabId: number) => {
    if (tabId === this.tabId) this.finish();
  };

  private finish() {
    this.ended = true;
    this.wake?.();
  }

  /** Waits for the navigation to end, within a bound: a page that never finishes loading is still usable. */
  async untilEnded(timeoutMs = LOAD_TIMEOUT_MS): Promise<void> {
    if (this.ended) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  dispose() {
    chrome.webNavigation.onBeforeNavigate.removeListener(this.onStart);
    chrome.webNavigation.onCompleted.removeListener(this.onEnd);
    chrome.webNavigation.onErrorOccurred.removeListener(this.onEnd);
    chrome.webNavigation.onReferenceFragmentUpdated.removeListener(this.onSameDocument);
    chrome.webNavigation.onHistoryStateUpdated.removeListener(this.onSameDocument);
    chrome.tabs.onRemoved.removeListener(this.onRemoved);
  }
}

/** Runs an action that may navigate, then waits until whatever it started has loaded. */
export async function settleAfter<T>(tabId: number, action: () => Promise<T>): Promise<T> {
  const watch = new NavigationWatch(tabId);
  try {
    const result = await action();
    if (!watch.started) await new Promise((resolve) => setTimeout(resolve, NAVIGATION_START_GRACE_MS));
    if (watch.started) await watch.untilEnded();
    return result;
  } finally {
    watch.dispose();
  }
}

/** Navigates a tab and resolves once the new page has loaded. */
export async function navigateTab(tabId: number, url: string): Promise<chrome.tabs.Tab> {
  await ensureTab(tabId);
  const watch = new NavigationWatch(tabId);
  try {
    if (url === 'back') await chrome.tabs.goBack(tabId);
    else if (url === 'forward') await chrome.tabs.goForward(tabId);
    else if (url === 'reload') await chrome.tabs.reload(tabId);
    else await chrome.tabs.update(tabId, { url: toHttpUrl(url) });
    await watch.untilEnded();
  } catch (error) {
    if (error instanceof TabwrightError) throw error;
    throw new Error(`Navigation failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    watch.dispose();
  }
  return ensureTab(tabId);
}

function toHttpUrl(url: string): string {
  let target: URL;
  try {
    target = new URL(/^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `https://${url}`);
  } catch {
    throw new TabwrightError('invalid_option', `"${url}" is not a valid URL.`);
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    throw new TabwrightError('invalid_option', `Only http(s) addresses can be opened, not ${target.protocol}`);
  }
  return target.href;
}
