import { ensureTab } from './content-channel';
import { toolError } from '../agent/tool-error';
import { type NavigationResponse, unshownResponse } from './unshown-response';

const LOAD_TIMEOUT_MS = 30_000;
/**
 * A page whose document is parsed but whose load never ends (a hanging image, tracker or long poll) is usable as it
 * is: once its DOMContentLoaded has come, its load is waited for this long, then the page is read as it stands.
 */
const LOAD_AFTER_CONTENT_MS = 5_000;

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

/** The document a tab shows now: its own load, if still running, ends with an error when a navigation replaces it. */
async function currentDocumentId(tabId: number): Promise<string | undefined> {
  return (await chrome.webNavigation.getFrame({ tabId, frameId: 0 }).catch(() => null))?.documentId;
}

/**
 * Watches one tab's top frame from before an action until its navigation (if any) has ended, so no event is missed
 * between "the action ran" and "we started listening". The page it leaves is not its end: a load of that page still
 * running is cut short with an error. A parsed new document whose load does not end soon ends it, as for navigateTab.
 */
export class NavigationWatch {
  /** A navigation of the top frame began (a new document, or a history/fragment change). */
  started = false;
  /** It replaces the document (refs of the old one are gone), as opposed to pushState or a #fragment. */
  crossDocument = false;
  /** The network error that ended it, e.g. net::ERR_NAME_NOT_RESOLVED. */
  error: string | undefined;
  /** It ended without a new page, and the server's answer says why: a file to download, no content. */
  unshown: string | undefined;
  private ended = false;
  private wake: (() => void) | undefined;
  private readonly tabId: number;
  private readonly unsubscribe: () => void;
  private readonly stopResponses: () => void;
  private response: NavigationResponse | undefined;
  private previousDocumentId: string | undefined;
  private contentLoaded: ReturnType<typeof setTimeout> | undefined;

  constructor(tabId: number) {
    this.tabId = tabId;
    this.unsubscribe = listenToNavigation({
      onBeforeNavigate: this.onStart,
      onDOMContentLoaded: this.onContentLoaded,
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
    this.started = true;
    this.crossDocument = true;
    this.ended = false;
    this.error = undefined;
    this.unshown = undefined;
    this.response = undefined;
    clearTimeout(this.contentLoaded);
  };

  private readonly onContentLoaded = (details: FrameDetails & { documentId?: string }) => {
    if (!this.isTop(details) || !this.started || details.documentId === this.previousDocumentId) return;
    clearTimeout(this.contentLoaded);
    this.contentLoaded = setTimeout(() => this.finish(), LOAD_AFTER_CONTENT_MS);
  };

  private readonly onEnd = (details: FrameDetails) => {
    if (this.isTop(details)) this.finish();
  };

  private readonly onError = (details: FrameDetails & { error: string; url: string; documentId?: string }) => {
    if (!this.isTop(details)) return;
    if (details.documentId !== undefined && details.documentId === this.previousDocumentId) return;
    const unshown = this.response && unshownResponse(details.url, this.response);
    if (unshown) {
      // A download or an empty answer: the tab stays on its page, whose refs still hold.
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
    this.started = true;
    if (!this.crossDocument) this.finish();
  };

  private readonly onRemoved = (tabId: number) => {
    if (tabId === this.tabId) this.finish();
  };

  private finish() {
    clearTimeout(this.contentLoaded);
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
    clearTimeout(this.contentLoaded);
    this.unsubscribe();
    this.stopResponses();
  }
}

/**
 * One navigation that Tabwright starts, followed by its own events rather than the tab's status: its start (the
 * top frame's onBeforeNavigate to the requested URL, or any for back/forward/reload), its commit, then the load of
 * the committed document. A tab created blank and navigated at once reports the blank page's load too, and a
 * navigation can be aborted by another one: neither is taken for the end of this one. After the commit, a redirect
 * the page starts is followed to its own end. A parsed document whose load does not end soon ends it too.
 */
class OwnNavigation {
  private phase: 'waiting' | 'started' | 'committed' = 'waiting';
  private committedOnce = false;
  private documentId: string | undefined;
  private readonly unsubscribe: () => void;
  private resolve: (outcome: NavigationOutcome) => void = () => undefined;
  private contentLoaded: ReturnType<typeof setTimeout> | undefined;
  /** What the server answered to this navigation before it committed (a download never commits). */
  response: NavigationResponse | undefined;
  private readonly stopResponses: () => void;
  readonly outcome: Promise<NavigationOutcome>;

  constructor(
    private readonly tabId: number,
    private readonly expected: string | undefined,
    /** The document in the tab before: its own load, still running, ends with an error when ours replaces it. */
    private readonly previousDocumentId: string | undefined,
  ) {
    this.outcome = new Promise((resolve) => {
      this.resolve = resolve;
    });
    void this.outcome.then(() => clearTimeout(this.contentLoaded));
    this.unsubscribe = listenToNavigation({
      onBeforeNavigate: this.onStart,
      onCommitted: this.onCommit,
      onDOMContentLoaded: this.onContentLoaded,
      onCompleted: this.onEnd,
      onErrorOccurred: this.onError,
      onReferenceFragmentUpdated: this.onSameDocument,
      onHistoryStateUpdated: this.onSameDocument,
      onRemoved: this.onRemoved,
    });
    this.stopResponses = listenToResponses(tabId, (response) => {
      if (this.phase === 'started') this.response = response;
    });
  }

  private isTop(details: FrameDetails): boolean {
    return details.tabId === this.tabId && details.frameId === 0;
  }

  private readonly onStart = (details: FrameDetails & { url: string }) => {
    if (!this.isTop(details)) return;
    const ours = this.expected === undefined || sameDocumentUrl(details.url, this.expected);
    if (this.phase === 'waiting' ? ours : this.committedOnce) {
      this.phase = 'started';
      // The page replaced itself: the new document's load is the one to wait for.
      clearTimeout(this.contentLoaded);
    }
  };

  private readonly onCommit = (details: FrameDetails & { documentId?: string }) => {
    if (!this.isTop(details) || this.phase !== 'started') return;
    this.phase = 'committed';
    this.committedOnce = true;
    this.documentId = details.documentId;
    clearTimeout(this.contentLoaded);
  };

  private ofCommittedDocument(details: FrameDetails & { documentId?: string }): boolean {
    if (!this.isTop(details) || this.phase !== 'committed') return false;
    return this.documentId === undefined || details.documentId === undefined || details.documentId === this.documentId;
  }

  private readonly onContentLoaded = (details: FrameDetails & { documentId?: string }) => {
    if (!this.ofCommittedDocument(details)) return;
    clearTimeout(this.contentLoaded);
    this.contentLoaded = setTimeout(() => this.resolve({ ok: true }), LOAD_AFTER_CONTENT_MS);
  };

  private readonly onEnd = (details: FrameDetails & { documentId?: string }) => {
    if (this.ofCommittedDocument(details)) this.resolve({ ok: true });
  };

  private readonly onError = (details: FrameDetails & { error: string; url: string; documentId?: string }) => {
    if (!this.isTop(details) || this.phase === 'waiting') return;
    if (details.documentId !== undefined && details.documentId === this.previousDocumentId) return;
    // A later navigation that replaced the page we reached (a redirect) leaves us on a page: that is an end.
    if (this.committedOnce && details.error === 'net::ERR_ABORTED') this.resolve({ ok: true });
    else
      this.resolve({
        ok: false,
        error: details.error,
        committed: this.committedOnce,
        url: details.url,
        ...(this.response ? { response: this.response } : {}),
      });
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
    this.unsubscribe();
    this.stopResponses();
  }
}

/**
 * A failure names the URL that failed: after a commit, that is where the page itself sent the tab. `response`: the
 * server answered before it failed (a download, no content), so no other navigation replaced it.
 */
type NavigationOutcome =
  | { ok: true }
  | { ok: false; error: string; committed: boolean; url: string; response?: NavigationResponse };

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
      const unanswered = navigation.response && unshownResponse(target, navigation.response);
      throw toolError(
        unanswered ??
          `Navigation to ${target} timed out after ${LOAD_TIMEOUT_MS / 1000} seconds. The page may be unavailable.`,
      );
    }
    if (outcome.ok) break;
    if (outcome.error === 'net::ERR_ABORTED' && !outcome.committed && !outcome.response && attempt === 1) continue;
    throw toolError(navigationFailure(target, outcome));
  }
  return ensureTab(tabId);
}

function navigationFailure(
  target: string,
  {
    error,
    committed,
    url,
    response,
  }: { error: string; committed: boolean; url: string; response?: NavigationResponse },
) {
  const unshown = !committed && response ? unshownResponse(target, response) : undefined;
  if (unshown) return unshown;
  const why =
    error === 'net::ERR_BLOCKED_BY_CLIENT'
      ? `${error}: blocked by an extension, such as the task's allowed sites`
      : error;
  // The page opened, then sent its tab elsewhere before it had loaded: say where, not that the page failed.
  if (committed && url && !sameDocumentUrl(url, target))
    return `${target} opened, then the page sent its tab to ${url}, which failed (${why}).`;
  return `Navigation to ${target} failed (${why}).`;
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
