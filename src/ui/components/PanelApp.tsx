import { useState } from 'preact/hooks';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import type { TaskOptions, TaskRequest } from '../../shared/task';
import { sendCommand } from '../task-client';
import { useSettings } from '../use-settings';
import { useTaskRunner } from '../use-task-runner';
import { markConnectionWorks, useConnectionVerified } from '../connection-verified';
import { UsagePanel } from '../usage/UsagePanel';
import { FirstRunCard } from './FirstRunCard';
import { FollowUpForm } from './FollowUpForm';
import { KeyUntestedNote } from './KeyUntestedNote';
import { AppHeader } from './AppHeader';
import { FormError } from './FormError';
import { EMPTY_FORM, type FieldErrors, type FormValues, formToOptions, optionsToForm } from './form-values';
import { HistoryPanel } from './HistoryPanel';
import { runErrors } from './run-errors';
import { SavedTasksPanel } from './SavedTasksPanel';
import { SaveTaskForm } from './SaveTaskForm';
import { ScriptTasks } from './ScriptTasks';
import { TaskForm } from './TaskForm';
import { TaskView } from './TaskView';
import type { SchemaCheckReply } from './use-schema-check';

type Tab = 'task' | 'history' | 'saved' | 'usage';

const TABS: ReadonlyArray<{ id: Tab; label: string }> = [
  { id: 'task', label: 'Task' },
  { id: 'history', label: 'History' },
  { id: 'saved', label: 'Saved' },
  { id: 'usage', label: 'Usage' },
];

const checkSchema = (schema: unknown): Promise<SchemaCheckReply> => sendCommand({ type: 'schema/check', schema });

/** The side panel: the full task form, the live run, history and saved tasks. */
export function PanelApp() {
  const runner = useTaskRunner();
  const settings = useSettings();
  const [tab, setTab] = useState<Tab>('task');
  const [values, setValues] = useState<FormValues>(EMPTY_FORM);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState('');
  const [saving, setSaving] = useState(false);
  const [notice, setNotice] = useState('');
  const [following, setFollowing] = useState(false);
  const [followUpError, setFollowUpError] = useState('');
  // Until the stored settings are read, useSettings gives the defaults (no key): no first-run card on that guess.
  const verified = useConnectionVerified(settings);
  const needsKey = settings !== DEFAULT_SETTINGS && !settings.apiKey;
  // Once shown, the setup card stays until the key is seen to work (a wrong key saved from it must not hide it).
  const [setupOpen, setSetupOpen] = useState(false);
  if (needsKey && !setupOpen) setSetupOpen(true);
  const showSetup = needsKey || (setupOpen && verified === false);

  async function start(options: Record<string, unknown>) {
    setTab('task');
    setFormError('');
    setNotice('');
    const reply = await runner.run(options);
    const found = runErrors(reply);
    setErrors(found.errors);
    setFormError(found.formError);
    // The form comes back empty when the task ends: its text now lives in the task shown above it.
    if (reply.ok) setValues(EMPTY_FORM);
  }

  async function continueWith(task: string, from: TaskOptions & { id: string }) {
    setFollowUpError('');
    const reply = await runner.run({ task, max_steps: from.max_steps }, from.id);
    if (reply.ok) setFollowing(false);
    else setFollowUpError(reply.error.message);
  }

  function runForm() {
    const parsed = formToOptions(values);
    if ('errors' in parsed) {
      setErrors(parsed.errors);
      return;
    }
    void start(parsed.options);
  }

  function edit(options: TaskRequest) {
    setValues(optionsToForm(options));
    setErrors({});
    setFormError('');
    runner.dismiss();
    setTab('task');
  }

  function newTask() {
    setFollowing(false);
    setValues(EMPTY_FORM);
    setErrors({});
    setFormError('');
    runner.dismiss();
    requestAnimationFrame(() => document.getElementById('tw-task')?.focus());
  }

  function rerun(options: TaskRequest) {
    setValues(optionsToForm(options));
    void start({ ...options });
  }

  const state = runner.state;
  const running = state?.status === 'running';
  const ended = state !== undefined && !running;
  // A task that got as far as a step reached the model: the key works, and the first-run note can go.
  if (ended && verified === false && state.steps.length > 0) void markConnectionWorks(settings);
  const savedDone = (message: string) => {
    setSaving(false);
    setNotice(message);
  };

  return (
    <main class="panel">
      <AppHeader>
        <nav class="tabs" aria-label="Sections">
          {TABS.map((item) => (
            <button
              key={item.id}
              type="button"
              class="tab"
              aria-current={tab === item.id ? 'page' : undefined}
              onClick={() => setTab(item.id)}
            >
              {item.label}
            </button>
          ))}
        </nav>
        <button
          type="button"
          class="icon-button settings-link"
          aria-label="Settings"
          title="Settings"
          onClick={() => chrome.runtime.openOptionsPage()}
        >
          ⚙
        </button>
      </AppHeader>

      {tab === 'history' ? <HistoryPanel onRun={rerun} onEdit={edit} /> : null}
      {tab === 'saved' ? <SavedTasksPanel onRun={rerun} onEdit={edit} /> : null}
      {tab === 'usage' ? <UsagePanel /> : null}
      {tab === 'task' && showSetup ? <FirstRunCard settings={settings} /> : null}
      {tab === 'task' && !showSetup ? (
        <>
          <ScriptTasks />
          {verified === false && settings.apiKey && !running ? <KeyUntestedNote settings={settings} /> : null}
          {state ? (
            <TaskView
              state={state}
              now={runner.now}
              previous={runner.previous}
              onStop={() => void runner.stop()}
              onAnswer={runner.answer}
              onConfirm={runner.confirm}
              actions={
                running ? null : (
                  <>
                    {/* A task that never reached a page has nothing to continue from. */}
                    {state.steps.length > 0 ? (
                      <button
                        type="button"
                        class="primary"
                        aria-expanded={following}
                        onClick={() => setFollowing(!following)}
                      >
                        Continue…
                      </button>
                    ) : null}
                    <button type="button" onClick={() => rerun(state.options)}>
                      Repeat
                    </button>
                    <button type="button" onClick={() => edit(state.options)}>
                      Edit
                    </button>
                    <button type="button" onClick={newTask}>
                      New task
                    </button>
                  </>
                )
              }
            />
          ) : null}
          {ended && following ? (
            <FollowUpForm
              error={followUpError || undefined}
              onRun={(task) => void continueWith(task, { ...state.options, id: state.id })}
              onCancel={() => setFollowing(false)}
            />
          ) : null}
          {notice ? (
            <p class="notice" role="status">
              {notice}
            </p>
          ) : null}
          {/* While a task runs the panel is about that task: the form comes back when it ends (or on New task). */}
          {running ? null : (
            <section class="new-task">
              {state ? <h2 class="form-title">New task</h2> : null}
              <FormError message={formError} />
              <TaskForm
                values={values}
                errors={errors}
                defaultMaxSteps={settings.defaultMaxSteps}
                checkSchema={checkSchema}
                onChange={setValues}
                running={running}
                onRun={runForm}
                extraButtons={
                  <button type="button" aria-expanded={saving} onClick={() => setSaving(!saving)}>
                    Save task…
                  </button>
                }
              />
              {saving ? (
                <SaveTaskForm
                  options={() => {
                    const parsed = formToOptions(values);
                    if (!values.task.trim()) return 'Write the task first.';
                    if ('errors' in parsed) return 'Fix the form first: it has errors.';
                    return parsed.options as unknown as TaskRequest;
                  }}
                  suggestedName={values.task}
                  onDone={savedDone}
                />
              ) : null}
            </section>
          )}
        </>
      ) : null}
    </main>
  );
}
