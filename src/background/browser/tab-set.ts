import type { BetaBrowserStateChange, BetaBrowserStateTabEntry } from '@anthropic-ai/sdk/resources/beta';
import type { BetaBrowserState } from '@anthropic-ai/sdk/helpers/beta/toolsets';
import { TabwrightError } from '../../shared/errors';
import { toolError } from '../agent/tool-error';
import { bringToFront } from './tab-visibility';

/** How long a new tab nobody claimed may still be recognised as the one a page's link opened. */
const RECENT_TAB_MS = 10_000;

/**
 * The tabs one task (or session) owns. The model names them by `tab_id` (Chrome's id as a string); tabs that a
 * page opens from an owned tab (target=_blank, window.open) join the set and become active, as a person would follow.
 * The page that opened a tab is read from webNavigation's source tab, not from `openerTabId`: when a Tabwright page is
 * the active tab, Chrome records it as the opener of tabs that another tab's page opens, and tabs opened by a person
 * or another program while the task's tab is in front get the task's tab as their opener.
 */
export class TabSet {
  /** The sets of the tasks running now: a tab one of them owns is never another's link tab. */
  private static readonly live = new Set<TabSet>();
  private readonly ids: number[];
  active: number;
  private pending: BetaBrowserStateChange[] = [];
  /** Tabs a page opened and the set adopted, newest last: an action compares the count before and after. */
  readonly adopted: number[] = [];

  constructor(initialTabId: number) {
    this.ids = [initialTabId];
    this.active = initialTabId;
    TabSet.live.add(this);
    chrome.tabs.onCreated.addListener(this.onCreated);
    chrome.tabs.onRemoved.addListener(this.onRemoved);
    chrome.webNavigation.onCreatedNavigationTarget.addListener(this.onNavigationTarget);
  }

  /** Tabs created lately that the set did not adopt, with when: a link's tab may be recognised by its URL. */
  private readonly recent = new Map<number, number>();

  /**
   * Every new tab is remembered for a moment, but none is adopted for its `openerTabId` alone: Chrome also gives that
   * to tabs a person or another program opens while the task's tab is in front.
   */
  private readonly onCreated = (tab: chrome.tabs.Tab) => {
    if (tab.id === undefined || this.ids.includes(tab.id)) return;
    const now = Date.now();
    for (const [id, createdAt] of this.recent) if (now - createdAt > RECENT_TAB_MS) this.recent.delete(id);
    this.recent.set(tab.id, now);
  };

  private readonly onNavigationTarget = (details: { sourceTabId: number; tabId: number }) => {
    if (this.ids.includes(details.sourceTabId)) this.adopt(details.tabId);
  };

  private readonly onRemoved = (tabId: number) => {
    const index = this.ids.indexOf(tabId);
    if (index < 0) return;
    this.ids.splice(index, 1);
    if (this.active === tabId && this.ids.length > 0) {
      this.active = this.ids[this.ids.length - 1]!;
      void bringToFront(this.active);
    }
  };

  private adopt(tabId: number) {
    this.recent.delete(tabId);
    if (this.ids.includes(tabId)) return;
    this.adopted.push(tabId);
    this.ids.push(tabId);
    this.active = tabId;
    this.pending.push({ type: 'tab_opened', tab_id: String(tabId) });
    void bringToFront(tabId);
  }

  /**
   * A link of `openerTabId` should have opened `url` in a new tab and the task has not seen one: adopts a tab that
   * opened that URL lately (no event tied it to the task's tab), or else opens it the way the browser would have,
   * next to its opener. So the page never ends up open twice.
   */
  async openFor(openerTabId: number, url: string): Promise<void> {
    if (await this.claimOpened(url)) return;
    const opener = await chrome.tabs.get(openerTabId);
    const tab = await chrome.tabs.create({
      url,
      openerTabId,
      active: true,
      index: opener.index + 1,
      windowId: opener.windowId,
    });
    if (tab.id !== undefined) this.adopt(tab.id);
  }

  private async claimOpened(url: string): Promise<boolean> {
    const now = Date.now();
    for (const [tabId, createdAt] of this.recent) {
      if (now - createdAt > RECENT_TAB_MS) {
        this.recent.delete(tabId);
        continue;
      }
      if ([...TabSet.live].some((set) => set !== this && set.has(tabId))) continue;
      const tab = await chrome.tabs.get(tabId).catch(() => undefined);
      if (tab && sameUrl(tab.pendingUrl || tab.url || '', url)) {
        this.adopt(tabId);
        return true;
      }
    }
    return false;
  }

  /** The Chrome ids of the task's tabs. */
  tabIds(): number[] {
    return [...this.ids];
  }

  has(tabId: number): boolean {
    return this.ids.includes(tabId);
  }

  /** The Chrome tab behind a model-facing id; refuses tabs the task does not own. */
  resolve(tabId: string): number {
    const id = Number(tabId);
    if (!Number.isInteger(id) || !this.ids.includes(id)) {
      throw toolError(`No tab "${tabId}" in this task. Open tabs: ${this.ids.join(', ') || 'none'}.`);
    }
    return id;
  }

  async list(): Promise<BetaBrowserStateTabEntry[]> {
    const entries: BetaBrowserStateTabEntry[] = [];
    for (const id of this.ids) {
      try {
        const tab = await chrome.tabs.get(id);
        entries.push({
          tab_id: String(id),
          title: tab.title ?? '',
          url: tab.url ?? tab.pendingUrl ?? '',
          active: id === this.active,
        });
      } catch {
        // Closed between the event and now: onRemoved will drop it.
      }
    }
    return entries;
  }

  async report(): Promise<BetaBrowserState> {
    const tabs = await this.list();
    const changes = this.pending.filter(
      (change) => change.type !== 'tab_opened' || tabs.some((tab) => tab.tab_id === change.tab_id),
    );
    this.pending = [];
    return changes.length > 0 ? { tabs, state_changes: changes } : { tabs };
  }

  async open(url?: string): Promise<BetaBrowserStateTabEntry> {
    const opener = await chrome.tabs.get(this.active).catch(() => undefined);
    const tab = await chrome.tabs.create({
      url: url ?? 'about:blank',
      active: true,
      ...(opener ? { windowId: opener.windowId } : {}),
    });
    if (tab.id === undefined) throw toolError('The browser did not open a tab.');
    if (!this.ids.includes(tab.id)) this.ids.push(tab.id);
    this.active = tab.id;
    return { tab_id: String(tab.id), title: tab.title ?? '', url: tab.url ?? tab.pendingUrl ?? '', active: true };
  }

  async switchTo(tabId: string): Promise<BetaBrowserStateTabEntry> {
    const id = this.resolve(tabId);
    const tab = await chrome.tabs.update(id, { active: true });
    this.active = id;
    return { tab_id: tabId, title: tab?.title ?? '', url: tab?.url ?? '', active: true };
  }

  async close(tabId: string): Promise<void> {
    const id = this.resolve(tabId);
    if (this.ids.length === 1) throw toolError("This is the task's last tab; it cannot be closed.");
    await chrome.tabs.remove(id);
    this.onRemoved(id);
  }

  /** Throws when the task has lost every tab (the user closed them). */
  requireActive(): number {
    if (this.ids.length === 0)
      throw new TabwrightError('tab_closed', 'The tab the agent was working in has been closed.');
    return this.active;
  }

  dispose() {
    TabSet.live.delete(this);
    chrome.tabs.onCreated.removeListener(this.onCreated);
    chrome.tabs.onRemoved.removeListener(this.onRemoved);
    chrome.webNavigation.onCreatedNavigationTarget.removeListener(this.onNavigationTarget);
  }
}

function sameUrl(a: string, b: string): boolean {
  try {
    return new URL(a).href === new URL(b).href;
  } catch {
    return a === b;
  }
}
