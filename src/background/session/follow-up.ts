import { TabwrightError } from '../../shared/errors';
import { ensureTab } from '../browser/content-channel';
import { extendMemory, taskRecord } from './session-memory';
import type { StartContext } from './task-runner';
import { carriedFrom, loadAllTasks } from './task-store';

/**
 * Where a follow-up task ("Continue" in the panel) starts: in the tab the previous task left, knowing what it and the
 * tasks it continued did, as an SDK session's next task would.
 */
export async function followUpContext(previousTaskId: string): Promise<StartContext> {
  const previous = (await loadAllTasks()).find((task) => task.id === previousTaskId);
  if (!previous?.result) {
    throw new TabwrightError(
      'invalid_option',
      'That task is no longer kept, or has not ended: start a new task instead.',
      'continueFrom',
    );
  }
  const tab = await ensureTab(previous.tabId).catch(() => {
    throw new TabwrightError(
      'invalid_option',
      'The tab that task worked in is closed: start a new task instead.',
      'continueFrom',
    );
  });
  const memory = extendMemory(previous.memory, taskRecord(previous.options.task, previous.result, tab.url ?? ''));
  // The tab may still show what the previous task typed: its secret values stay out of what the model reads.
  const earlierSecrets = carriedFrom(previous.id);
  return { tabId: previous.tabId, memory, ...(earlierSecrets.length > 0 ? { earlierSecrets } : {}) };
}
