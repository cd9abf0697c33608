import { toolError } from '../agent/tool-error';

/**
 * The longest a page may take to answer one request. Reads and actions take well under a second and their own waits
 * (for a list to settle, a page to go quiet) a few; a page whose script never yields would hold the task forever.
 */
export const ANSWER_TIMEOUT_MS = 20_000;

/** A page's answer, or a tool error once it has kept the agent waiting `ms`; a later answer is dropped. */
export function withinAnswerTime<T>(answer: Promise<T>, ms = ANSWER_TIMEOUT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          toolError(
            `The page did not answer within ${ms / 1000} seconds: a script on it keeps it busy. It may answer ` +
              'later; try again, or go to another page.',
          ),
        ),
      ms,
    );
  });
  answer.catch(() => undefined);
  return Promise.race([answer, late]).finally(() => clearTimeout(timer));
}
