import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  loadConversation,
  loadTaskState,
  saveConversation,
  saveTaskState,
} from '../../../src/background/session/task-store';
import type { TaskState } from '../../../src/shared/task';
import { type FakeChrome, installFakeChrome } from '../../support/fake-chrome';

const THUMBNAIL = `data:image/jpeg;base64,${'A'.repeat(10_000)}`;

function task(steps: number, memory = ''): TaskState {
  return {
    id: 't1',
    tabId: 1,
    options: { task: 'Read the news', max_steps: 64 },
    status: 'running',
    startedAt: 1,
    memory,
    steps: Array.from({ length: steps }, (_, index) => ({
      index: index + 1,
      actions: [],
      usage: { input: 1, output: 1, cache_write: 0, cache_read: 0 },
      screenshot: THUMBNAIL,
    })),
    usage: { input: 0, output: 0, cache_write: 0, cache_read: 0 },
    credits_used: 0,
  };
}

const conversation = (images: number) => ({
  steps: images,
  messages: Array.from({ length: images }, () => ({
    role: 'user' as const,
    content: [
      {
        type: 'image' as const,
        source: { type: 'base64' as const, media_type: 'image/jpeg' as const, data: 'B'.repeat(10_000) },
      },
    ],
  })),
});

let storage: FakeChrome;
afterEach(() => storage.uninstall());

describe('saving a task when session storage is full', () => {
  beforeEach(() => {
    storage = installFakeChrome(100_000);
  });

  it('saves as is while it fits', async () => {
    expect(await saveTaskState(task(5))).toBe('saved');
    expect((await loadTaskState('t1'))?.steps.filter((step) => step.screenshot)).toHaveLength(5);
  });

  it('gives up the oldest thumbnails first, keeping the newest three, in the state it keeps using', async () => {
    const state = task(12);
    expect(await saveTaskState(state)).toBe('saved_without_old_thumbnails');
    const stored = await loadTaskState('t1');
    expect(stored?.steps.map((step) => Boolean(step.screenshot))).toEqual([...Array(9).fill(false), true, true, true]);
    expect(state.steps.filter((step) => step.screenshot)).toHaveLength(3);
  });

  it('then every thumbnail, then the stored conversation (resuming is what is lost)', async () => {
    await saveConversation('t1', conversation(6));
    expect(await loadConversation('t1')).toBeDefined();
    // The conversation's 60 kB leave no room for even three thumbnails next to a 20 kB memory.
    const state = task(4, 'M'.repeat(20_000));
    expect(await saveTaskState(state)).toBe('saved_without_thumbnails');
    state.memory = 'M'.repeat(50_000);
    expect(await saveTaskState(state)).toBe('saved_without_conversation');
    expect(await loadConversation('t1')).toBeUndefined();
    expect((await loadTaskState('t1'))?.memory).toHaveLength(50_000);
  });

  it('never throws when nothing helps: the task runs on, unsaved', async () => {
    const state = task(1, 'M'.repeat(200_000));
    await expect(saveTaskState(state)).resolves.toBe('not_saved');
  });

  it('stores a conversation too big for what is left without its screenshots, leaving the live one whole', async () => {
    await storage.session.set({ other: 'O'.repeat(40_000) });
    const live = conversation(8);
    await saveConversation('t1', live);
    const stored = await loadConversation('t1');
    expect(stored?.messages).toHaveLength(8);
    expect(JSON.stringify(stored)).not.toContain('BBBB');
    expect(live.messages[0]?.content[0]?.type).toBe('image');
  });

  it('drops the stored conversation when even that does not fit', async () => {
    await saveConversation('t1', conversation(1));
    await storage.session.set({ other: 'O'.repeat(88_000) });
    await saveConversation('t1', { steps: 1, messages: [{ role: 'user', content: 'T'.repeat(15_000) }] });
    expect(await loadConversation('t1')).toBeUndefined();
  });
});
