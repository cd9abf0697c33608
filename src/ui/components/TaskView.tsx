import type { TaskState } from '../../shared/task';
import type { ComponentChildren } from 'preact';
import type { CommandReply } from '../../shared/protocol';
import { ResultOutput } from './ResultOutput';
import { formatCredits, formatSeconds } from './status-text';
import { StatusLine } from './StatusLine';
import { ModelWait } from './ModelWait';
import { Timeline } from './Timeline';
import { cacheReadShare } from '../../shared/usage';

interface TaskViewProps {
  state: TaskState;
  now: number;
  onStop?: () => void;
  onAnswer: (requestId: string, answer: string) => Promise<CommandReply>;
  onConfirm: (requestId: string, approved: boolean) => Promise<CommandReply>;
  /** What can be done with a finished task here (run again, save, delete…). */
  actions?: ComponentChildren;
}

/** One task: status and why, progress, the answer once there is one, and every step. */
export function TaskView({ state, now, onStop, onAnswer, onConfirm, actions }: TaskViewProps) {
  const result = state.result;
  const running = state.status === 'running';
  const duration = result ? result.duration : Math.max(0, Math.round((now - state.startedAt) / 100) / 10);
  const progress = Math.min(1, state.steps.length / state.options.max_steps);
  const fixInSettings = state.status === 'error' && /API key|base URL/i.test(result?.message ?? '');
  return (
    <section class={`task-view task-view--${state.status}`}>
      <div class="status-card">
        <div class="status-row">
          <StatusLine state={state} />
          {running && onStop ? (
            <button type="button" class="danger" onClick={onStop}>
              Stop
            </button>
          ) : null}
        </div>
        <ModelWait state={state} now={now} />
        <p class="task-text" title={state.options.task}>
          {state.options.task}
        </p>
        <dl class="metrics">
          <div>
            <dt>Steps</dt>
            <dd data-testid="steps">
              {state.steps.length} / {state.options.max_steps}
            </dd>
          </div>
          <div>
            <dt>Credits</dt>
            <dd data-testid="credits">{formatCredits(state.credits_used)}</dd>
          </div>
          <div title="Share of input tokens read from the prompt cache, which cost a tenth of fresh ones">
            <dt>Cached</dt>
            <dd data-testid="cache-share">{Math.round(cacheReadShare(state.usage) * 100)}%</dd>
          </div>
          <div>
            <dt>Time</dt>
            <dd data-testid="duration">{formatSeconds(duration)}</dd>
          </div>
        </dl>
        {running ? (
          <div
            class="progress"
            role="progressbar"
            aria-label="Steps used"
            aria-valuemin={0}
            aria-valuemax={state.options.max_steps}
            aria-valuenow={state.steps.length}
          >
            <span style={{ width: `${progress * 100}%` }} />
          </div>
        ) : null}
        {actions || fixInSettings ? (
          <div class="buttons task-actions">
            {actions}
            {fixInSettings ? (
              <button type="button" onClick={() => chrome.runtime.openOptionsPage()}>
                Check Settings
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
      {result && result.status === 'success' ? <ResultOutput output={result.output} task={state.options.task} startedAt={state.startedAt} /> : null}
      {state.steps.length > 0 || running ? (
        <section class="steps-section" aria-labelledby={`steps-${state.id}`}>
          <h2 id={`steps-${state.id}`}>Steps</h2>
          <Timeline
            steps={state.steps}
            maxSteps={state.options.max_steps}
            running={running}
            pending={state.pending}
            onAnswer={onAnswer}
            onConfirm={onConfirm}
          />
        </section>
      ) : null}
    </section>
  );
}
