// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { UsageChart } from '../../../src/ui/usage/UsageChart';
import { totalsOf, type UsageRun, usageBuckets, usageBySavedTask } from '../../../src/ui/usage/usage-stats';
import { mount } from './render';

const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime();
const NOW = at(2026, 12, 10, 15);
const run = (startedAt: number, credits: number, seconds: number, task = 'List flights'): UsageRun => ({
  startedAt,
  credits_used: credits,
  options: { task },
  result: { duration: seconds },
});

const RUNS = [
  run(at(2026, 12, 10, 9), 1.5, 30),
  run(at(2026, 12, 10, 14), 0.5, 10, 'Check the order'),
  run(at(2026, 12, 8), 2, 60),
  run(at(2026, 12, 1), 4, 100, 'Check the order'),
  run(at(2026, 11, 1), 9, 300),
  // A clock set wrong must not count tomorrow's run today.
  run(at(2026, 12, 11, 1), 7, 7),
];

let mounted: ReturnType<typeof mount> | undefined;
afterEach(() => mounted?.unmount());

describe('usage: credits and time per period and per saved task', () => {
  it('sums today by hour, the week and the month by day, in local time', () => {
    const day = usageBuckets(RUNS, 'day', NOW);
    expect(day).toHaveLength(24);
    expect(day[9]).toMatchObject({ label: '9h', credits: 1.5, seconds: 30, runs: 1 });
    expect(totalsOf(day)).toEqual({ credits: 2, seconds: 40, runs: 2 });

    const week = usageBuckets(RUNS, 'week', NOW);
    expect(week).toHaveLength(7);
    expect(week.map((bucket) => bucket.runs)).toEqual([0, 0, 0, 0, 1, 0, 2]);
    expect(totalsOf(week)).toEqual({ credits: 4, seconds: 100, runs: 3 });

    expect(totalsOf(usageBuckets(RUNS, 'month', NOW))).toEqual({ credits: 8, seconds: 200, runs: 4 });
  });

  it('matches runs to saved tasks by their task, busiest first, and lists unused ones at zero', () => {
    const saved = [
      { name: 'Flights', options: { task: 'List flights' } },
      { name: 'Orders', options: { task: 'Check the order' } },
      { name: 'Never run', options: { task: 'Something else' } },
    ];
    expect(usageBySavedTask(RUNS, saved)).toEqual([
      { name: 'Flights', credits: 19.5, seconds: 397, runs: 4 },
      { name: 'Orders', credits: 4.5, seconds: 110, runs: 2 },
      { name: 'Never run', credits: 0, seconds: 0, runs: 0 },
    ]);
  });

  it('plots one bar per bucket, scaled to the largest, each with its figures', () => {
    const week = usageBuckets(RUNS, 'week', NOW);
    mounted = mount(<UsageChart buckets={week} describe="Credits per day" />);
    const bars = [...mounted.container.querySelectorAll('rect.usage-bar')];
    expect(bars).toHaveLength(7);
    const heights = bars.map((bar) => Number(bar.getAttribute('height')));
    expect(Math.max(...heights)).toBe(heights[4]);
    expect(heights[6]! / heights[4]!).toBeCloseTo(1, 5);
    expect(heights[0]).toBe(0);
    expect(bars[6]!.querySelector('title')?.textContent).toBe(`${week[6]!.label}: 2.00 credits, 2 runs, 40 s`);
    expect(mounted.container.querySelector('svg')?.getAttribute('aria-label')).toBe('Credits per day');
  });
});
