import { useEffect, useState } from 'preact/hooks';
import { formatCredits, formatSeconds } from '../components/status-text';
import { SegmentedSwitch } from '../components/SegmentedSwitch';
import { loadHistory, watchHistory } from '../history/history-store';
import type { TaskState } from '../../shared/task';
import { loadSavedTasks, type SavedTask, watchSavedTasks } from '../saved/saved-tasks';
import { UsageChart } from './UsageChart';
import { totalsOf, type UsagePeriod, usageBuckets, usageBySavedTask } from './usage-stats';

const PERIODS: ReadonlyArray<{ value: UsagePeriod; label: string }> = [
  { value: 'day', label: 'Today' },
  { value: 'week', label: '7 days' },
  { value: 'month', label: '30 days' },
];

/** What the agent has cost: credits and time for today, the week or the month, plotted, and per saved task. */
export function UsagePanel({ now = Date.now() }: { now?: number }) {
  const [runs, setRuns] = useState<TaskState[]>([]);
  const [saved, setSaved] = useState<SavedTask[]>([]);
  const [period, setPeriod] = useState<UsagePeriod>('week');
  useEffect(() => {
    void loadHistory().then(setRuns);
    void loadSavedTasks().then(setSaved);
    const stopHistory = watchHistory(setRuns);
    const stopSaved = watchSavedTasks(setSaved);
    return () => {
      stopHistory();
      stopSaved();
    };
  }, []);

  const buckets = usageBuckets(runs, period, now);
  const totals = totalsOf(buckets);
  const perTask = usageBySavedTask(runs, saved);
  const label = PERIODS.find((item) => item.value === period)!.label.toLowerCase();
  return (
    <section class="usage" aria-label="Usage" data-testid="usage">
      <div class="section-head">
        <h2>Usage</h2>
        <SegmentedSwitch label="Period" value={period} options={PERIODS} onChange={setPeriod} />
      </div>
      <dl class="metrics usage-totals">
        <div>
          <dt>Credits</dt>
          <dd data-testid="usage-credits">{formatCredits(totals.credits)}</dd>
        </div>
        <div>
          <dt>Time</dt>
          <dd data-testid="usage-time">{formatSeconds(totals.seconds)}</dd>
        </div>
        <div>
          <dt>Runs</dt>
          <dd data-testid="usage-runs">{totals.runs}</dd>
        </div>
      </dl>
      <UsageChart
        buckets={buckets}
        describe={`Credits per ${period === 'day' ? 'hour' : 'day'}, ${label}: ${totals.credits.toFixed(2)} in all`}
      />
      <h3 class="usage-subhead">Saved tasks</h3>
      {perTask.length === 0 ? (
        <p class="muted">Save a task to see what each one costs.</p>
      ) : (
        <table class="usage-table" data-testid="usage-per-task">
          <thead>
            <tr>
              <th scope="col">Task</th>
              <th scope="col">Runs</th>
              <th scope="col">Credits</th>
              <th scope="col">Time</th>
            </tr>
          </thead>
          <tbody>
            {perTask.map((task) => (
              <tr key={task.name}>
                <th scope="row">{task.name}</th>
                <td>{task.runs}</td>
                <td>{formatCredits(task.credits)}</td>
                <td>{formatSeconds(task.seconds)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="footnote">From the runs in History, all time for saved tasks. 1 credit = US$0.01.</p>
    </section>
  );
}
