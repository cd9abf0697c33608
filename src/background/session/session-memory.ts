import type { TaskResult } from '../../shared/task';
import { neutralizeTags } from '../agent/page-envelope';

/** What a session remembers of one finished task: enough for the next task to build on, small enough to resend. */
export interface SessionTaskRecord {
  task: string;
  status: TaskResult['status'];
  /** The task's output as JSON, cut to OUTPUT_CHARS. */
  output: string;
  /** The page the task left. */
  finalUrl: string;
  message?: string;
}

const TASK_CHARS = 300;
const OUTPUT_CHARS = 1_000;
const MESSAGE_CHARS = 300;
const URL_CHARS = 500;
/** The whole account stays well under a page snapshot, so it never crowds the task out of the model's attention. */
const MEMORY_CHARS = 4_000;

export function taskRecord(task: string, result: TaskResult, finalUrl: string): SessionTaskRecord {
  const output = result.output === undefined ? 'null' : JSON.stringify(result.output);
  return {
    task: cut(task, TASK_CHARS),
    status: result.status,
    output: cut(output, OUTPUT_CHARS),
    finalUrl: cut(finalUrl, URL_CHARS),
    ...(result.message ? { message: cut(result.message, MESSAGE_CHARS) } : {}),
  };
}

/**
 * A compact account of a session's earlier tasks, oldest first, for the next task's <previous_tasks>. The most
 * recent tasks matter most (the next task starts on the page the last one left), so when the account is too long
 * the oldest entries are dropped and counted instead.
 */
export function describeEarlierTasks(records: readonly SessionTaskRecord[]): string {
  const entries = records.map((record, index) => describe(record, index + 1));
  let kept = entries.length;
  let length = 0;
  for (let i = entries.length - 1; i >= 0; i--) {
    length += entries[i]!.length + 1;
    if (length > MEMORY_CHARS && i < entries.length - 1) break;
    kept = entries.length - i;
  }
  const dropped = entries.length - kept;
  const lines = entries.slice(dropped);
  if (dropped > 0) lines.unshift(`(${dropped} earlier task${dropped === 1 ? '' : 's'} omitted)`);
  return lines.join('\n');
}

/**
 * The memory of a follow-up task started from the panel ("Continue"): the previous task's own memory with that task
 * added, numbered on, oldest entries dropped first when the account grows past its bound.
 */
export function extendMemory(previous: string | undefined, record: SessionTaskRecord): string {
  const entries = (previous ?? '').split(/\n(?=\d+\. Task: )/).filter((entry) => /^\d+\. Task: /.test(entry));
  const last = Number(/^(\d+)\./.exec(entries[entries.length - 1] ?? '')?.[1] ?? 0);
  entries.push(describe(record, last + 1));
  while (entries.length > 1 && entries.join('\n').length > MEMORY_CHARS) entries.shift();
  return entries.join('\n');
}

/** Outputs, messages and URLs were read off pages: none of them may close <previous_tasks> or open a <task>. */
function describe(record: SessionTaskRecord, number: number): string {
  const lines = [`${number}. Task: ${record.task}`, `   Status: ${record.status}`, `   Output: ${record.output}`];
  if (record.message) lines.push(`   Message: ${record.message}`);
  if (record.finalUrl) lines.push(`   Ended on: ${record.finalUrl}`);
  return neutralizeTags(lines.join('\n'));
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… [cut]`;
}
