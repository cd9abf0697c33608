import type { TaskState, TaskStatus } from '../../shared/task';

const STATUS_LABEL: Record<TaskStatus, string> = {
  running: 'Running',
  success: 'Success',
  failed: 'Failed',
  max_steps: 'Max steps reached',
  budget_exceeded: 'Budget exceeded',
  cancelled: 'Cancelled',
  error: 'Error',
};

export function formatCredits(credits: number): string {
  return credits < 10 ? credits.toFixed(3) : credits.toFixed(1);
}

/** Status, the steps as they happen, and the result once there is one. */
export function TaskView({ state, now }: { state: TaskState; now: number }) {
  const result = state.result;
  const duration = result ? result.duration : Math.round((now - state.startedAt) / 100) / 10;
  return (
    <section class="task-view" aria-live="polite">
      <p class={`status status--${state.status}`} data-testid="status">
        <strong>{STATUS_LABEL[state.status]}</strong>
        {result?.message ? <span class="status-message"> — {result.message}</span> : null}
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
          <dt>Duration</dt>
          <dd data-testid="duration">{duration.toFixed(1)} s</dd>
        </div>
      </dl>
      {result && result.status === 'success' ? (
        <div class="output">
          <h2>Output</h2>
          <pre data-testid="output">{JSON.stringify(result.output, null, 2)}</pre>
        </div>
      ) : null}
      {state.steps.length > 0 ? (
        <ol class="timeline" aria-label="Steps">
          {state.steps.map((step) => (
            <li key={step.index}>
              <span class="step-index">Step {step.index}</span>
              {step.thought ? <p class="thought">{step.thought}</p> : null}
              <ul>
                {step.actions.map((action, i) => (
                  <li key={i} class={action.ok ? 'action' : 'action action--failed'}>
                    <code>{action.tool}</code> {action.result}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
