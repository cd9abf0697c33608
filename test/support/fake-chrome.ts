/**
 * In-memory stand-ins for the chrome.* APIs the worker's logic uses, for unit tests that run it in Node:
 * - storage: both areas, onChanged, getKeys, and the area quota, measured like Chrome measures it (each key plus its
 *   JSON value, in bytes); a write that would pass the quota fails with Chrome's own message and changes nothing;
 * - tabs and windows: ids, openers, the active tab per window, and the created/removed events;
 * - webNavigation.onCreatedNavigationTarget, fired by the test where Chrome would say which tab's page opened a tab;
 * - runtime.getURL, so the extension's own pages can be told apart (they live under EXTENSION_ORIGIN);
 * - alarms.
 * End-to-end tests use the real browser; these exist so the logic between them can be tested alone.
 */
type Listener = (changes: Record<string, chrome.storage.StorageChange>, area: string) => void;

export interface FakeChrome {
  local: FakeArea;
  session: FakeArea;
  tabs: FakeTabs;
  webNavigation: { onCreatedNavigationTarget: FakeEvent<[chrome.webNavigation.WebNavigationSourceCallbackDetails]> };
  alarms: Map<string, { periodInMinutes?: number }>;
  /** Undoes install(): the previous global `chrome` comes back. */
  uninstall(): void;
}

/** A chrome event: listeners added by the code under test, fired by the test. */
export class FakeEvent<A extends unknown[]> {
  readonly listeners = new Set<(...args: A) => void>();
  addListener = (listener: (...args: A) => void) => void this.listeners.add(listener);
  removeListener = (listener: (...args: A) => void) => void this.listeners.delete(listener);
  fire(...args: A): void {
    for (const listener of [...this.listeners]) listener(...args);
  }
}

type Tab = chrome.tabs.Tab & { id: number; windowId: number };
type TabProps = {
  url?: string;
  windowId?: number;
  openerTabId?: number;
  title?: string;
  status?: string;
  active?: boolean;
};

/** Where the fake extension's own pages live: `chrome.runtime.getURL('')`. */
export const EXTENSION_ORIGIN = 'chrome-extension://tabwright-test/';

/**
 * Tabs in windows. A tab becomes its window's active tab unless created inactive; removing the active one activates
 * the last.
 */
export class FakeTabs {
  readonly all = new Map<number, Tab>();
  readonly onCreated = new FakeEvent<[chrome.tabs.Tab]>();
  readonly onRemoved = new FakeEvent<[number, { windowId: number; isWindowClosing: boolean }]>();
  private nextId = 100;
  private nextWindow = 10;

  /** Adds a tab as a page or the browser would (firing onCreated), e.g. one opened by target=_blank. */
  add(props: TabProps = {}): Tab {
    const windowId = props.windowId ?? this.nextWindow;
    const active = props.active ?? true;
    const tab = {
      id: this.nextId++,
      windowId,
      index: 0,
      url: props.url ?? 'about:blank',
      title: props.title ?? '',
      active,
      status: props.status ?? 'complete',
      ...(props.openerTabId === undefined ? {} : { openerTabId: props.openerTabId }),
    } as Tab;
    if (active) for (const other of this.all.values()) if (other.windowId === windowId) other.active = false;
    this.all.set(tab.id, tab);
    this.onCreated.fire({ ...tab });
    return tab;
  }

  newWindow(): number {
    return ++this.nextWindow;
  }

  /** Moves a tab into a new window of its own, where it is active (windows.create({ tabId })). */
  moveToNewWindow(id: number): Tab {
    const tab = this.all.get(id);
    if (!tab) throw new Error(`No tab with id: ${id}.`);
    const rest = [...this.all.values()].filter((other) => other.windowId === tab.windowId && other.id !== id);
    if (tab.active && rest.length > 0) rest[rest.length - 1]!.active = true;
    tab.windowId = this.newWindow();
    tab.index = 0;
    tab.active = true;
    return tab;
  }

  async get(id: number): Promise<chrome.tabs.Tab> {
    const tab = this.all.get(id);
    if (!tab) throw new Error(`No tab with id: ${id}.`);
    return { ...tab };
  }

  async create(props: TabProps): Promise<chrome.tabs.Tab> {
    return { ...this.add(props) };
  }

  async update(id: number, props: { active?: boolean; url?: string }): Promise<chrome.tabs.Tab> {
    const tab = this.all.get(id);
    if (!tab) throw new Error(`No tab with id: ${id}.`);
    if (props.active) {
      for (const other of this.all.values()) if (other.windowId === tab.windowId) other.active = other.id === id;
    }
    if (props.url) tab.url = props.url;
    return { ...tab };
  }

  async remove(ids: number | number[]): Promise<void> {
    for (const id of Array.isArray(ids) ? ids : [ids]) {
      const tab = this.all.get(id);
      if (!tab) throw new Error(`No tab with id: ${id}.`);
      this.all.delete(id);
      const rest = [...this.all.values()].filter((other) => other.windowId === tab.windowId);
      if (tab.active && rest.length > 0) rest[rest.length - 1]!.active = true;
      this.onRemoved.fire(id, { windowId: tab.windowId, isWindowClosing: false });
    }
  }

  async query(filter: { windowId?: number; active?: boolean }): Promise<chrome.tabs.Tab[]> {
    return [...this.all.values()]
      .filter((tab) => filter.windowId === undefined || tab.windowId === filter.windowId)
      .filter((tab) => filter.active === undefined || tab.active === filter.active)
      .map((tab) => ({ ...tab }));
  }
}

class FakeArea {
  readonly items = new Map<string, string>();
  writes = 0;

  constructor(
    private readonly name: string,
    public quotaBytes: number,
    private readonly listeners: Set<Listener>,
  ) {}

  bytesInUse(): number {
    let bytes = 0;
    for (const [key, json] of this.items) bytes += new TextEncoder().encode(key + json).length;
    return bytes;
  }

  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    const everything = keys === null || keys === undefined;
    const wanted = everything ? [...this.items.keys()] : typeof keys === 'string' ? [keys] : keys;
    const found: Record<string, unknown> = {};
    for (const key of wanted) {
      const json = this.items.get(key);
      if (json !== undefined) found[key] = JSON.parse(json);
    }
    return found;
  }

  async getKeys(): Promise<string[]> {
    return [...this.items.keys()];
  }

  async set(items: Record<string, unknown>): Promise<void> {
    const next = new Map(this.items);
    for (const [key, value] of Object.entries(items)) next.set(key, JSON.stringify(value));
    let bytes = 0;
    for (const [key, json] of next) bytes += new TextEncoder().encode(key + json).length;
    if (bytes > this.quotaBytes) throw new Error('Resource::kQuotaBytes quota exceeded');
    this.writes++;
    const changes: Record<string, chrome.storage.StorageChange> = {};
    for (const [key, value] of Object.entries(items)) {
      const old = this.items.get(key);
      changes[key] = { newValue: value, ...(old === undefined ? {} : { oldValue: JSON.parse(old) }) };
    }
    for (const [key, json] of next) this.items.set(key, json);
    this.emit(changes);
  }

  async remove(keys: string | string[]): Promise<void> {
    const changes: Record<string, chrome.storage.StorageChange> = {};
    for (const key of typeof keys === 'string' ? [keys] : keys) {
      const old = this.items.get(key);
      if (old === undefined) continue;
      this.items.delete(key);
      changes[key] = { oldValue: JSON.parse(old) };
    }
    if (Object.keys(changes).length > 0) this.emit(changes);
  }

  private emit(changes: Record<string, chrome.storage.StorageChange>): void {
    for (const listener of this.listeners) listener(structuredClone(changes), this.name);
  }
}

const TEN_MB = 10 * 1024 * 1024;

/**
 * Puts a fresh fake `chrome` on the global object: storage (with `quotaBytes` per area), tabs, windows, webNavigation,
 * runtime.getURL, alarms.
 */
export function installFakeChrome(quotaBytes = TEN_MB): FakeChrome {
  const listeners = new Set<Listener>();
  const local = new FakeArea('local', quotaBytes, listeners);
  const session = new FakeArea('session', quotaBytes, listeners);
  const tabs = new FakeTabs();
  const webNavigation = {
    onCreatedNavigationTarget: new FakeEvent<[chrome.webNavigation.WebNavigationSourceCallbackDetails]>(),
  };
  const alarms = new Map<string, { periodInMinutes?: number }>();
  const global = globalThis as { chrome?: unknown };
  const previous = global.chrome;
  global.chrome = {
    storage: {
      local,
      session,
      onChanged: {
        addListener: (listener: Listener) => listeners.add(listener),
        removeListener: (listener: Listener) => listeners.delete(listener),
      },
    },
    tabs,
    webNavigation,
    runtime: { getURL: (path: string) => EXTENSION_ORIGIN + path.replace(/^\//, '') },
    windows: {
      create: async (props: { url?: string; tabId?: number }) => {
        const tab =
          props.tabId === undefined
            ? tabs.add({ url: props.url ?? 'about:blank', windowId: tabs.newWindow() })
            : tabs.moveToNewWindow(props.tabId);
        return { id: tab.windowId, tabs: [{ ...tab }] };
      },
      remove: async (windowId: number) => {
        const inWindow = [...tabs.all.values()].filter((tab) => tab.windowId === windowId).map((tab) => tab.id);
        if (inWindow.length === 0) throw new Error(`No window with id: ${windowId}.`);
        await tabs.remove(inWindow);
      },
    },
    alarms: {
      get: async (name: string) => (alarms.has(name) ? { name, ...alarms.get(name) } : undefined),
      create: async (name: string, info: { periodInMinutes?: number }) => void alarms.set(name, info),
      clear: async (name: string) => alarms.delete(name),
    },
  };
  return {
    local,
    session,
    tabs,
    webNavigation,
    alarms,
    uninstall: () => {
      global.chrome = previous;
    },
  };
}
