import { useState } from 'preact/hooks';
import type { TaskRequest } from '../../shared/task';
import { sendCommand } from '../task-client';
import { useSettings } from '../use-settings';
import { useTaskRunner } from '../use-task-runner';
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

type Tab = 'task' | 'history' | 'saved';

const TABS: ReadonlyArray<{ id: Tab; label: string }> = [
  { id: 'task', label: 'Task' },
  { id: 'history', label: 'History' },
  { id: 'saved', label: 'Saved' },
];

const checkSchema = (schema: unknown) => sendCommand({ type: 'schema/check', schema }) as Promise<SchemaCheckReply>;

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

  async function start(options: Record<string, unknown>) {
    setTab('task');
    setFormError('');
    setNotice('');
    const reply = await runner.run(options);
    const found = runErrors(reply);
    setErrors(found.errors);
    setFormError(found.formError);
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
  const savedDone = (message: string) => {
    setSaving(false);
    setNotice(message);
  };

  return (
    <main class="panel">
      <AppHeader>
        <nav class="tabs" aria-label="Sections">
          {TABS.map((item) => (
            <button key={item.id} type="button" class="tab" aria-current={tab === item.id ? 'page' : undefined} onClick={() => setTab(item.id)}>
              {item.label}
            </button>
          ))}
        </nav>
        <button type="button" class="icon-button settings-link" aria-label="Settings" title="Settings" onClick={() => chrome.runtime.openOptionsPage()}>
          ⚙
        </button>
      </AppHeader>

      {tab === 'history' ? <HistoryPanel onRun={rerun} onEdit={edit} /> : null}
      {tab === 'saved' ? <SavedTasksPanel onRun={rerun} onEdit={edit} /> : null}
      {tab === 'task' ? (
        <>
          <ScriptTasks />
          {state ? (
            <TaskView
              state={state}
              now={runner.now}
              onStop={() => void runner.stop()}
              onAnswer={runner.answer}
              onConfirm={runner.confirm}
              actions={
                running ? null : (
                  <>
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
          {notice ? (
            <p class="notice" role="status">
              {notice}
            </p>
          ) : null}
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
        </>
      ) : null}
    </main>
  );
}
