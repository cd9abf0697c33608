/**
 * Typed handles on chrome.storage. A handle names its area and key once; callers never spell a key or cast what
 * they read. Extension code only: the SDK's project does not compile this folder.
 */
export type AreaName = 'local' | 'session';

/** Both areas hold 10 MB (no `unlimitedStorage` permission). */
export const AREA_QUOTA_BYTES = 10 * 1024 * 1024;

/** A write that did not fit in its area's quota; nothing was written. */
export class StorageQuotaError extends Error {
  constructor(
    readonly area: AreaName,
    readonly keys: string[],
    cause: unknown,
  ) {
    super(`chrome.storage.${area} is full: could not write ${keys.join(', ')} (${String(cause)})`);
    this.name = 'StorageQuotaError';
  }
}

function storageArea(area: AreaName): chrome.storage.StorageArea {
  return chrome.storage[area];
}

function isQuotaMessage(error: unknown): boolean {
  return /quota/i.test(error instanceof Error ? error.message : String(error));
}

async function write(area: AreaName, items: Record<string, unknown>): Promise<void> {
  try {
    await storageArea(area).set(items);
  } catch (error) {
    if (isQuotaMessage(error)) throw new StorageQuotaError(area, Object.keys(items), error);
    throw error;
  }
}

type Change = (key: string, value: unknown, previous: unknown) => void;

function watchKeys(area: AreaName, matches: (key: string) => boolean, onChange: Change): () => void {
  const listener = (changes: Record<string, chrome.storage.StorageChange>, changedArea: string) => {
    if (changedArea !== area) return;
    for (const [key, change] of Object.entries(changes)) {
      if (matches(key)) onChange(key, change.newValue, change.oldValue);
    }
  };
  chrome.storage.onChanged.addListener(listener);
  return () => chrome.storage.onChanged.removeListener(listener);
}

/** One value under a fixed key. */
export interface StorageItem<T> {
  readonly area: AreaName;
  readonly key: string;
  get(): Promise<T | undefined>;
  /** Throws StorageQuotaError when the area is full. */
  set(value: T): Promise<void>;
  remove(): Promise<void>;
  /** Calls back with every new value (undefined once removed) and the one before. Returns an unsubscribe function. */
  watch(onChange: (value: T | undefined, previous: T | undefined) => void): () => void;
}

export function storageItem<T>(area: AreaName, key: string): StorageItem<T> {
  return {
    area,
    key,
    get: async () => (await storageArea(area).get(key))[key] as T | undefined,
    set: (value) => write(area, { [key]: value }),
    remove: () => storageArea(area).remove(key),
    watch: (onChange) =>
      watchKeys(
        area,
        (changed) => changed === key,
        (_, value, previous) => onChange(value as T | undefined, previous as T | undefined),
      ),
  };
}

/** Values of one kind, each under `prefix + id` (one per task, one per session, ...). */
export interface StorageFamily<T> {
  readonly area: AreaName;
  readonly prefix: string;
  key(id: string): string;
  get(id: string): Promise<T | undefined>;
  /** Throws StorageQuotaError when the area is full. */
  set(id: string, value: T): Promise<void>;
  remove(...ids: string[]): Promise<void>;
  /** Every stored value of the family; reads only the family's own keys, never the whole area. */
  list(): Promise<T[]>;
  /** Calls back with every new value of `id` (undefined once removed). Returns an unsubscribe function. */
  watch(id: string, onChange: (value: T | undefined) => void): () => void;
  /** Calls back with every new value of any id. Returns an unsubscribe function. */
  watchAll(onChange: (value: T | undefined, id: string) => void): () => void;
}

export function storageFamily<T>(area: AreaName, prefix: string): StorageFamily<T> {
  const key = (id: string) => `${prefix}${id}`;
  return {
    area,
    prefix,
    key,
    get: async (id) => (await storageArea(area).get(key(id)))[key(id)] as T | undefined,
    set: (id, value) => write(area, { [key(id)]: value }),
    remove: async (...ids) => {
      if (ids.length > 0) await storageArea(area).remove(ids.map(key));
    },
    list: async () => {
      const keys = (await storageArea(area).getKeys()).filter((stored) => stored.startsWith(prefix));
      if (keys.length === 0) return [];
      const stored = await storageArea(area).get(keys);
      return keys.flatMap((found) => (Object.hasOwn(stored, found) ? [stored[found] as T] : []));
    },
    watch: (id, onChange) =>
      watchKeys(
        area,
        (changed) => changed === key(id),
        (_, value) => onChange(value as T | undefined),
      ),
    watchAll: (onChange) =>
      watchKeys(
        area,
        (changed) => changed.startsWith(prefix),
        (changed, value) => onChange(value as T | undefined, changed.slice(prefix.length)),
      ),
  };
}
