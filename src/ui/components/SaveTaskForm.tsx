import { useState } from 'preact/hooks';
import type { TaskRequest } from '../../shared/task';
import { saveTask } from '../saved/saved-tasks';

interface SaveTaskFormProps {
  /** The options to save, or why they cannot be saved yet (the form has errors). */
  options: () => TaskRequest | string;
  suggestedName: string;
  onDone: (message: string) => void;
}

/** Names a task with its options so it can be run again from the popup or the panel. */
export function SaveTaskForm({ options, suggestedName, onDone }: SaveTaskFormProps) {
  const [name, setName] = useState(suggestedName.slice(0, 60));
  const [error, setError] = useState('');

  async function save(event: Event) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError('Give the task a name.');
      return;
    }
    const taskOptions = options();
    if (typeof taskOptions === 'string') {
      setError(taskOptions);
      return;
    }
    // Files can be megabytes and change between runs: they are attached afresh each time. Secret values are kept only
    // for the run (or in the Settings vault), never with a saved task.
    const { files: _files, secrets: _secrets, ...kept } = taskOptions;
    await saveTask(trimmed, kept);
    onDone(`Saved “${trimmed}”.`);
  }

  return (
    <form class="save-task" onSubmit={save}>
      <label for="save-task-name">Name</label>
      <div class="inline-input">
        <input
          id="save-task-name"
          type="text"
          value={name}
          autoFocus
          onInput={(event) => setName((event.target as HTMLInputElement).value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'save-task-error' : undefined}
          onKeyDown={(event) => {
            if (event.key === 'Escape') onDone('');
          }}
        />
        <button type="submit" class="primary">
          Save
        </button>
        <button type="button" onClick={() => onDone('')}>
          Cancel
        </button>
      </div>
      {error ? (
        <small class="error" id="save-task-error" role="alert">
          {error}
        </small>
      ) : null}
    </form>
  );
}
