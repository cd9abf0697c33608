import { readFile } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { TabwrightClient } from '../sdk/client';
import { TabwrightSdkError } from '../sdk/errors';
import { type RunTaskOptions, type TaskRunResult, toWireOptions } from '../sdk/task-options';
import { type RunCommand, UsageError } from './arguments';
import { ERROR_EXIT_CODE, exitCodeFor, USAGE_EXIT_CODE } from './exit-codes';
import { ProgressPrinter } from './progress';

export interface Output {
  stdout: Writable;
  stderr: Writable;
}

/** `tabwright run`: one task in a fresh session; returns the exit code. */
export async function runCommand(command: RunCommand, output: Output): Promise<number> {
  const say = (line: string) => output.stderr.write(`${line}\n`);
  // Everything that can be checked here is, before a browser is reached or launched.
  const options = await taskOptions(command);
  const printer = new ProgressPrinter(say);
  const client = new TabwrightClient({
    ...(command.token !== undefined ? { token: command.token } : {}),
    ...(command.port !== undefined ? { port: command.port } : {}),
    ...(command.launch === true ? { launch: { headless: !command.headed } } : command.launch === false ? { launch: false } : {}),
    ...(command.model !== undefined ? { model: command.model } : {}),
    ...(command.baseUrl !== undefined ? { baseUrl: command.baseUrl } : {}),
    ...(command.quiet ? {} : { onProgress: (_sessionId, progress) => printer.update(progress) }),
  });
  try {
    if (!command.quiet) say('Connecting to the browser…');
    const result = await client.session({}, (session) => session.runTask(options));
    output.stdout.write(`${JSON.stringify(command.json ? wireResult(result) : result.output, null, 2)}\n`);
    say(`${result.status}${result.message ? ` (${result.message})` : ''}: credits: ${result.creditsUsed.toFixed(2)}, duration: ${result.duration}s, steps: ${result.steps}`);
    return exitCodeFor(result.status);
  } catch (error) {
    if (error instanceof TabwrightSdkError && error.code === 'invalid_option') {
      say(`tabwright: ${error.message}`);
      return USAGE_EXIT_CODE;
    }
    say(`tabwright: ${error instanceof Error ? error.message : String(error)}`);
    return ERROR_EXIT_CODE;
  } finally {
    await client.close();
  }
}

async function taskOptions(command: RunCommand): Promise<RunTaskOptions> {
  const options: RunTaskOptions = {
    task: command.task,
    ...(command.url !== undefined ? { url: command.url } : {}),
    ...(command.metadata ? { metadata: command.metadata } : {}),
    ...(command.maxSteps !== undefined ? { maxSteps: command.maxSteps } : {}),
    ...(command.maxCredits !== undefined ? { maxCredits: command.maxCredits } : {}),
    ...(command.schemaFile !== undefined ? { responseModel: await readSchema(command.schemaFile) } : {}),
  };
  try {
    toWireOptions(options);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  return options;
}

async function readSchema(file: string): Promise<RunTaskOptions['responseModel']> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read the schema file ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    return JSON.parse(text) as RunTaskOptions['responseModel'];
  } catch (error) {
    throw new UsageError(`The schema file ${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
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
