import { useEffect, useState } from 'preact/hooks';
import type { TaskRequest } from '../../shared/task';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { useSettings } from '../use-settings';
import { useTaskRunner } from '../use-task-runner';
import { loadPopupDraft, savePopupDraft } from '../popup-draft';
import { describeAction } from './describe-action';
import { AppHeader } from './AppHeader';
import { describedBy, Field } from './Field';
import { FirstRunCard } from './FirstRunCard';
import { FormError } from './FormError';
import { runErrors } from './run-errors';
import { SavedTasksPanel } from './SavedTasksPanel';
import { formatCredits, formatSeconds } from './status-text';
import { StatusLine } from './StatusLine';

/** The quick launcher: say what to do and run it in this tab, or run a saved task; the side panel shows the rest. */
export function PopupApp({ onOpenPanel }: { onOpenPanel: () => void }) {
  const runner = useTaskRunner();
  const settings = useSettings();
  const [task, setTask] = useState('');
  const [error, setError] = useState('');
  const [formError, setFormError] = useState('');

  useEffect(() => {
    void loadPopupDraft().then((draft) => setTask((current) => current || draft.task));
  }, []);

  async function start(options: Record<string, unknown>) {
    setError('');
    setFormError('');
    const reply = await runner.run(options);
    const found = runErrors(reply);
    setError(found.errors.task ?? '');
    setFormError(found.formError || Object.values(found.errors).find((message) => message !== found.errors.task) || '');
  }

  const state = runner.state;
  const running = state?.status === 'running';
  const lastStep = state?.steps[state.steps.length - 1];
  const lastAction = lastStep?.actions[lastStep.actions.length - 1];

  return (
    <main class="popup-main">
      <AppHeader>
        <button type="button" class="link" onClick={onOpenPanel}>
          Open side panel
        </button>
      </AppHeader>
      {settings !== DEFAULT_SETTINGS && !settings.apiKey ? (
        <>
          <FirstRunCard settings={settings} compact />
          <div class="buttons">
            <button type="button" class="primary" onClick={onOpenPanel}>
              Set up in the side panel
            </button>
          </div>
        </>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!running) void start({ task });
          }}
        >
          <Field id="popup-task" label="Task" error={error}>
            <textarea
              id="popup-task"
              rows={3}
              value={task}
              placeholder="What should Tabwright do in this tab?"
              onInput={(event) => {
                const text = (event.target as HTMLTextAreaElement).value;
                setTask(text);
                void savePopupDraft({ task: text });
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !running) {
                  event.preventDefault();
                  void start({ task });
                }
              }}
              {...describedBy('popup-task', error || undefined)}
            />
          </Field>
          <div class="buttons">
            {running ? (
              <button type="button" class="danger" onClick={() => void runner.stop()}>
                Stop
              </button>
            ) : (
              <button type="submit" class="primary" aria-keyshortcuts="Control+Enter">
                Run
              </button>
            )}
          </div>
        </form>
      )}
      <FormError message={formError} />
      {state ? (
        <section class="mini-status" aria-label="Progress">
          <StatusLine state={state} />
          <p class="task-text">{state.options.task}</p>
          <p class="mini-metrics">
            <span data-testid="steps">
              Step {state.steps.length} of {state.options.max_steps}
            </span>
            <span data-testid="credits">{formatCredits(state.credits_used)} credits</span>
            <span data-testid="duration">
              {formatSeconds(state.result?.duration ?? Math.max(0, (runner.now - state.startedAt) / 1000))}
            </span>
          </p>
          {running && lastAction ? <p class="mini-action">{describeAction(lastAction)}</p> : null}
          {state.pending ? (
            <p class="mini-action">
              The agent is waiting for you.{' '}
              <button type="button" class="link" onClick={onOpenPanel}>
                Answer in the side panel
              </button>
            </p>
          ) : null}
        </section>
      ) : null}
      <SavedTasksPanel compact onRun={(options: TaskRequest) => void start({ ...options })} />
    </main>
  );
}
