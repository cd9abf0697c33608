import { describe, expect, it } from 'vitest';
import { ProgressPrinter } from '../../../src/cli/progress';
import type { TaskProgress } from '../../../src/shared/bridge-protocol';

const progress = (patch: Partial<TaskProgress>): TaskProgress => ({
  taskId: 't1',
  status: 'running',
  step: 1,
  maxSteps: 8,
  credits_used: 0.1,
  actions: [],
  ...patch,
});

describe('progress lines on stderr', () => {
  it('prints each step and action once, although events repeat the latest step', () => {
    const lines: string[] = [];
    const printer = new ProgressPrinter((line) => lines.push(line));
    printer.update(progress({ thought: 'Open the\nflights page.' }));
    printer.update(
      progress({
        thought: 'Open the\nflights page.',
        actions: [{ tool: 'left_click', ok: true, result: 'Clicked link "Flights"' }],
      }),
    );
    printer.update(
      progress({
        thought: 'Open the\nflights page.',
        actions: [{ tool: 'left_click', ok: true, result: 'Clicked link "Flights"' }],
      }),
    );
    printer.update(progress({ step: 2, actions: [{ tool: 'find', ok: false, result: 'x'.repeat(300) }] }));
    printer.update(progress({ step: 2, actions: [{ tool: 'find', ok: false, result: 'x'.repeat(300) }] }));
    printer.update(
      progress({
        step: 2,
        status: 'success',
        result: { status: 'success', output: 1, credits_used: 0.2, duration: 1, steps: 2 },
      }),
    );
    expect(lines).toEqual([
      'step 1/8: Open the flights page.',
      '  ✓ left_click: Clicked link "Flights"',
      'step 2/8',
      `  ✗ find: ${'x'.repeat(100)}…`,
      'success after 2 steps',
    ]);
  });
});
