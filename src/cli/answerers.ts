import type { TaskRun } from '../sdk/session';
import type { ConfirmAnswer, ConfirmCallback, QuestionCallback } from '../sdk/task-options';
import { askLine } from './terminal-prompt';

const ANSWERS = new Map<string, ConfirmAnswer>([
  ['y', 'approve'],
  ['yes', 'approve'],
  ['a', 'always-for-site'],
  ['always', 'always-for-site'],
]);

/**
 * Who answers the agent for the CLI: the person at the terminal, or, with no terminal (a pipe, cron, CI) in a
 * launched browser, nobody: then a task that needs an answer is cancelled with a status that says why, instead of
 * waiting for one. (On your own browser without a terminal the CLI passes no answerers: the panel answers.)
 */
export function cliAnswerers(
  interactive: boolean,
  say: (line: string) => void,
  currentRun: () => TaskRun | undefined,
): { confirm: ConfirmCallback; onQuestion: QuestionCallback } {
  if (!interactive) {
    const end = (what: string) => {
      void currentRun()?.cancel(
        `Stopped: the agent ${what}, and no one can answer here (stdin is not a terminal). ` +
          'Run it on a terminal or on your own browser (its panel answers), or allow such actions with --confirm never.',
      );
    };
    return {
      confirm: async (request) => {
        end(`asked for approval to ${request.action}`);
        return 'deny';
      },
      onQuestion: async (request) => {
        end(`asked "${request.question}"`);
        return undefined;
      },
    };
  }
  return {
    confirm: async (request, { signal }) => {
      say(`\nThe agent asks before it may: ${request.action}`);
      if (request.reason) say(`  why it asks: ${request.reason}`);
      if (request.intent) say(`  the agent's intent: ${request.intent}`);
      const answer = await askLine('Approve? [y]es once, [a]lways on this site, [N]o: ', signal);
      return ANSWERS.get((answer ?? '').trim().toLowerCase()) ?? 'deny';
    },
    onQuestion: async (request, { signal }) => {
      say(`\nThe agent asks: ${request.question}`);
      for (const [index, choice] of (request.choices ?? []).entries()) say(`  ${index + 1}. ${choice}`);
      const answer = (await askLine('Your answer: ', signal))?.trim();
      if (!answer) return undefined;
      const chosen = /^\d+$/.test(answer) ? request.choices?.[Number(answer) - 1] : undefined;
      return chosen ?? answer;
    },
  };
}
