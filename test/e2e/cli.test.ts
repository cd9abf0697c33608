import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastUserText, type ModelServer, type RecordedRequest, toolUse } from '../support/model-server';
import { toolResults } from './actions-harness';
import type { PageServer } from '../support/page-server';
import { launchingCliEnv, type ServerRig, startServerRig } from '../support/rig';

const packageVersion = (
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as {
    version: string;
  }
).version;
/** The CLI as `npm run build` writes it (package.json "bin"). */
const CLI = resolve(import.meta.dirname, '../../dist-sdk/cli.mjs');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

describe('tabwright run', () => {
  let model: ModelServer;
  let pages: PageServer;
  let scratch: string;

  let rig: ServerRig;

  beforeAll(async () => {
    rig = await startServerRig();
    ({ model, pages } = rig);
    scratch = mkdtempSync(join(tmpdir(), 'tabwright-cli-'));
  });

  afterAll(async () => {
    await rig?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  /** Runs the CLI the way a person would; it launches its own Chromium (no token) pointed at the scripted model. */
  function tabwright(args: string[], stdin?: string): Promise<Run> {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: launchingCliEnv(model),
    });
    if (stdin !== undefined) child.stdin.end(stdin);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    return new Promise((done) => child.once('close', (code) => done({ code, stdout, stderr })));
  }

  it('prints the validated output as JSON, progress and then credits and duration on stderr, and exits 0', async () => {
    const schemaFile = join(scratch, 'flight.json');
    writeFileSync(
      schemaFile,
      // Declaring the current dialect, as zod 4 and many hand-written schema files do.
      JSON.stringify({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        type: 'object',
        properties: { flight: { type: 'string' }, price: { type: 'number' } },
        required: ['flight', 'price'],
      }),
    );
    model.script([
      (request) => {
        expect(lastUserText(request)).toMatch(/<metadata>[^<]*"currency": "EUR"/);
        expect(lastUserText(request)).toMatch(/<metadata>[^<]*"adults": 2/);
        expect(lastUserText(request)).toContain('TW 205');
        return {
          content: [
            toolUse('done', { success: true, output: { flight: 'TW 205', price: 89 }, message: 'Cheapest of three.' }),
          ],
        };
      },
    ]);
    const run = await tabwright([
      'run',
      'Find the cheapest flight',
      '--url',
      pages.url('/prices.html'),
      '--schema',
      schemaFile,
      '--metadata',
      'currency=EUR',
      '--metadata-json',
      '{"adults": 2}',
      '--max-steps',
      '5',
    ]);
    expect(run.stderr).toMatch(/step 1\/5/);
    expect(run.stderr).toMatch(/success after 1 step: Cheapest of three\./);
    expect(run.stderr).toMatch(/success \(Cheapest of three\.\): credits: \d+\.\d{3}, duration: [\d.]+s, steps: 1\n$/);
    expect(JSON.parse(run.stdout)).toEqual({ flight: 'TW 205', price: 89 });
    expect(run.code).toBe(0);
  });

  it('prints the whole result with --json and exits with the code of the status; "-" reads the task from stdin', async () => {
    let prompt = '';
    model.script([
      (request) => {
        prompt = lastUserText(request);
        return { content: [toolUse('done', { success: false, message: 'There is no flight to Mars.' })] };
      },
    ]);
    const run = await tabwright(
      ['run', '-', '--url', pages.url('/prices.html'), '--json', '--quiet'],
      'Book a flight to Mars,\nwindow seat "if possible".\n',
    );
    expect(prompt).toContain('<task>\nBook a flight to Mars,\nwindow seat "if possible".\n</task>');
    expect(JSON.parse(run.stdout)).toEqual({
      status: 'failed',
      output: null,
      credits_used: expect.any(Number),
      duration: expect.any(Number),
      steps: 1,
      message: 'There is no flight to Mars.',
    });
    expect(run.stderr).not.toMatch(/step 1/);
    expect(run.code).toBe(3);
  });

  it('cancels the task on SIGTERM (kill, timeout, a cancelled CI job) as on Ctrl-C, leaving no profile behind', async () => {
    const tmp = mkdtempSync(join(scratch, 'tmp-'));
    const calls = () => model.requests.filter((request) => request.path === '/v1/messages');
    const asked = calls().length;
    model.script([{ content: [toolUse('done', { success: true, output: 'too late' })], delayMs: 20_000 }]);
    const child = spawn(process.execPath, [CLI, 'run', 'Take your time', '--url', pages.url('/prices.html')], {
      env: { ...launchingCliEnv(model), TMPDIR: tmp },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const exited = new Promise<number | null>((done) => child.once('close', (code) => done(code)));
    await expect.poll(() => calls().length > asked, { timeout: 30_000, interval: 50 }).toBe(true);
    child.kill('SIGTERM');
    expect(await exited).toBe(6);
    expect(stderr).toMatch(/cancelled \(Cancelled: tabwright received SIGTERM\.\): credits: /);
    // The model request in flight was dropped, and the launched browser's temporary profile removed.
    expect(calls().at(-1)!.aborted).toBe(true);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('runs page scripts in the browser it launches only with --allow-javascript', async () => {
    const script = { content: [toolUse('javascript_exec', { text: 'document.title' }, { toolset: 'browser' })] };
    const answer = (request: RecordedRequest) => {
      const result = toolResults(request)[0]?.text ?? '';
      return { content: [toolUse('done', { success: true, output: result })] };
    };
    const args = ['run', 'Read the title', '--url', pages.url('/prices.html'), '--confirm', 'never', '--quiet'];
    model.script([script, answer]);
    const off = await tabwright(args);
    expect(JSON.parse(off.stdout)).toMatch(/'javascript_exec' action is not/);
    expect(JSON.parse(off.stdout)).not.toContain('Flights');
    model.script([script, answer]);
    const on = await tabwright([...args, '--allow-javascript']);
    expect(JSON.parse(on.stdout)).toContain('Flights');
    expect(on.code).toBe(0);
  });

  it('refuses bad arguments with exit code 2, before any browser starts', async () => {
    const requests = model.requests.length;
    const version = await tabwright(['--version']);
    expect(version).toMatchObject({ code: 0, stdout: `tabwright ${packageVersion}\n` });
    const tooMany = await tabwright(['run', 'Anything', '--max-steps', '500']);
    expect(tooMany.code).toBe(2);
    expect(tooMany.stderr).toMatch(/Max steps must be a whole number from 2 to 128/);
    const noSchema = await tabwright(['run', 'Anything', '--schema', join(scratch, 'missing.json')]);
    expect(noSchema.code).toBe(2);
    expect(noSchema.stderr).toMatch(/Cannot read the schema file/);
    expect(model.requests.length).toBe(requests);
  });
});
