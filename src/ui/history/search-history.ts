import type { TaskState } from '../../shared/task';
import { STATUS_LABEL } from '../components/status-text';

/** Runs whose task, start URL, status or output contain every word of the query, case-insensitively. */
export function searchHistory(entries: TaskState[], query: string): TaskState[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return entries;
  return entries.filter((entry) => {
    const haystack = [
      entry.options.task,
      entry.options.url ?? '',
      STATUS_LABEL[entry.status],
      entry.result?.message ?? '',
      entry.result ? JSON.stringify(entry.result.output) : '',
    ]
      .join('\n')
      .toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
