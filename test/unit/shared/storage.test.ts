import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOCAL_KEYS, SESSION_KEYS, SESSION_PREFIXES } from '../../../src/shared/storage/keys';
import { StorageQuotaError, storageFamily, storageItem } from '../../../src/shared/storage/storage-area';
import { type FakeChrome, installFakeChrome } from '../../support/fake-chrome';

let storage: FakeChrome;
beforeEach(() => {
  storage = installFakeChrome(2_000);
});
afterEach(() => storage.uninstall());

describe('storage items', () => {
  it('read back what they wrote, in their own area only', async () => {
    const item = storageItem<{ task: string }>('local', 'draft');
    expect(await item.get()).toBeUndefined();
    await item.set({ task: 'Find a kettle' });
    expect(await item.get()).toEqual({ task: 'Find a kettle' });
    expect(await storage.session.get('draft')).toEqual({});
    await item.remove();
    expect(await item.get()).toBeUndefined();
  });

  it('tell watchers the new and the previous value, and stop when asked', async () => {
    const item = storageItem<number>('session', 'count');
    const seen: Array<[number | undefined, number | undefined]> = [];
    const stop = item.watch((value, previous) => seen.push([value, previous]));
    await item.set(1);
    await item.set(2);
    await storageItem<number>('local', 'count').set(9);
    await item.remove();
    stop();
    await item.set(3);
    expect(seen).toEqual([
      [1, undefined],
      [2, 1],
      [undefined, 2],
    ]);
  });

  it('turn a full area into a StorageQuotaError that names the key, and write nothing', async () => {
    const item = storageItem<string>('session', 'big');
    await item.set('small');
    const error = await item.set('x'.repeat(5_000)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageQuotaError);
    expect((error as StorageQuotaError).keys).toEqual(['big']);
    expect(await item.get()).toBe('small');
  });
});

describe('storage families', () => {
  it('list only their own prefix, and never read the whole area', async () => {
    const tasks = storageFamily<{ id: string }>('session', 'task:');
    await tasks.set('a', { id: 'a' });
    await tasks.set('b', { id: 'b' });
    await storage.session.set({ 'conversation:a': { messages: [] }, 'taskish:c': 1 });
    const get = vi.spyOn(storage.session, 'get');
    expect((await tasks.list()).map((task) => task.id).sort()).toEqual(['a', 'b']);
    expect(get.mock.calls.every(([keys]) => Array.isArray(keys))).toBe(true);
  });

  it('watch one id, or every id with its id', async () => {
    const sessions = storageFamily<number>('session', 'session:');
    const one: Array<number | undefined> = [];
    const all: Array<[number | undefined, string]> = [];
    sessions.watch('s1', (value) => one.push(value));
    sessions.watchAll((value, id) => all.push([value, id]));
    await sessions.set('s1', 1);
    await sessions.set('s2', 2);
    await sessions.remove('s1');
    expect(one).toEqual([1, undefined]);
    expect(all).toEqual([
      [1, 's1'],
      [2, 's2'],
      [undefined, 's1'],
    ]);
  });

  it('take ids that look like object keys as plain strings', async () => {
    const family = storageFamily<string>('local', 'x:');
    await family.set('constructor', 'c');
    await family.set('__proto__', 'p');
    expect(await family.get('constructor')).toBe('c');
    expect(await family.get('toString')).toBeUndefined();
    expect((await family.list()).sort()).toEqual(['c', 'p']);
  });
});

describe('the key catalogue', () => {
  it('spells every key once, with no key shadowing another or starting with a family prefix', () => {
    const keys = [...Object.values(LOCAL_KEYS), ...Object.values(SESSION_KEYS)];
    const prefixes = Object.values(SESSION_PREFIXES);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    for (const key of Object.values(SESSION_KEYS))
      for (const prefix of prefixes) expect(key.startsWith(prefix)).toBe(false);
    for (const a of prefixes) for (const b of prefixes) if (a !== b) expect(a.startsWith(b)).toBe(false);
  });
});
