import type { Readable } from 'node:stream';
import { UsageError } from './arguments';

/** The task argument that means "read the task from stdin", as "-" does for most commands that read a file. */
export const STDIN_TASK = '-';

/**
 * The task piped in (`echo "…" | tabwright run -`, `tabwright run - < task.txt`): long or multi-line tasks need no
 * quoting. A terminal is refused rather than waited on, and so is an empty input: "-" is never run as a task.
 */
export async function taskFromStdin(stdin: Readable & { isTTY?: boolean }): Promise<string> {
  if (stdin.isTTY) {
    throw new UsageError('"-" reads the task from stdin: pipe it in (echo "…" | tabwright run -) or quote it instead.');
  }
  let text = '';
  for await (const chunk of stdin) text += chunk;
  if (!text.trim()) throw new UsageError('"-" reads the task from stdin, which held none.');
  return text.trim();
}
