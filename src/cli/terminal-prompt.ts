import { createInterface } from 'node:readline';

/**
 * Asks one line on the terminal (prompt on stderr, so stdout keeps only the output). Resolves undefined when `signal`
 * aborts (the question was answered elsewhere, or the task ended). Ctrl-C while asking still cancels the task.
 */
export function askLine(prompt: string, signal: AbortSignal): Promise<string | undefined> {
  return new Promise((resolve) => {
    const line = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const finish = (answer: string | undefined) => {
      signal.removeEventListener('abort', onAbort);
      line.close();
      resolve(answer);
    };
    const onAbort = () => {
      process.stderr.write('\n(answered elsewhere)\n');
      finish(undefined);
    };
    signal.addEventListener('abort', onAbort);
    line.on('SIGINT', () => {
      finish(undefined);
      process.emit('SIGINT');
    });
    line.question(prompt, (answer) => finish(answer));
  });
}
