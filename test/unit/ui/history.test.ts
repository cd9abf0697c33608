import type { TaskState } from '../../../src/shared/task';
import { describe, expect, it } from 'vitest';
import { pruneHistory } from '../../../src/shared/history-prune';
import { searchHistory } from '../../../src/ui/history/search-history';

function run(id: string, task: string, screenshots: number, extra: Partial<TaskState> = {}): TaskState {
  return {
    id,
    tabId: 1,
    options: { task, max_steps: 10 },
    status: 'success',
    startedAt: 0,
    steps: Array.from({ length: screenshots }, (_, i) => ({
      index: i + 1,
      actions: [],
      usage: { input: 0, output: 0, cache_write: 0, cache_read: 0 },
      screenshot: `data:image/jpeg;base64,${'x'.repeat(1000)}`,
    })),
    usage: { input: 0, output: 0, cache_write: 0, cache_read: 0 },
    credits_used: 0,
    ...extra,
  };
}

const size = (entries: TaskState[]) => entries.reduce((sum, entry) => sum + JSON.stringify(entry).length, 0);
const shots = (entry: TaskState) => entry.steps.filter((step) => step.screenshot).length;

describe('pruneHistory', () => {
  it('leaves a history within budget alone', () => {
    const entries = [run('b', 'newer', 2), run('a', 'older', 2)];
    expect(pruneHistory(entries, size(entries))).toEqual(entries);
  });

  it('drops the oldest runs’ screenshots first, keeping their steps and results', () => {
    const entries = [run('c', 'newest', 3), run('b', 'middle', 3), run('a', 'oldest', 3)];
    const pruned = pruneHistory(entries, size(entries) - 1500);
    expect(pruned.map((entry) => entry.id)).toEqual(['c', 'b', 'a']);
    expect(pruned.map(shots)).toEqual([3, 3, 0]);
    expect(pruned[2]!.steps).toHaveLength(3);
    expect(size(pruned)).toBeLessThanOrEqual(size(entries) - 1500);
  });

  it('drops whole runs, oldest first, only once no screenshots are left', () => {
    const entries = [run('b', 'newer', 1), run('a', 'older', 1)];
    const noShots = entries.map((entry) => ({
      ...entry,
      steps: entry.steps.map(({ screenshot: _s, ...step }) => step),
    }));
    const pruned = pruneHistory(entries, JSON.stringify(noShots[0]).length);
    expect(pruned).toEqual([noShots[0]]);
  });

  it('keeps at most the newest N runs', () => {
    expect(
      pruneHistory([run('c', 'c', 0), run('b', 'b', 0), run('a', 'a', 0)], 1e9, 2).map((entry) => entry.id),
    ).toEqual(['c', 'b']);
  });
});

describe('searchHistory', () => {
  const entries = [
    run('1', 'Find the cheapest flight to Lisbon', 0, {
      result: { status: 'success', output: { flight: 'TW 205' }, credits_used: 1, duration: 3, steps: 2 },
    }),
    run('2', 'Subscribe to the newsletter', 0, {
      status: 'cancelled',
      options: { task: 'Subscribe to the newsletter', url: 'https://news.example/', max_steps: 5 },
    }),
  ];

  it('matches every word anywhere in task, URL, status or output', () => {
    expect(searchHistory(entries, 'lisbon CHEAPEST').map((e) => e.id)).toEqual(['1']);
    expect(searchHistory(entries, 'tw 205').map((e) => e.id)).toEqual(['1']);
    expect(searchHistory(entries, 'news.example cancelled').map((e) => e.id)).toEqual(['2']);
    expect(searchHistory(entries, 'lisbon newsletter')).toEqual([]);
    expect(searchHistory(entries, '  ')).toHaveLength(2);
  });
});
