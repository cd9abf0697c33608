import type { StepRecord } from '../../shared/task';
import { useState } from 'preact/hooks';
import type { CommandReply, UserRequest } from '../../shared/protocol';
import { describeAction, describeOutcome } from './describe-action';
import { PendingRequest } from './PendingRequest';
import { ScreenshotViewer } from './ScreenshotViewer';
import { hostAndPath } from './url-text';

interface TimelineProps {
  steps: StepRecord[];
  maxSteps: number;
  running: boolean;
  pending?: UserRequest | undefined;
  onAnswer: (requestId: string, answer: string) => Promise<CommandReply>;
  onConfirm: (requestId: string, approved: boolean, remember?: boolean) => Promise<CommandReply>;
  /** When the current model request started, if one is under way, and the clock to count from it. */
  waitingForModelSince?: number | undefined;
  now?: number;
}

/** Each step as it happens: the agent's goal, its actions in words with their outcome, and what the tab looked like. */
export function Timeline({
  steps,
  maxSteps,
  running,
  pending,
  onAnswer,
  onConfirm,
  waitingForModelSince,
  now = Date.now(),
}: TimelineProps) {
  const [enlarged, setEnlarged] = useState<StepRecord | undefined>();
  return (
    <>
      <ol class="timeline" aria-label="Steps">
        {steps.filter(hasContent).map((step) => (
          <li key={step.index} class="step">
            <div class="step-head">
              {step.screenshot ? (
                <button
                  type="button"
                  class="step-number step-link"
                  title="See the page as the agent saw it"
                  onClick={() => setEnlarged(step)}
                >
                  Step {step.index} of {maxSteps}
                </button>
              ) : (
                <span class="step-number">
                  Step {step.index} of {maxSteps}
                </span>
              )}
              {step.url ? (
                <span class="step-url" title={step.url}>
                  {hostAndPath(step.url)}
                </span>
              ) : null}
            </div>
            <div class="step-body">
              <div class="step-text">
                {step.thought ? <p class="goal">{step.thought}</p> : null}
                {step.actions.length > 0 ? (
                  <ul class="actions">
                    {step.actions.map((action, i) => {
                      const outcome = describeOutcome(action);
                      return (
                        <li key={i} class={action.ok ? 'action' : 'action action--failed'}>
                          <span class="action-icon" aria-hidden="true">
                            {action.ok ? '✓' : '✕'}
                          </span>
                          <span class="visually-hidden">{action.ok ? 'Done: ' : 'Failed: '}</span>
                          <span class="action-text">
                            {describeAction(action)}
                            {outcome ? <span class="action-outcome">{outcome}</span> : null}
                          </span>
                        </li>
                      );
                    })}
                  </ul>
                ) : null}
              </div>
              {step.screenshot ? (
                <button
                  type="button"
                  class="thumb"
                  aria-label={`Enlarge the screenshot of step ${step.index}`}
                  onClick={() => setEnlarged(step)}
                >
                  <img src={step.screenshot} alt="" />
                </button>
              ) : null}
            </div>
          </li>
        ))}
        {running && !pending ? (
          <li class="step step--working" aria-live="off">
            <span class="spinner" aria-hidden="true" />
            {waitingForModelSince !== undefined
              ? `Waiting for the model (${Math.max(0, Math.round((now - waitingForModelSince) / 1000))} s)…`
              : steps.length === 0
                ? 'Opening the page and reading it…'
                : 'Working…'}
          </li>
        ) : null}
      </ol>
      {pending && running ? <PendingRequest request={pending} onAnswer={onAnswer} onConfirm={onConfirm} /> : null}
      {enlarged?.screenshot ? (
        <ScreenshotViewer
          src={enlarged.screenshot}
          caption={`Step ${enlarged.index}${enlarged.url ? ` — ${hostAndPath(enlarged.url)}` : ''}`}
          onClose={() => setEnlarged(undefined)}
        />
      ) : null}
    </>
  );
}

/** A step the model has not filled yet (no words, no actions) is the "Working…" line, not an empty entry. */
function hasContent(step: StepRecord): boolean {
  return Boolean(step.thought) || step.actions.length > 0;
}
