import { SESSION_PREFIXES } from '../../shared/storage/keys';
import { storageFamily } from '../../shared/storage/storage-area';
import { isNeutralUrl, parseHttpUrl, patternRegex, type UrlPattern, urlMatches } from '../../shared/url-patterns';

/**
 * Keeps a task's tabs inside its allowed sites with declarativeNetRequest session rules: every top-level or frame
 * request from those tabs to anywhere else is blocked by the browser before it is sent, whoever started it — the
 * model, a link, a redirect, a script or a new tab. Several fenced tasks at once each exclude the others' tabs only
 * when those are not theirs, so a tab stays inside every fence that claims it. The URL policy hook on `navigate` only explains refusals early;
 * this is the boundary.
 *
 * The same rules hold a task's form posts: a POST that loads a page or a frame (a form sent) leaves the task's tabs
 * only while a call the confirmation gate judged high-stakes and a person (or their standing approval) let through
 * runs. A page whose own script sends a purchase form after a click on "Next" is stopped by the browser, whatever the
 * control said.
 */
const BLOCKED_BY_EXTENSION = 'net::ERR_BLOCKED_BY_CLIENT';
/** How long a new tab of unknown origin stays fenced before it is treated as someone else's. */
const ADOPTION_GRACE_MS = 1500;
/** How long going back may take to reach the page it returns to before the agent's next call runs anyway. */
const GO_BACK_WAIT_MS = 3000;
/** Documents a tab loads: its page, its frames, and `<object>`/`<embed>` frames (the browser files those apart). */
const DOCUMENT_TYPES: chrome.declarativeNetRequest.ResourceType[] = [
  chrome.declarativeNetRequest.ResourceType.MAIN_FRAME,
  chrome.declarativeNetRequest.ResourceType.SUB_FRAME,
  chrome.declarativeNetRequest.ResourceType.OBJECT,
];
/** The requests a held form post makes: documents a tab loads. */
const POST_FILTER: chrome.webRequest.RequestFilter = {
  urls: ['<all_urls>'],
  types: ['main_frame', 'sub_frame', 'object'],
};
/**
 * What a browser shows as a page; any other answer to a page or frame load (or one marked `attachment`) is saved as
 * a file instead. Header value patterns are matched case-insensitively, parameters (`; charset=…`) after the `*`.
 */
const SHOWN_TYPES = [
  'text/*',
  'image/*',
  'audio/*',
  'video/*',
  'application/xhtml+xml*',
  'application/xml*',
  'application/*+xml*',
  'application/json*',
  'application/*+json*',
  'application/pdf*',
  'application/javascript*',
  'application/x-javascript*',
  'application/ecmascript*',
  'multipart/x-mixed-replace*',
];
/** A page or frame load whose answer the browser would save as a file: a download the server decided on. */
const DOWNLOAD_ANSWERS: chrome.declarativeNetRequest.HeaderInfo[] = [
  { header: 'content-disposition', values: ['attachment*'] },
  { header: 'content-type', excludedValues: SHOWN_TYPES },
];
/** Navigations, and the pings a followed link sends (`<a ping>`): both start from what the agent does. */
const RESOURCE_TYPES: chrome.declarativeNetRequest.ResourceType[] = [
  ...DOCUMENT_TYPES,
  chrome.declarativeNetRequest.ResourceType.PING,
];

export class SiteFence {
  private ruleIds: number[] = [];
  /** Tabs the fence does not cover: every tab that is neither the task's nor opened from one of the task's. */
  private excluded = new Set<number>();
  private readonly own = new Set<number>();
  private blocked: string[] = [];
  private heldPosts: string[] = [];
  private heldDownloads: string[] = [];
  /** Every address whose answer was held as a download in this task: going there again is asked about. */
  private readonly everHeldDownloads = new Set<string>();
  private lifted = false;
  /** The allowed sites; undefined when the task may go anywhere (the rules then only hold form posts). */
  private readonly patterns: UrlPattern[] | undefined;
  /** Whether form posts are held (not when the person chose never to be asked). */
  private readonly holdsPosts: boolean;
  /** A call a person approved is running: its form posts (and downloads) go out. */
  private postsLetThrough = false;
  /** The agent's own navigation to an address it named runs: a file the server answers with is saved. */
  private downloadsLetThrough = false;
  /** The task the fence belongs to: its rule ids are recorded under it, so a restarted worker can tell them apart. */
  private readonly owner: string;

  constructor(patterns: UrlPattern[] | undefined, owner: string, holdsPosts = false) {
    this.patterns = patterns;
    this.holdsPosts = holdsPosts;
    this.owner = owner;
    chrome.webNavigation.onErrorOccurred.addListener(this.onError);
    chrome.webNavigation.onCommitted.addListener(this.onCommitted);
    chrome.webRequest.onErrorOccurred.addListener(this.onRequestError, POST_FILTER);
    chrome.tabs.onCreated.addListener(this.onCreated);
    chrome.webNavigation.onCreatedNavigationTarget.addListener(this.onNavigationTarget);
  }

  /**
   * Fences the task's tabs. The rules exclude the tabs known to be someone else's rather than list the task's own,
   * so a tab a page opens (target=_blank, window.open) is fenced from its very first request — there is no moment
   * between "the tab exists" and "the rule names it" for a request to slip out.
   */
  async start(taskTabs: number[]): Promise<void> {
    for (const id of taskTabs) this.own.add(id);
    const all = await chrome.tabs.query({});
    this.excluded = new Set(all.map((tab) => tab.id!).filter((id) => id !== undefined && !this.own.has(id)));
    await this.install();
  }

  /**
   * Adds tabs the task adopted (the tab set may learn of them after onCreated); resolves once every document that
   * committed outside the fence so far has been sent away, and every error page of a block reported so far left.
   */
  async cover(tabIds: number[]): Promise<void> {
    await this.sendingAway;
    const fresh = tabIds.filter((id) => !this.own.has(id));
    if (fresh.length === 0) return;
    for (const id of fresh) {
      this.own.add(id);
      this.excluded.delete(id);
    }
    await this.install();
  }

  /** A tab a page of the task opened (target=_blank, window.open, with or without noopener) is the task's. */
  private readonly onNavigationTarget = (details: { sourceTabId: number; tabId: number }) => {
    if (!this.own.has(details.sourceTabId) || this.own.has(details.tabId)) return;
    this.own.add(details.tabId);
    if (this.excluded.delete(details.tabId)) void this.install();
  };

  private readonly onCreated = (tab: chrome.tabs.Tab) => {
    const id = tab.id;
    if (id === undefined) return;
    // A tab a task page opened has that page's tab as its opener (noopener links too, which webNavigation may not
    // report); a new-tab page the person opens while the task's tab is in front gets that opener as well, and is not
    // the task's.
    if (tab.openerTabId !== undefined && this.own.has(tab.openerTabId) && !opensNewTabPage(tab)) {
      this.own.add(id);
      return;
    }
    // Otherwise it stays fenced until it is claimed (a task page opened it, or the task adopted it), and is let out
    // after a moment if nothing claims it: it is the person's.
    setTimeout(() => {
      if (this.own.has(id) || this.lifted) return;
      this.excluded.add(id);
      void this.install();
    }, ADOPTION_GRACE_MS);
  };

  private readonly onError = (details: { tabId: number; frameId: number; url: string; error: string }) => {
    if (details.error !== BLOCKED_BY_EXTENSION || !this.own.has(details.tabId) || isNeutralUrl(details.url)) return;
    if (this.outsideFence(details.url)) this.blocked.push(details.url);
    // Leave the error page a blocked top-level navigation shows, so the agent carries on where it was; only from that
    // page and only while no navigation is on its way elsewhere, so a late report never takes the tab back from where
    // the agent has gone (or is going) since.
    if (details.frameId === 0)
      this.sendingAway = this.sendingAway
        .then(async () => {
          const tab = await chrome.tabs.get(details.tabId);
          if (tab.url === details.url && !tab.pendingUrl) await goBack(details.tabId);
        })
        .catch(() => undefined);
  };

  /** Documents that committed outside the fence being sent away, one after another. */
  private sendingAway: Promise<void> = Promise.resolve();

  /**
   * A document of another site that committed in a fenced tab although the rules block its request: a service worker
   * that site installed earlier answered the navigation itself, and the browser hands navigations to a service worker
   * before the network, where the rules apply. It is sent away at once (the page back, a frame to about:blank) and
   * reported like a block; the driver reads and acts on no page outside the fence meanwhile.
   */
  private readonly onCommitted = (details: { tabId: number; frameId: number; url: string }) => {
    // Only a web address has a site (and a service worker): about:srcdoc, data: or blob: documents are their page's.
    if (this.excluded.has(details.tabId) || !parseHttpUrl(details.url) || !this.outsideFence(details.url)) return;
    this.blocked.push(details.url);
    this.sendingAway = this.sendingAway.then(() => sendAway(details.tabId, details.frameId)).catch(() => undefined);
  };

  /**
   * A form post held by the post rule. Only the request says its method: a block of anything else inside the fence is
   * another extension's doing (an ad blocker's frame), not a form the page sent.
   */
  private readonly onRequestError = (details: { tabId: number; method: string; url: string; error: string }) => {
    if (!this.holdsPosts || details.error !== BLOCKED_BY_EXTENSION) return;
    if (!this.own.has(details.tabId) || this.outsideFence(details.url)) return;
    if (details.method === 'POST') this.heldPosts.push(details.url);
    // Inside the fence a page or frame load is blocked only by the download rule (or by another extension).
    else if (details.method === 'GET') {
      this.heldDownloads.push(details.url);
      this.everHeldDownloads.add(details.url);
    }
  };

  private outsideFence(url: string): boolean {
    return this.patterns !== undefined && !urlMatches(url, this.patterns);
  }

  /** Installs run one after another: two at once could each keep the other's rules, which then outlive the task. */
  private installing: Promise<void> = Promise.resolve();

  private install(): Promise<void> {
    this.installing = this.installing.catch(() => undefined).then(() => this.installNow());
    return this.installing;
  }

  private async installNow(): Promise<void> {
    const excludedTabIds = [...this.excluded];
    const base = 1 + Math.floor(Math.random() * 1_000_000_000);
    const block = chrome.declarativeNetRequest.RuleActionType.BLOCK;
    const rules: chrome.declarativeNetRequest.Rule[] = [];
    if (this.patterns) {
      rules.push(
        {
          id: base,
          priority: 1,
          action: { type: block },
          condition: { excludedTabIds, resourceTypes: RESOURCE_TYPES },
        },
        ...this.patterns.map((pattern, i) => ({
          id: base + 2 + i,
          priority: 2,
          action: { type: chrome.declarativeNetRequest.RuleActionType.ALLOW },
          condition: {
            excludedTabIds,
            resourceTypes: RESOURCE_TYPES,
            regexFilter: patternRegex(pattern),
            isUrlFilterCaseSensitive: true,
          },
        })),
      );
    }
    // Held loads of the task's documents, above the allowed sites' rules: letting them through only drops these
    // rules, so it never opens the fence.
    const hold = (id: number, condition: chrome.declarativeNetRequest.RuleCondition) => ({
      id,
      priority: 3,
      action: { type: block },
      condition: { excludedTabIds, resourceTypes: DOCUMENT_TYPES, ...condition },
    });
    const { GET, POST } = chrome.declarativeNetRequest.RequestMethod;
    // A download the server decides on (a plain link, a GET form, a page's script) is held like a form post; the
    // agent's own `navigate` may save what its address answers (the gate judged that address).
    if (this.holdsPosts && !this.postsLetThrough && !this.downloadsLetThrough) {
      rules.push(
        hold(base + 2 + (this.patterns?.length ?? 0), { requestMethods: [GET], responseHeaders: DOWNLOAD_ANSWERS }),
      );
    }
    // A post to an allowed site is held too.
    if (this.holdsPosts && !this.postsLetThrough) rules.push(hold(base + 1, { requestMethods: [POST] }));
    // A task resumed after a worker restart swaps its old rules for the new ones in one update: never unfenced.
    const previous = this.ruleIds.length > 0 ? this.ruleIds : await recordedRules(this.owner);
    this.ruleIds = rules.map((rule) => rule.id);
    await fenceRecords.set(this.owner, { owner: this.owner, ruleIds: this.ruleIds });
    await chrome.declarativeNetRequest.updateSessionRules({ removeRuleIds: previous, addRules: rules });
  }

  /** URLs blocked since the last call. */
  takeBlocked(): string[] {
    const blocked = [...new Set(this.blocked)];
    this.blocked = [];
    return blocked;
  }

  /** Where form posts that were held went, since the last call. */
  takeHeldPosts(): string[] {
    const held = [...new Set(this.heldPosts)];
    this.heldPosts = [];
    return held;
  }

  /** Where the page started downloads that were held, since the last call. */
  takeHeldDownloads(): string[] {
    const held = [...new Set(this.heldDownloads)];
    this.heldDownloads = [];
    return held;
  }

  /** Whether an address answered with a file that was held earlier in this task (going there saves it). */
  heldDownloadFrom(url: string): boolean {
    // A fragment is never sent: the request was for the address without it.
    return this.everHeldDownloads.has(url.split('#')[0]!);
  }

  /**
   * Runs a call a person approved (or their standing approval covers) with the task's form posts and downloads let
   * through: the form it submits, and what its page sends in answer, go out; after it, they are held again.
   */
  lettingPostsThrough<T>(run: () => Promise<T>): Promise<T> {
    return this.lettingThrough('postsLetThrough', run);
  }

  /** Runs the agent's own navigation with downloads let through: the address it named may answer with a file. */
  lettingDownloadsThrough<T>(run: () => Promise<T>): Promise<T> {
    return this.lettingThrough('downloadsLetThrough', run);
  }

  private async lettingThrough<T>(which: 'postsLetThrough' | 'downloadsLetThrough', run: () => Promise<T>): Promise<T> {
    if (!this.holdsPosts) return run();
    this[which] = true;
    await this.install();
    try {
      return await run();
    } finally {
      this[which] = false;
      if (!this.lifted) await this.install();
    }
  }

  async lift(): Promise<void> {
    this.lifted = true;
    chrome.webNavigation.onErrorOccurred.removeListener(this.onError);
    chrome.webNavigation.onCommitted.removeListener(this.onCommitted);
    chrome.webRequest.onErrorOccurred.removeListener(this.onRequestError);
    chrome.tabs.onCreated.removeListener(this.onCreated);
    chrome.webNavigation.onCreatedNavigationTarget.removeListener(this.onNavigationTarget);
    await this.installing.catch(() => undefined);
    await chrome.declarativeNetRequest.updateSessionRules({
      removeRuleIds: [...this.ruleIds, ...(await recordedRules(this.owner))],
    });
    await fenceRecords.remove(this.owner);
    this.ruleIds = [];
  }
}

/** Leaves a document that should not be there: a page goes back where it came from, a frame shows about:blank. */
async function sendAway(tabId: number, frameId: number): Promise<void> {
  if (frameId !== 0) {
    await chrome.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      func: () => location.replace('about:blank'),
    });
    return;
  }
  await goBack(tabId).catch(() => chrome.tabs.update(tabId, { url: 'about:blank' }));
}

/**
 * Goes back and waits (bounded) until the page it returns to has committed: the agent's next call, which waits for the
 * fence's send-aways, then never starts a navigation that this one would cancel or undo.
 */
async function goBack(tabId: number): Promise<void> {
  let finish = () => {};
  const arrived = new Promise<void>((resolve) => {
    const onTop = (details: { tabId: number; frameId: number }) => {
      if (details.tabId === tabId && details.frameId === 0) finish();
    };
    const timer = setTimeout(() => finish(), GO_BACK_WAIT_MS);
    finish = () => {
      clearTimeout(timer);
      chrome.webNavigation.onCommitted.removeListener(onTop);
      chrome.webNavigation.onErrorOccurred.removeListener(onTop);
      resolve();
    };
    chrome.webNavigation.onCommitted.addListener(onTop);
    chrome.webNavigation.onErrorOccurred.addListener(onTop);
  });
  try {
    await chrome.tabs.goBack(tabId);
  } catch (error) {
    finish();
    throw error;
  }
  await arrived;
}

/** A tab opened on the browser's new-tab page (Ctrl+T), not on an address a page sent it to. */
function opensNewTabPage(tab: chrome.tabs.Tab): boolean {
  return /^chrome:\/\/new-?tab/i.test(tab.pendingUrl || tab.url || '');
}

/** The rule ids a task's fence installed, recorded so a restarted worker can remove them. */
const fenceRecords = storageFamily<{ owner: string; ruleIds: number[] }>('session', SESSION_PREFIXES.fenceRules);

async function recordedRules(owner: string): Promise<number[]> {
  const ids = (await fenceRecords.get(owner))?.ruleIds;
  return Array.isArray(ids) ? ids.filter((id): id is number => typeof id === 'number') : [];
}

/**
 * Run when the worker starts: session rules outlive the worker that installed them, so a block rule of a task that
 * is no longer running would fence every tab the person opens until the browser restarts. Every session rule not
 * recorded for one of `liveTasks` (the tasks about to be resumed) is removed, with the records of the others.
 */
export async function reconcileFences(liveTasks: string[]): Promise<number> {
  const keep = new Set<number>();
  const deadRecords: string[] = [];
  for (const record of await fenceRecords.list()) {
    if (liveTasks.includes(record.owner) && Array.isArray(record.ruleIds))
      for (const id of record.ruleIds) keep.add(id);
    else deadRecords.push(record.owner);
  }
  const stale = (await chrome.declarativeNetRequest.getSessionRules())
    .map((rule) => rule.id)
    .filter((id) => !keep.has(id));
  if (stale.length > 0) await chrome.declarativeNetRequest.updateSessionRules({ removeRuleIds: stale });
  if (deadRecords.length > 0) await fenceRecords.remove(...deadRecords);
  return stale.length;
}
