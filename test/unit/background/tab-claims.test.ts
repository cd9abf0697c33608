import { describe, expect, it } from 'vitest';
import { TabClaims } from '../../../src/background/session/tab-claims';

/** A promise with its settle functions, to hold a release open for as long as a test needs. */
function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('tab claims: one task per tab', () => {
  it('refuses a tab a running task drives, without starting anything', async () => {
    const claims = new TabClaims((tabId) => tabId === 7);
    let started = false;
    await expect(
      claims.claim(7, async () => {
        started = true;
      }),
    ).rejects.toMatchObject({ code: 'busy', message: /^Another task is already working in this tab/ });
    expect(started).toBe(false);
    await expect(claims.claim(8, async () => 'other tab')).resolves.toBe('other tab');
  });

  it('refuses a second start in a tab while the first is still starting, and frees the tab when it fails', async () => {
    const claims = new TabClaims(() => false);
    const first = deferred();
    const starting = claims.claim(3, () => first.promise);
    await expect(claims.claim(3, async () => 'second')).rejects.toMatchObject({ code: 'busy' });
    first.reject(new Error('bad start'));
    await expect(starting).rejects.toThrow('bad start');
    await expect(claims.claim(3, async () => 'after')).resolves.toBe('after');
  });

  it('starts a task in a tab an ended task is letting go of only once it has', async () => {
    const claims = new TabClaims(() => false);
    const release = deferred();
    const order: string[] = [];
    claims.releasingUntil([4, 5], release.promise);
    const next = claims.claim(5, async () => {
      order.push('next starts');
    });
    await flush();
    expect(order).toEqual([]);
    // Still claimed by the start that waits: a third start is refused meanwhile.
    await expect(claims.claim(5, async () => 'third')).rejects.toMatchObject({ code: 'busy' });
    order.push('released');
    release.resolve();
    await next;
    expect(order).toEqual(['released', 'next starts']);
    // Once let go, the tabs are free at once.
    await expect(claims.claim(4, async () => 'free')).resolves.toBe('free');
  });

  it('lets go of the tabs when the release fails, without failing the next start', async () => {
    const claims = new TabClaims(() => false);
    const release = deferred();
    claims.releasingUntil([9], release.promise);
    const next = claims.claim(9, async () => 'started');
    release.reject(new Error('dispose failed'));
    // The owner of the release handles its failure; the claims only wait for it to settle.
    await release.promise.catch(() => undefined);
    await expect(next).resolves.toBe('started');
  });

  it('keeps waiting for the newer release when an older one of the same tab settles', async () => {
    const claims = new TabClaims(() => false);
    const older = deferred();
    const newer = deferred();
    claims.releasingUntil([2], older.promise);
    claims.releasingUntil([2], newer.promise);
    older.resolve();
    await flush();
    let started = false;
    const next = claims.claim(2, async () => {
      started = true;
    });
    await flush();
    expect(started).toBe(false);
    newer.resolve();
    await next;
    expect(started).toBe(true);
  });
});
