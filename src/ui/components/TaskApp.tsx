import { useEffect, useState } from 'preact/hooks';
import type { TaskState } from '../../shared/task';
import { sendCommand, watchTask } from '../task-client';
import { EMPTY_FORM, FIELD_OF_OPTION, type FieldErrors, formToOptions, type FormValues } from './form-values';
import { TaskForm } from './TaskForm';
import { TaskView } from './TaskView';

const LAST_TASK_KEY = 'ui:lastTaskId';

/** The task form with the live view of the task it started; shared by the popup and the side panel. */
export function TaskApp({ compact = false }: { compact?: boolean }) {
  const [values, setValues] = useState<FormValues>(EMPTY_FORM);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState('');
  const [taskId, setTaskId] = useState<string | undefined>();
  const [state, setState] = useState<TaskState | undefined>();
  const [now, setNow] = useState(Date.now());

  useEffect(() => {
    void chrome.storage.session.get(LAST_TASK_KEY).then((stored) => {
      const id = stored[LAST_TASK_KEY] as string | undefined;
      if (id) setTaskId(id);
    });
  }, []);

  useEffect(() => (taskId ? watchTask(taskId, setState) : undefined), [taskId]);

  const running = state?.status === 'running';
  useEffect(() => {
    if (!running) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [running]);

  async function run() {
    setFormError('');
    const parsed = formToOptions(values);
    if ('errors' in parsed) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    // The previous task's result must not be mistaken for this one's while it starts.
    setTaskId(undefined);
    setState(undefined);
    const reply = await sendCommand<{ taskId: string }>({ type: 'task/run', options: parsed.options });
    if (!reply.ok) {
      const field = reply.error.field ? FIELD_OF_OPTION[reply.error.field] : undefined;
      if (field) setErrors({ [field]: reply.error.message });
      else setFormError(reply.error.message);
      return;
    }
    setTaskId(reply.taskId);
    await chrome.storage.session.set({ [LAST_TASK_KEY]: reply.taskId });
  }

  async function stop() {
    if (taskId) await sendCommand({ type: 'task/stop', taskId });
  }

  return (
    <div class="task-app">
      <TaskForm values={values} errors={errors} running={running} compact={compact} onChange={setValues} onRun={run} onStop={stop} />
      {formError ? (
        <p class="form-error" role="alert" data-testid="form-error">
          {formError}
          {/API key/i.test(formError) ? (
            <>
              {' '}
              <button type="button" class="link" onClick={() => chrome.runtime.openOptionsPage()}>
                Open Settings
              </button>
            </>
          ) : null}
        </p>
      ) : null}
      {state ? <TaskView state={state} now={now} /> : null}
    </div>
  );
}
