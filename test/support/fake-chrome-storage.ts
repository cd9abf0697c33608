/**
 * An in-memory chrome.storage for unit tests of code that stores things: both areas, onChanged, getKeys, and the
 * area quota, measured like Chrome measures it (each key plus its JSON value, in bytes). A write that would pass the
 * quota fails with Chrome's own message and changes nothing.
 */
type Listener = (changes: Record<string, chrome.storage.StorageChange>, area: string) => void;

export interface FakeChromeStorage {
  local: FakeArea;
  session: FakeArea;
  /** Undoes install(): the previous global `chrome` comes back. */
  uninstall(): void;
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
    const wanted = keys === null || keys === undefined ? [...this.items.keys()] : typeof keys === 'string' ? [keys] : keys;
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

/** Puts a fresh fake `chrome.storage` on the global `chrome`. */
export function installFakeChromeStorage(quotaBytes = TEN_MB): FakeChromeStorage {
  const listeners = new Set<Listener>();
  const local = new FakeArea('local', quotaBytes, listeners);
  const session = new FakeArea('session', quotaBytes, listeners);
  const global = globalThis as { chrome?: unknown };
  const previous = global.chrome;
  global.chrome = {
    storage: {
      local,
      session,
      onChanged: { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) },
    },
  };
  return {
    local,
    session,
    uninstall: () => {
      global.chrome = previous;
    },
  };
}
