import type { OptionFlag } from '../shared/task-options';
import { OPTION_SPECS } from '../shared/task-options';
import { COMMAND_FLAGS, SERVE_FLAGS } from './arguments';

const COLUMN = 34;

function lines(flags: readonly OptionFlag[]): string {
  return flags
    .map((flag) => {
      const left = `  --${flag.flag}${flag.arg ? ` ${flag.arg}` : ''}`;
      return left.length < COLUMN ? `${left.padEnd(COLUMN)}${flag.help}` : `${left}\n${' '.repeat(COLUMN)}${flag.help}`;
    })
    .join('\n');
}

/** The help text, with the task flags listed from the option table. */
export const USAGE = `Usage: tabwright run "<task>" [options]
       tabwright serve [--port N] [--local-key KEY] [browser options]

Runs one task with the Tabwright agent in a browser ("-" as the task reads it from stdin).
Prints the task's output as JSON on stdout; progress, then a line with the status, credits
and duration, go to stderr. On a terminal, approvals and the agent's questions are asked
there; without one, a task that needs an answer ends (status cancelled) instead of waiting.
Ctrl-C cancels the task.

Task:
${lines(OPTION_SPECS.flatMap((spec) => spec.flags))}

Output and browser:
${lines(COMMAND_FLAGS)}

Secret values never go on the command line: --secret reads an environment variable,
--secret-file a file.

Serve (the hosted agent API's v1 on 127.0.0.1, for scripts written with its Python or TypeScript SDK):
  --port N                          the API's port (default 17374; 0: a free one)
${lines(SERVE_FLAGS)}
  --confirm never|sensitive|always  which actions of every task wait for an answer (your own browser asks in its
                                    panel; a launched browser denies them)
  and the browser options above (--token, --launch, --no-launch, --headed, --model, --base-url, --api-key,
  --allow-javascript).

Exit status: 0 success, 1 error, 2 bad arguments, 3 failed, 4 max_steps, 5 budget_exceeded, 6 cancelled.
`;
