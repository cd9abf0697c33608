import { readFileSync } from 'node:fs';
import { parseArguments, UsageError } from './arguments';
import { USAGE_EXIT_CODE } from './exit-codes';
import { runCommand } from './run-command';
import { serveCommand } from './serve-command';
import { STDIN_TASK, taskFromStdin } from './stdin-task';
import { USAGE } from './usage';

/** The `tabwright` command. The exit code is set rather than forced, so stdout is flushed before the process ends. */
async function main(argv: readonly string[]): Promise<number> {
  try {
    const command = parseArguments(argv);
    if (command.command === 'help') {
      process.stdout.write(USAGE);
      return 0;
    }
    if (command.command === 'version') {
      process.stdout.write(`tabwright ${packageVersion()}\n`);
      return 0;
    }
    const output = { stdout: process.stdout, stderr: process.stderr };
    if (command.command === 'serve') return await serveCommand(command, output);
    if (command.task === STDIN_TASK) command.task = await taskFromStdin(process.stdin);
    return await runCommand(command, output, { interactive: process.stdin.isTTY === true, env: process.env });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`tabwright: ${error.message}\n\n${USAGE}`);
    return USAGE_EXIT_CODE;
  }
}

/** The package's own package.json sits beside the bundle's folder (dist-sdk/), in the repository and when installed. */
function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

process.exitCode = await main(process.argv.slice(2));
