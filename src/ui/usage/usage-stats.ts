/** Credits and time spent, summed from finished runs (history), per day, week or month and per saved task. */
export type UsagePeriod = 'day' | 'week' | 'month';

export interface UsageRun {
  startedAt: number;
  credits_used: number;
  options: { task: string };
  result?: { duration: number };
}

export interface UsageBucket {
  /** Short label for the chart's axis, e.g. `14h` or `Dec 1`. */
  label: string;
  start: number;
  credits: number;
  /** Seconds. */
  seconds: number;
  runs: number;
}

export interface UsageTotals {
  credits: number;
  seconds: number;
  runs: number;
}

const HOUR = 3_600_000;
const DAYS_IN: Record<Exclude<UsagePeriod, 'day'>, number> = { week: 7, month: 30 };

/** The period ending now, in hours (day) or days (week, month), local time, oldest first. */
export function usageBuckets(runs: readonly UsageRun[], period: UsagePeriod, now: number): UsageBucket[] {
  const buckets: UsageBucket[] = [];
  if (period === 'day') {
    const midnight = startOfDay(now);
    for (let hour = 0; hour < 24; hour++) buckets.push(empty(`${hour}h`, midnight + hour * HOUR));
  } else {
    const today = startOfDay(now);
    for (let back = DAYS_IN[period] - 1; back >= 0; back--) {
      const start = addDays(today, -back);
      buckets.push(empty(new Date(start).toLocaleDateString([], { month: 'short', day: 'numeric' }), start));
    }
  }
  const end = addDays(startOfDay(now), 1);
  for (const run of runs) {
    if (run.startedAt < buckets[0]!.start || run.startedAt >= end) continue;
    let index = buckets.length - 1;
    while (index > 0 && buckets[index]!.start > run.startedAt) index--;
    const bucket = buckets[index]!;
    bucket.credits += run.credits_used;
    bucket.seconds += run.result?.duration ?? 0;
    bucket.runs += 1;
  }
  return buckets;
}

export function totalsOf(buckets: readonly UsageBucket[]): UsageTotals {
  return buckets.reduce(
    (sum, bucket) => ({
      credits: sum.credits + bucket.credits,
      seconds: sum.seconds + bucket.seconds,
      runs: sum.runs + bucket.runs,
    }),
    {
      credits: 0,
      seconds: 0,
      runs: 0,
    },
  );
}

/** Each saved task's runs, matched by the task's text (runs of a saved task carry its options). Busiest first. */
export function usageBySavedTask(
  runs: readonly UsageRun[],
  saved: ReadonlyArray<{ name: string; options: { task: string } }>,
): Array<UsageTotals & { name: string }> {
  const byTask = new Map<string, UsageTotals>();
  for (const run of runs) {
    const totals = byTask.get(run.options.task) ?? { credits: 0, seconds: 0, runs: 0 };
    byTask.set(run.options.task, {
      credits: totals.credits + run.credits_used,
      seconds: totals.seconds + (run.result?.duration ?? 0),
      runs: totals.runs + 1,
    });
  }
  return saved
    .map((task) => ({ name: task.name, ...(byTask.get(task.options.task) ?? { credits: 0, seconds: 0, runs: 0 }) }))
    .sort((a, b) => b.credits - a.credits || b.runs - a.runs);
}

function empty(label: string, start: number): UsageBucket {
  return { label, start, credits: 0, seconds: 0, runs: 0 };
}

function startOfDay(time: number): number {
  const date = new Date(time);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

/** Calendar days, so a daylight-saving change does not shift the buckets. */
function addDays(time: number, days: number): number {
  const date = new Date(time);
  date.setDate(date.getDate() + days);
  return date.getTime();
}
