import type { TaskState } from '../../shared/task';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { CommandReply } from '../../shared/protocol';
import { cacheReadShare } from '../../shared/usage';
import { ResultOutput } from './ResultOutput';
import { ScreenshotViewer } from './ScreenshotViewer';
import { formatCredits, formatSeconds, formatWhen } from './status-text';
import { StatusLine } from './StatusLine';
import { lastPage } from './task-reason';
import { Timeline } from './Timeline';
import { hostAndPath } from './url-text';

interface TaskViewProps {
  state: TaskState;
  now: number;
  onStop?: () => void;
  onAnswer: (requestId: string, answer: string) => Promise<CommandReply>;
  onConfirm: (requestId: string, approved: boolean) => Promise<CommandReply>;
  /** What can be done with a finished task here (run again, save, delete…). */
  actions?: ComponentChildren;
  /** The task ended before this page opened: say it is the previous one, not something just done. */
  previous?: boolean;
}

const UNFINISHED = new Set(['failed', 'error', 'max_steps', 'budget_exceeded', 'cancelled']);

/** One task: status and why, progress, the answer once there is one, and every step. */
export function TaskView({ state, now, onStop, onAnswer, onConfirm, actions, previous }: TaskViewProps) {
  const [enlarged, setEnlarged] = useState(false);
  const result = state.result;
  const running = state.status === 'running';
  const duration = result ? result.duration : Math.max(0, Math.round((now - state.startedAt) / 100) / 10);
  const progress = Math.min(1, state.steps.length / state.options.max_steps);
  const fixInSettings = state.status === 'error' && /API key|base URL/i.test(result?.message ?? '');
  const cached = Math.round(cacheReadShare(state.usage) * 100);
  const page = UNFINISHED.has(state.status) ? lastPage(state.steps) : undefined;
  return (
    <section class={`task-view task-view--${state.status}`}>
      {previous ? (
        <p class="previous-note" data-testid="previous-note">
          Previous task, {formatWhen(state.startedAt, now).replace(/^Today/, 'today')}: shown until you start a new one.
        </p>
      ) : null}
      <div class="status-card">
        <div class="status-row">
          <StatusLine state={state} />
          {running && onStop ? (
            <button type="button" class="danger" onClick={onStop}>
              Stop
            </button>
          ) : null}
        </div>
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
          <div>
            <dt>Time</dt>
            <dd data-testid="duration">{formatSeconds(duration)}</dd>
          </div>
        </dl>
        {cached > 0 ? (
          <p
            class="footnote"
            data-testid="cache-share"
            title="Input read from the prompt cache costs a tenth of fresh input"
          >
            {cached}% of the input was read from the prompt cache.
          </p>
        ) : null}
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
        {page ? (
          <div class="last-page" data-testid="last-page">
            <span class="last-page-label">Last page</span>
            {page.screenshot ? (
              <button
                type="button"
                class="thumb"
                aria-label="Enlarge the last page the agent saw"
                onClick={() => setEnlarged(true)}
              >
                <img src={page.screenshot} alt="" />
              </button>
            ) : null}
            {page.url ? (
              <span class="step-url" title={page.url}>
                {hostAndPath(page.url)}
              </span>
            ) : null}
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
      {enlarged && page?.screenshot ? (
        <ScreenshotViewer
          src={page.screenshot}
          caption={`Last page (step ${page.index})${page.url ? ` — ${hostAndPath(page.url)}` : ''}`}
          onClose={() => setEnlarged(false)}
        />
      ) : null}
      {result && result.status === 'success' ? (
        <ResultOutput output={result.output} task={state.options.task} startedAt={state.startedAt} />
      ) : null}
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
            waitingForModelSince={state.waitingForModelSince}
            now={now}
          />
        </section>
      ) : null}
    </section>
  );
}
