import type { Writable } from 'node:stream';
import { creditDecimals } from '../shared/credits-display';
import { TabwrightClient } from '../sdk/client';
import { TabwrightSdkError } from '../sdk/errors';
import type { TaskRun } from '../sdk/session';
import { prepareTask, type RunTaskOptions, type TaskRunResult } from '../sdk/task-options';
import { type RunCommand, UsageError } from './arguments';
import { ERROR_EXIT_CODE, exitCodeFor, USAGE_EXIT_CODE } from './exit-codes';
import { ProgressPrinter } from './progress';
import { cliAnswerers } from './answerers';
import { taskOptionsFromFlags } from './task-flags';
import { clientOptions } from './client-options';

export interface Output {
  stdout: Writable;
  stderr: Writable;
}

export interface Terminal {
  /** Whether a person can answer on stdin (a TTY). */
  interactive: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

const CANCELLED_EXIT_CODE = exitCodeFor('cancelled');
const CANCELLING_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** `tabwright run`: one task in a fresh session; returns the exit code. */
export async function runCommand(command: RunCommand, output: Output, terminal: Terminal): Promise<number> {
  const say = (line: string) => output.stderr.write(`${line}\n`);
  // Everything that can be checked here is, before a browser is reached or launched.
  const flagged = await taskOptionsFromFlags(command.task, command.taskFlags, terminal.env);
  let run: TaskRun | undefined;
  const answerers = cliAnswerers(terminal.interactive, say, () => run);
  const options: RunTaskOptions = {
    ...flagged,
    confirm: { ...(typeof flagged.confirm === 'string' ? { policy: flagged.confirm } : {}), ask: answerers.confirm },
    onQuestion: answerers.onQuestion,
  };
  try {
    await prepareTask(options);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const printer = new ProgressPrinter(say);
  const client = new TabwrightClient({
    ...clientOptions(command, command.port),
    ...(command.quiet ? {} : { onProgress: (_sessionId, progress) => printer.update(progress) }),
  });

  // Ctrl-C cancels the task, which ends with status cancelled; the browser and its temporary profile are then closed
  // as on any ending. A second Ctrl-C quits at once (the launcher's exit hook still removes the profile). SIGTERM
  // (kill, timeout, a CI job cancelled) and SIGHUP (the terminal closed) do the same: by default they would end the
  // process at once, leaving the task running in your browser, or a launched browser's profile behind.
  let interrupted = false;
  const interrupt = (signal: NodeJS.Signals = 'SIGINT') => {
    if (interrupted) process.exit(CANCELLED_EXIT_CODE);
    interrupted = true;
    say(`Cancelling the task… (${signal === 'SIGINT' ? 'Ctrl-C' : signal} again to quit at once)`);
    void run?.cancel(signal === 'SIGINT' ? 'Cancelled with Ctrl-C.' : `Cancelled: tabwright received ${signal}.`);
  };
  for (const signal of CANCELLING_SIGNALS) process.on(signal, interrupt);
  try {
    if (!command.quiet) say('Connecting to the browser…');
    const result = await client.session({}, async (session) => {
      if (interrupted) return undefined;
      // With no terminal, your own browser's side panel can still answer; a launched browser has no one to ask.
      const panelAnswers = !terminal.interactive && !session.inLaunchedBrowser;
      if (panelAnswers) say("No terminal here: the agent's approvals and questions wait for you in Tabwright's panel.");
      run = session.runTask(panelAnswers ? flagged : options);
      return await run;
    });
    if (!result) {
      say('cancelled before the task started.');
      return CANCELLED_EXIT_CODE;
    }
    output.stdout.write(`${JSON.stringify(command.json ? wireResult(result) : result.output, null, 2)}\n`);
    const credits = result.creditsUsed.toFixed(creditDecimals(result.creditsUsed));
    say(
      `${result.status}${result.message ? ` (${result.message})` : ''}: credits: ${credits}, duration: ${result.duration}s, steps: ${result.steps}`,
    );
    return exitCodeFor(result.status);
  } catch (error) {
    if (error instanceof TabwrightSdkError && error.code === 'invalid_option') {
      say(`tabwright: ${error.message}`);
      return USAGE_EXIT_CODE;
    }
    say(`tabwright: ${error instanceof Error ? error.message : String(error)}`);
    return interrupted ? CANCELLED_EXIT_CODE : ERROR_EXIT_CODE;
  } finally {
    await client.close();
    for (const signal of CANCELLING_SIGNALS) process.off(signal, interrupt);
  }
}

/** The result as the API names it. */
function wireResult(result: TaskRunResult) {
  return {
    status: result.status,
    output: result.output,
    credits_used: result.creditsUsed,
    duration: result.duration,
    steps: result.steps,
    ...(result.message ? { message: result.message } : {}),
  };
}
