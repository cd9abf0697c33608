import { TabwrightError } from '../../shared/errors';

/**
 * One task per tab, by construction: a tab is taken from the moment a task starts in it until that task has let go
 * of it. Two tasks in one tab would click and type over each other, and an ended task's leftovers (live view, dialog
 * guard, debugger) would be taken down under the next one.
 */
export class TabClaims {
  /** Tabs of tasks being started (the task does not drive them yet). */
  private readonly starting = new Set<number>();
  /** Tabs an ended task is still letting go of, with when it will have. */
  private readonly releasing = new Map<number, Promise<void>>();

  /** `driven`: whether a running task drives the tab. */
  constructor(private readonly driven: (tabId: number) => boolean) {}

  /**
   * Runs `start` with the tab claimed. A tab a task drives or is starting in is refused at once ('busy'); a tab an
   * ended task is still letting go of is waited for.
   */
  async claim<T>(tabId: number, start: () => Promise<T>): Promise<T> {
    if (this.starting.has(tabId) || this.driven(tabId)) {
      throw new TabwrightError(
        'busy',
        'Another task is already working in this tab. Stop it or wait for it to end, or start this one in another tab.',
      );
    }
    // Claimed before the first await: a second start in this tab meanwhile is refused.
    this.starting.add(tabId);
    try {
      await this.releasing.get(tabId);
      return await start();
    } finally {
      this.starting.delete(tabId);
    }
  }

  /** The tabs stay taken until `release` settles, fulfilled or not. */
  releasingUntil(tabIds: readonly number[], release: Promise<void>): void {
    const settled = release.then(
      () => undefined,
      () => undefined,
    );
    for (const tabId of tabIds) this.releasing.set(tabId, settled);
    void settled.then(() => {
      for (const tabId of tabIds) if (this.releasing.get(tabId) === settled) this.releasing.delete(tabId);
    });
  }
}
