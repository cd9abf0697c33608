import { ensureTab } from './content-channel';
import { toolError } from '../agent/tool-error';
import { type NavigationResponse, noPageOpened, unshownResponse } from './unshown-response';

const LOAD_TIMEOUT_MS = 30_000;
/**
 * How long a document that has been parsed (DOMContentLoaded) is given to finish loading. Its images, frames and
 * trackers may take far longer, or never end (a request the server holds open): the page is usable well before, and
 * each action's settle waits for the requests and DOM changes that matter.
 */
const LOAD_GRACE_MS = 2000;

/** The end a parsed document is given when its load has not come LOAD_GRACE_MS after DOMContentLoaded. */
class LoadGrace {
  private timer: ReturnType<typeof setTimeout> | undefined;

  start(end: () => void) {
    this.cancel();
    this.timer = setTimeout(end, LOAD_GRACE_MS);
  }

  cancel() {
    clearTimeout(this.timer);
  }
}

type FrameDetails = { tabId: number; frameId: number };

type NavigationEvent =
  | 'onBeforeNavigate'
  | 'onCommitted'
  | 'onDOMContentLoaded'
  | 'onCompleted'
  | 'onErrorOccurred'
  | 'onReferenceFragmentUpdated'
  | 'onHistoryStateUpdated';
// biome-ignore lint/suspicious/noExplicitAny: each chrome event passes its own details type to its handler.
type Handler = (details: any) => void;

/** Adds handlers to webNavigation's events (and tabs.onRemoved); returns the function that removes them all. */
function listenToNavigation(
  handlers: Partial<Record<NavigationEvent, Handler>> & { onRemoved: (tabId: number) => void },
): () => void {
  const { onRemoved, ...navigation } = handlers;
  const entries = Object.entries(navigation) as Array<[NavigationEvent, Handler]>;
  for (const [name, handler] of entries) chrome.webNavigation[name].addListener(handler);
  chrome.tabs.onRemoved.addListener(onRemoved);
  return () => {
    for (const [name, handler] of entries) chrome.webNavigation[name].removeListener(handler);
    chrome.tabs.onRemoved.removeListener(onRemoved);
  };
}

/** Calls `record` with each top-frame response the tab receives: its status and the headers that say what it is. */
function listenToResponses(tabId: number, record: (response: NavigationResponse) => void): () => void {
  const listener = (details: chrome.webRequest.OnHeadersReceivedDetails): undefined => {
    const header = (name: string) =>
      details.responseHeaders?.find((entry) => entry.name.toLowerCase() === name)?.value ?? undefined;
    const contentType = header('content-type');
    const disposition = header('content-disposition');
    const authenticate = header('www-authenticate') ?? header('proxy-authenticate');
    record({
      status: details.statusCode,
      ...(contentType ? { contentType } : {}),
      ...(disposition ? { disposition } : {}),
      ...(authenticate ? { authenticate } : {}),
    });
  };
  chrome.webRequest.onHeadersReceived.addListener(listener, { urls: ['<all_urls>'], tabId, types: ['main_frame'] }, [
    'responseHeaders',
  ]);
  return () => chrome.webRequest.onHeadersReceived.removeListener(listener);
}

/**
 * The document a tab shows now. If it is still loading (an image pending), its load ends with an error when a
 * navigation replaces it: that error is not the new navigation's, which would otherwise be restarted (the server
 * asked twice) or taken for a download.
 */
async function currentDocumentId(tabId: number): Promise<string | undefined> {
  return (await chrome.webNavigation.getFrame({ tabId, frameId: 0 }).catch(() => null))?.documentId;
}

/**
 * The server's answer opened no page, and why (a download, no content, a sign-in), for a navigation it answered.
 * An abort after an answer of a type the tab shows (a page) is another navigation replacing this one, not a
 * download; only an untyped answer is taken for one.
 */
function noPageFor(url: string, response: NavigationResponse, error: string): string | undefined {
  const reason = unshownResponse(url, response);
  if (reason) return reason;
  const success = response.status >= 200 && response.status < 300;
  return success && !response.contentType && error === 'net::ERR_ABORTED' ? noPageOpened(url) : undefined;
}

/**
 * Watches one tab's top frame from before an action until its navigation (if any) has ended, so no event is missed
 * between "the action ran" and "we started listening". The page it leaves is not its end (see currentDocumentId).
 */
export class NavigationWatch {
  /** A navigation of the top frame began (a new document, or a history/fragment change). */
  started = false;
  /** It replaces the document (refs of the old one are gone), as opposed to pushState or a #fragment. */
  crossDocument = false;
  /** The network error that ended it, e.g. net::ERR_NAME_NOT_RESOLVED. */
  error: string | undefined;
  /** It ended without a new page, and why: a file to download, no content. The tab still shows its page. */
  unshown: string | undefined;
  private response: NavigationResponse | undefined;
  private previousDocumentId: string | undefined;
  private readonly stopResponses: () => void;
  private ended = false;
  private readonly grace = new LoadGrace();
  private wake: (() => void) | undefined;
  private readonly tabId: number;
  private readonly unsubscribe: () => void;

  constructor(tabId: number) {
    this.tabId = tabId;
    this.unsubscribe = listenToNavigation({
      onBeforeNavigate: this.onStart,
      onDOMContentLoaded: this.onParsed,
      onCompleted: this.onEnd,
      onErrorOccurred: this.onError,
      onReferenceFragmentUpdated: this.onSameDocument,
      onHistoryStateUpdated: this.onSameDocument,
      onRemoved: this.onRemoved,
    });
    this.stopResponses = listenToResponses(tabId, (response) => {
      if (this.started) this.response = response;
    });
    void currentDocumentId(tabId).then((id) => {
      this.previousDocumentId = id;
    });
  }

  private isTop(details: FrameDetails): boolean {
    return details.tabId === this.tabId && details.frameId === 0;
  }

  private readonly onStart = (details: FrameDetails) => {
    if (!this.isTop(details)) return;
    this.wakeStarted?.();
    this.started = true;
    this.crossDocument = true;
    this.ended = false;
    this.error = undefined;
    this.unshown = undefined;
    this.response = undefined;
    this.grace.cancel();
  };

  private readonly onParsed = (details: FrameDetails) => {
    if (!this.isTop(details) || this.ended) return;
    this.grace.start(() => this.finish());
  };

  private readonly onEnd = (details: FrameDetails) => {
    if (this.isTop(details)) this.finish();
  };

  private readonly onError = (details: FrameDetails & { error: string; url: string; documentId?: string }) => {
    if (!this.isTop(details)) return;
    if (details.documentId !== undefined && details.documentId === this.previousDocumentId) return;
    const unshown = this.response && noPageFor(details.url, this.response, details.error);
    if (unshown) {
      // The tab stays on its page, whose refs still hold.
      this.unshown = unshown;
      this.crossDocument = false;
    } else if (details.error !== 'net::ERR_ABORTED') {
      // A navigation replaced by another one is not a failure of the page the user ends up on.
      this.error = details.error;
    }
    this.finish();
  };

  private readonly onSameDocument = (details: FrameDetails) => {
    if (!this.isTop(details)) return;
    this.wakeStarted?.();
    this.started = true;
    if (!this.crossDocument) this.finish();
  };

  private readonly onRemoved = (tabId: number) => {
    if (tabId === this.tabId) this.finish();
  };

  private finish() {
    this.grace.cancel();
    this.ended = true;
    this.wake?.();
  }

  private wakeStarted: (() => void) | undefined;

  /**
   * Waits for a navigation the page announced to reach the browser, within a bound; false when the bound passed first
   * (the page's own beforeunload kept it, or another navigation took its place before it began).
   */
  async untilStarted(timeoutMs: number): Promise<boolean> {
    if (this.started) return true;
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.wakeStarted = () => {
        this.wakeStarted = undefined;
        clearTimeout(timer);
        resolve(true);
      };
    });
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
    this.grace.cancel();
    this.unsubscribe();
    this.stopResponses();
  }
}

/**
 * One navigation that Tabwright starts, followed by its own events rather than the tab's status: its start (the
 * top frame's onBeforeNavigate to the requested URL, or any for back/forward/reload), its commit, then the load of
 * the committed document. A tab created blank and navigated at once reports the blank page's load too, and a
 * navigation can be aborted by another one: neither is taken for the end of this one. After the commit, a redirect
 * the page starts is followed to its own end.
 */
class OwnNavigation {
  private phase: 'waiting' | 'started' | 'committed' = 'waiting';
  private committedOnce = false;
  private documentId: string | undefined;
  private readonly grace = new LoadGrace();
  /** What the server answered before any commit: a download, an empty answer or a sign-in never commits. */
  response: NavigationResponse | undefined;
  private readonly unsubscribe: () => void;
  private resolve: (outcome: NavigationOutcome) => void = () => undefined;
  readonly outcome: Promise<NavigationOutcome>;

  constructor(
    private readonly tabId: number,
    private readonly expected: string | undefined,
    private readonly previousDocumentId: string | undefined,
  ) {
    this.outcome = new Promise((resolve) => {
      this.resolve = resolve;
    });
    const stopResponses = listenToResponses(tabId, (response) => {
      if (this.phase === 'started') this.response = response;
    });
    const unsubscribe = listenToNavigation({
      onBeforeNavigate: this.onStart,
      onCommitted: this.onCommit,
      onDOMContentLoaded: this.onParsed,
      onCompleted: this.onEnd,
      onErrorOccurred: this.onError,
      onReferenceFragmentUpdated: this.onSameDocument,
      onHistoryStateUpdated: this.onSameDocument,
      onRemoved: this.onRemoved,
    });
    this.unsubscribe = () => {
      unsubscribe();
      stopResponses();
    };
  }

  private isTop(details: FrameDetails): boolean {
    return details.tabId === this.tabId && details.frameId === 0;
  }

  private readonly onStart = (details: FrameDetails & { url: string }) => {
    if (!this.isTop(details)) return;
    const ours = this.expected === undefined || sameDocumentUrl(details.url, this.expected);
    if (this.phase === 'waiting' ? ours : this.committedOnce) {
      this.phase = 'started';
      this.grace.cancel();
    }
  };

  private readonly onCommit = (details: FrameDetails & { documentId?: string }) => {
    if (!this.isTop(details) || this.phase !== 'started') return;
    this.grace.cancel();
    this.phase = 'committed';
    this.committedOnce = true;
    this.documentId = details.documentId;
  };

  private readonly onEnd = (details: FrameDetails & { documentId?: string }) => {
    if (this.ours(details)) this.resolve({ ok: true });
  };

  private readonly onParsed = (details: FrameDetails & { documentId?: string }) => {
    if (!this.ours(details)) return;
    this.grace.start(() => this.resolve({ ok: true }));
  };

  /** An event of the top frame's committed document. */
  private ours(details: FrameDetails & { documentId?: string }): boolean {
    if (!this.isTop(details) || this.phase !== 'committed') return false;
    return this.documentId === undefined || details.documentId === undefined || details.documentId === this.documentId;
  }

  private readonly onError = (details: FrameDetails & { error: string; url: string; documentId?: string }) => {
    if (!this.isTop(details) || this.phase === 'waiting') return;
    if (details.documentId !== undefined && details.documentId === this.previousDocumentId) return;
    // Answered, then ended before any document: a file to download, no content, a sign-in. Not started again.
    const noPage = this.phase === 'started' && this.response && noPageFor(details.url, this.response, details.error);
    if (noPage) {
      this.resolve({ ok: false, error: details.error, committed: this.committedOnce, url: details.url, noPage });
      return;
    }
    // A later navigation that replaced the page we reached (a redirect) leaves us on a page: that is an end.
    if (this.committedOnce && details.error === 'net::ERR_ABORTED') this.resolve({ ok: true });
    else this.resolve({ ok: false, error: details.error, committed: this.committedOnce, url: details.url });
  };

  private readonly onSameDocument = (details: FrameDetails & { url: string }) => {
    if (!this.isTop(details) || this.phase !== 'waiting') return;
    if (this.expected === undefined || sameDocumentUrl(details.url, this.expected)) this.resolve({ ok: true });
  };

  private readonly onRemoved = (tabId: number) => {
    if (tabId === this.tabId) this.resolve({ ok: false, error: 'the tab was closed', committed: false, url: '' });
  };

  /** The outcome, or undefined when the bound passed first. */
  within(timeoutMs: number): Promise<NavigationOutcome | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(undefined), timeoutMs);
      void this.outcome.then((outcome) => {
        clearTimeout(timer);
        resolve(outcome);
      });
    });
  }

  dispose() {
    this.grace.cancel();
    this.unsubscribe();
  }
}

/**
 * A failure names the URL that failed: after a commit, that is where the page itself sent the tab. `noPage`: the
 * server answered, and its answer opened no page (a download, no content, a sign-in): said plainly, not retried.
 */
type NavigationOutcome = { ok: true } | { ok: false; error: string; committed: boolean; url: string; noPage?: string };

/** Two URLs that load the same document (they differ at most in the #fragment). */
function sameDocumentUrl(a: string, b: string): boolean {
  const strip = (url: string) => url.replace(/#.*$/, '');
  return strip(a) === strip(b);
}

/**
 * Navigates a tab (a URL, or back/forward/reload) and resolves once the navigation it started has committed and its
 * document has loaded. A navigation aborted before it committed (another one replaced it) is started once more.
 */
export async function navigateTab(tabId: number, url: string): Promise<chrome.tabs.Tab> {
  await ensureTab(tabId);
  const target = url === 'back' || url === 'forward' || url === 'reload' ? url : toHttpUrl(url);
  for (let attempt = 1; ; attempt++) {
    const navigation = new OwnNavigation(
      tabId,
      target === 'back' || target === 'forward' || target === 'reload' ? undefined : target,
      await currentDocumentId(tabId),
    );
    let outcome: NavigationOutcome | undefined;
    try {
      await startNavigation(tabId, target);
      outcome = await navigation.within(LOAD_TIMEOUT_MS);
    } finally {
      navigation.dispose();
    }
    if (!outcome) {
      // A person's browser shows its sign-in prompt for HTTP authentication, and the navigation waits on it.
      const signIn = navigation.response && unshownResponse(target, navigation.response);
      throw toolError(
        signIn ??
          `Navigation to ${target} timed out after ${LOAD_TIMEOUT_MS / 1000} seconds. The page may be unavailable.`,
      );
    }
    if (outcome.ok) break;
    if (outcome.noPage) throw toolError(outcome.noPage);
    if (outcome.error === 'net::ERR_ABORTED' && !outcome.committed && attempt === 1) continue;
    throw toolError(navigationFailure(target, outcome));
  }
  return ensureTab(tabId);
}

function navigationFailure(
  target: string,
  { error, committed, url }: { error: string; committed: boolean; url: string },
) {
  const why =
    error === 'net::ERR_BLOCKED_BY_CLIENT'
      ? `${error}: blocked by an extension, such as the task's allowed sites`
      : error;
  // The page opened, then sent its tab elsewhere before it had loaded: say where, not that the page failed.
  if (committed && url && !sameDocumentUrl(url, target))
    return `${target} opened, then the page sent its tab to ${url}, which failed (${why}).`;
  return `Navigation to ${target} failed (${why}).`;
}

/** How long a new tab's or window's about:blank may take to finish loading before it is navigated anyway. */
const BLANK_LOAD_TIMEOUT_MS = 5_000;

/**
 * A tab or window just created is still loading its about:blank for a moment: a navigation started then can be cut
 * short by it, or taken as finished when that blank page completes (a task's first page read the blank page). Waits
 * for it first, within a bound.
 */
export function untilBlankLoaded(tabId: number): Promise<void> {
  return untilTabLoaded(tabId, BLANK_LOAD_TIMEOUT_MS);
}

/** Waits, within a bound, until the tab's document has loaded (the tab's status is "complete"). */
export async function untilTabLoaded(tabId: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await ensureTab(tabId)).status !== 'complete' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function startNavigation(tabId: number, target: string): Promise<void> {
  try {
    if (target === 'back') await chrome.tabs.goBack(tabId);
    else if (target === 'forward') await chrome.tabs.goForward(tabId);
    else if (target === 'reload') await chrome.tabs.reload(tabId);
    else await chrome.tabs.update(tabId, { url: target });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/history|next page|previous page/i.test(message))
      throw toolError(`There is no page to go ${target} to in this tab's history.`);
    throw toolError(`Navigation to ${target} failed: ${message}`);
  }
}

/** A URL without a scheme means https; only http(s) may be opened (no javascript:, file:, data:, chrome:). */
export function toHttpUrl(url: string): string {
  let target: URL;
  try {
    target = new URL(
      /^[a-z][a-z0-9+.-]*:/i.test(url.trim()) && !/^[^:/]+:\d+/.test(url.trim()) ? url.trim() : `https://${url.trim()}`,
    );
  } catch {
    throw toolError(`"${url}" is not a valid URL.`);
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    throw toolError(`Navigation refused. Only http and https URLs are allowed, not ${target.protocol}`);
  }
  return target.href;
}
