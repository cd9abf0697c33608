import { describe, expect, it } from 'vitest';
import { interruptedTaskEnd } from '../../../src/background/session/interrupted-task';

const steps = (n: number) => Array.from({ length: n }, () => ({}) as never);

describe('a task a worker restart cut off', () => {
  it("resumes from the person's panel when its last step was saved and its tab is open", () => {
    expect(interruptedTaskEnd({ steps: steps(2) }, { saved: true, tabOpen: true })).toBeUndefined();
  });

  it('ends as an error that says why when it cannot resume', () => {
    expect(interruptedTaskEnd({ steps: steps(3) }, { saved: true, tabOpen: false })).toEqual({
      status: 'error',
      message:
        "Interrupted: the browser stopped Tabwright's background worker during step 3 and the task could not be " +
        'resumed (its tab is closed). Run it again.',
    });
    expect(interruptedTaskEnd({ steps: steps(0) }, { saved: false, tabOpen: true })?.status).toBe('error');
  });

  it('is stopped, not resumed, when a script started it: the restart cut the script off, and nobody awaits it', () => {
    expect(interruptedTaskEnd({ sessionId: 's1', steps: steps(1) }, { saved: true, tabOpen: true })).toEqual({
      status: 'cancelled',
      message:
        "Stopped: the browser stopped Tabwright's background worker during step 1, which cut off the script that " +
        'started this task (its runTask ended with "The browser disconnected…"). Run it again from the script.',
    });
  });
});
