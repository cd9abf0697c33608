import { useEffect, useState } from 'preact/hooks';
import type { TaskRequest } from '../../shared/task';
import { deleteSavedTask, loadSavedTasks, type SavedTask, watchSavedTasks } from '../saved/saved-tasks';

interface SavedTasksPanelProps {
  onRun: (options: TaskRequest) => void;
  onEdit?: (options: TaskRequest) => void;
  /** The popup lists them without editing or deleting, to stay small. */
  compact?: boolean;
}

/** Tasks saved under a name, one click from running again. */
export function SavedTasksPanel({ onRun, onEdit, compact = false }: SavedTasksPanelProps) {
  const [tasks, setTasks] = useState<SavedTask[] | undefined>();
  useEffect(() => {
    void loadSavedTasks().then(setTasks);
    return watchSavedTasks(setTasks);
  }, []);

  if (tasks === undefined) return null;
  if (tasks.length === 0) {
    return compact ? null : (
      <p class="empty">Save a task from the form or from a finished run, then run it again from here or the popup.</p>
    );
  }
  return (
    <section class={`saved${compact ? ' saved--compact' : ''}`} aria-labelledby="saved-heading">
      <h2 id="saved-heading">Saved tasks</h2>
      <ul class="run-list" data-testid="saved-list">
        {tasks.map((saved) => (
          <li key={saved.id} class="run-item">
            <div class="run-open run-open--static">
              <span class="run-name">{saved.name}</span>
              {compact ? null : <span class="run-task muted">{saved.options.task}</span>}
            </div>
            <div class="run-item-actions">
              <button
                type="button"
                class="compact primary"
                aria-label={`Run saved task ${saved.name}`}
                onClick={() => onRun(saved.options)}
              >
                ▶ Run
              </button>
              {onEdit ? (
                <button
                  type="button"
                  class="compact"
                  aria-label={`Edit saved task ${saved.name}`}
                  onClick={() => onEdit(saved.options)}
                >
                  Edit
                </button>
              ) : null}
              {compact ? null : (
                <button
                  type="button"
                  class="icon-button"
                  aria-label={`Delete saved task ${saved.name}`}
                  title="Delete"
                  onClick={() => void deleteSavedTask(saved.id)}
                >
                  ×
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
