import { ensureTab } from './content-channel';
import { toolError } from '../agent/tool-error';

const LOAD_TIMEOUT_MS = 30_000;

type FrameDetails = { tabId: number; frameId: number };

/**
 * Watches one tab's top frame from before an action until its navigation (if any) has ended, so no event is missed
 * between "the action ran" and "we started listening".
 */
export class NavigationWatch {
  /** A navigation of the top frame began (a new document, or a history/fragment change). */
  started = false;
  /** It replaces the document (refs of the old one are gone), as opposed to pushState or a #fragment. */
  crossDocument = false;
  /** The network error that ended it, e.g. net::ERR_NAME_NOT_RESOLVED. */
  error: string | undefined;
  private ended = false;
  private wake: (() => void) | undefined;
  private readonly tabId: number;

  constructor(tabId: number) {
    this.tabId = tabId;
    chrome.webNavigation.onBeforeNavigate.addListener(this.onStart);
    chrome.webNavigation.onCompleted.addListener(this.onEnd);
    chrome.webNavigation.onErrorOccurred.addListener(this.onError);
    chrome.webNavigation.onReferenceFragmentUpdated.addListener(this.onSameDocument);
    chrome.webNavigation.onHistoryStateUpdated.addListener(this.onSameDocument);
    chrome.tabs.onRemoved.addListener(this.onRemoved);
  }

  private isTop(details: FrameDetails): boolean {
    return details.tabId === this.tabId && details.frameId === 0;
  }

  private readonly onStart = (details: FrameDetails) => {
    if (!this.isTop(details)) return;
    this.started = true;
    this.crossDocument = true;
    this.ended = false;
    this.error = undefined;
  };

  private readonly onEnd = (details: FrameDetails) => {
    if (this.isTop(details)) this.finish();
  };

  private readonly onError = (details: FrameDetails & { error: string }) => {
    if (!this.isTop(details)) return;
    // A navigation replaced by another one is not a failure of the page the user ends up on.
    if (details.error !== 'net::ERR_ABORTED') this.error = details.error;
    this.finish();
  };

  private readonly onSameDocument = (details: FrameDetails) => {
    if (!this.isTop(details)) return;
    this.started = true;
    if (!this.crossDocument) this.finish();
  };

  private readonly onRemoved = (tabId: number) => {
    if (tabId === this.tabId) this.finish();
  };

  private finish() {
    this.ended = true;
    this.wake?.();
  }

  /** Waits for the navigation to end, within a bound; false when the bound passed first. */
  async untilEnded(timeoutMs = LOAD_TIMEOUT_MS): Promise<boolean> {
    if (this.ended) return true;
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.wake = () => {
        clearTimeout(timer);
        resolve(true);
      };
    });
  }

  dispose() {
    chrome.webNavigation.onBeforeNavigate.removeListener(this.onStart);
    chrome.webNavigation.onCompleted.removeListener(this.onEnd);
    chrome.webNavigation.onErrorOccurred.removeListener(this.onError);
    chrome.webNavigation.onReferenceFragmentUpdated.removeListener(this.onSameDocument);
    chrome.webNavigation.onHistoryStateUpdated.removeListener(this.onSameDocument);
    chrome.tabs.onRemoved.removeListener(this.onRemoved);
  }
}

/** Navigates a tab (a URL, or back/forward/reload) and resolves once the new page has loaded. */
export async function navigateTab(tabId: number, url: string): Promise<chrome.tabs.Tab> {
  await ensureTab(tabId);
  const target = url === 'back' || url === 'forward' || url === 'reload' ? url : toHttpUrl(url);
  const watch = new NavigationWatch(tabId);
  try {
    try {
      if (target === 'back') await chrome.tabs.goBack(tabId);
      else if (target === 'forward') await chrome.tabs.goForward(tabId);
      else if (target === 'reload') await chrome.tabs.reload(tabId);
      else await chrome.tabs.update(tabId, { url: target });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/history|next page|previous page/i.test(message)) throw toolError(`There is no page to go ${target} to in this tab's history.`);
      throw toolError(`Navigation to ${target} failed: ${message}`);
    }
    if (!(await watch.untilEnded())) {
      throw toolError(`Navigation to ${target} timed out after ${LOAD_TIMEOUT_MS / 1000} seconds. The page may be unavailable.`);
    }
    if (watch.error) throw toolError(`Navigation to ${target} failed (${watch.error}).`);
  } finally {
    watch.dispose();
  }
  return ensureTab(tabId);
}

/** A URL without a scheme means https; only http(s) may be opened (no javascript:, file:, data:, chrome:). */
export function toHttpUrl(url: string): string {
  let target: URL;
  try {
    target = new URL(/^[a-z][a-z0-9+.-]*:/i.test(url.trim()) && !/^[^:/]+:\d+/.test(url.trim()) ? url.trim() : `https://${url.trim()}`);
  } catch {
    throw toolError(`"${url}" is not a valid URL.`);
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    throw toolError(`Navigation refused. Only http and https URLs are allowed, not ${target.protocol}`);
  }
  return target.href;
}
