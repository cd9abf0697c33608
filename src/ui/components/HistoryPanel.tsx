import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CommandReply } from '../../shared/protocol';
import type { TaskOptions, TaskState } from '../../shared/task';
import { deleteFromHistory, loadHistory, recordFinishedTasks, watchHistory } from '../history/history-store';
import { searchHistory } from '../history/search-history';
import { downloadText } from './output-export';
import { formatCredits, formatSeconds, formatWhen, STATUS_LABEL } from './status-text';
import { TaskView } from './TaskView';

interface HistoryPanelProps {
  onRun: (options: TaskOptions) => void;
  onEdit: (options: TaskOptions) => void;
}

const noReply = async (): Promise<CommandReply> => ({
  ok: false,
  error: { code: 'internal', message: 'This run has ended.' },
});

/** Every finished run: searchable, and each one can be opened, run again, edited, exported or deleted. */
export function HistoryPanel({ onRun, onEdit }: HistoryPanelProps) {
  const [entries, setEntries] = useState<TaskState[] | undefined>();
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState<string | undefined>();

  useEffect(() => {
    void recordFinishedTasks().then(loadHistory).then(setEntries);
    return watchHistory(setEntries);
  }, []);

  const found = useMemo(() => searchHistory(entries ?? [], query), [entries, query]);
  const open = entries?.find((entry) => entry.id === openId);

  if (open) {
    return (
      <div class="history-detail">
        <button type="button" class="link back" onClick={() => setOpenId(undefined)}>
          ← All runs
        </button>
        <TaskView
          state={open}
          now={open.endedAt ?? open.startedAt}
          onAnswer={noReply}
          onConfirm={noReply}
          actions={
            <>
              <button type="button" class="primary" onClick={() => onRun(open.options)}>
                Run again
              </button>
              <button type="button" onClick={() => onEdit(open.options)}>
                Edit
              </button>
              <button
                type="button"
                onClick={() =>
                  downloadText(
                    `tabwright-run-${open.id}.json`,
                    `${JSON.stringify(open, null, 2)}\n`,
                    'application/json',
                  )
                }
              >
                Export
              </button>
              <button
                type="button"
                class="danger-quiet"
                onClick={() => {
                  setOpenId(undefined);
                  void deleteFromHistory(open.id);
                }}
              >
                Delete
              </button>
            </>
          }
        />
      </div>
    );
  }

  return (
    <section class="history" aria-label="History">
      <div class="toolbar">
        <label for="history-search" class="visually-hidden">
          Search history
        </label>
        <input
          id="history-search"
          type="search"
          placeholder="Search tasks, outputs, statuses…"
          value={query}
          onInput={(event) => setQuery((event.target as HTMLInputElement).value)}
        />
        <button
          type="button"
          class="compact"
          disabled={!entries?.length}
          onClick={() =>
            downloadText(
              `tabwright-history-${new Date().toISOString().slice(0, 10)}.json`,
              `${JSON.stringify(found, null, 2)}\n`,
              'application/json',
            )
          }
        >
          Export
        </button>
      </div>
      {entries === undefined ? null : found.length === 0 ? (
        <p class="empty">{entries.length === 0 ? 'Finished runs appear here.' : 'No run matches.'}</p>
      ) : (
        <ul class="run-list" data-testid="history-list">
          {found.map((entry) => (
            <li key={entry.id} class="run-item">
              <button type="button" class="run-open" onClick={() => setOpenId(entry.id)}>
                <span class="run-task">{entry.options.task}</span>
                <span class="run-meta">
                  <span class={`pill pill--${entry.status}`}>{STATUS_LABEL[entry.status]}</span>
                  <span>{formatWhen(entry.startedAt)}</span>
                  <span>{entry.steps.length} steps</span>
                  <span>{formatCredits(entry.credits_used)} credits</span>
                  {entry.result ? <span>{formatSeconds(entry.result.duration)}</span> : null}
                </span>
              </button>
              <div class="run-item-actions">
                <button
                  type="button"
                  class="compact"
                  aria-label={`Run again: ${entry.options.task}`}
                  onClick={() => onRun(entry.options)}
                >
                  Run again
                </button>
                <button
                  type="button"
                  class="icon-button"
                  aria-label={`Delete: ${entry.options.task}`}
                  title="Delete"
                  onClick={() => void deleteFromHistory(entry.id)}
                >
                  ×
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
