import type { TaskProgress } from '../shared/bridge-protocol';

const THOUGHT_CHARS = 120;
const RESULT_CHARS = 100;

/**
 * Turns task progress events into stderr lines, each said once: events repeat the latest step every time an action
 * of it is saved, so the printer remembers how much of each task it has already shown. What the agent waits for is
 * asked by the CLI itself (see answerers.ts).
 */
export class ProgressPrinter {
  private readonly shown = new Map<string, { step: number; actions: number; ended: boolean }>();

  constructor(private readonly write: (line: string) => void) {}

  update(progress: TaskProgress) {
    const seen = this.shown.get(progress.taskId) ?? { step: 0, actions: 0, ended: false };
    if (progress.step > seen.step) {
      const thought = progress.thought ? `: ${oneLine(progress.thought, THOUGHT_CHARS)}` : '';
      this.write(`step ${progress.step}/${progress.maxSteps}${thought}`);
      seen.step = progress.step;
      seen.actions = 0;
    }
    for (const action of progress.actions.slice(seen.actions)) {
      this.write(`  ${action.ok ? '✓' : '✗'} ${action.tool}: ${oneLine(action.result, RESULT_CHARS)}`);
    }
    seen.actions = Math.max(seen.actions, progress.actions.length);
    if (progress.result && !seen.ended) {
      seen.ended = true;
      const { steps, status, message } = progress.result;
      const why = message ? `: ${oneLine(message, THOUGHT_CHARS)}` : '';
      this.write(`${status} after ${steps} step${steps === 1 ? '' : 's'}${why}`);
    }
    this.shown.set(progress.taskId, seen);
  }
}

function oneLine(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}
