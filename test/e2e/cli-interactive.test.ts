import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRef, lastUserText, type ModelServer, type RecordedRequest, toolUse } from '../support/model-server';
import { signInWithSecret } from '../support/bank-sign-in';
import { clickDeleteAccount } from '../support/account-steps';
import type { PageServer } from '../support/page-server';
import { launchingCliEnv, type ServerRig, startServerRig } from '../support/rig';
import { toolResults } from './actions-harness';

/** The CLI as `npm run build` writes it (package.json "bin"). */
const CLI = resolve(import.meta.dirname, '../../dist-sdk/cli.mjs');
const SECRET = 'pw-Battery-Staple-77';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

interface Started {
  child: ChildProcessWithoutNullStreams;
  /** Everything the process wrote so far (on a pseudo-terminal, stdout and stderr arrive together). */
  seen(): string;
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  done: Promise<Run>;
}

function browserTool(name: string, input: Record<string, unknown>) {
  return toolUse(name, input, { toolset: 'browser' });
}

function shellQuote(word: string): string {
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

function messageCalls(model: ModelServer, from: number): RecordedRequest[] {
  return model.requests.slice(from).filter((request) => request.path === '/v1/messages');
}

describe('tabwright run, asked on a terminal or not', () => {
  let model: ModelServer;
  let pages: PageServer;
  let scratch: string;
  let rig: ServerRig;

  beforeAll(async () => {
    rig = await startServerRig();
    ({ model, pages } = rig);
    scratch = mkdtempSync(join(tmpdir(), 'tabwright-cli-tty-'));
  });

  afterAll(async () => {
    await rig?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  /** A temporary directory of the run's own, to see that the launched browser's profile is removed. */
  function runTmp(name: string): string {
    const dir = join(scratch, name);
    mkdirSync(dir);
    return dir;
  }

  /**
   * Starts the CLI as a person would: on a pseudo-terminal (through util-linux `script`, so stdin is a TTY and
   * Ctrl-C is a keystroke), or with plain pipes (no terminal: a script, cron, CI).
   */
  function tabwright(
    args: string[],
    options: { tty: boolean; tmp: string; env?: Record<string, string | undefined> },
  ): Started {
    const env: Record<string, string | undefined> = { ...launchingCliEnv(model), TMPDIR: options.tmp, ...options.env };
    for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
    // `exec`: the CLI replaces script's shell, as in a person's terminal where the shell is not in the foreground
    // job. Otherwise dash (/bin/sh, CI's shell) also takes the Ctrl-C and dies of it, and `script -e` reports 130.
    const command = `exec ${[process.execPath, CLI, ...args].map(shellQuote).join(' ')}`;
    const child = options.tty
      ? spawn('script', ['-q', '-e', '-c', command, '/dev/null'], { env })
      : spawn(process.execPath, [CLI, ...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const seen = () => stdout + stderr;
    return {
      child,
      seen,
      async waitFor(pattern, timeoutMs = 30_000) {
        const deadline = Date.now() + timeoutMs;
        while (!pattern.test(seen())) {
          if (Date.now() > deadline || child.exitCode !== null)
            throw new Error(`Never saw ${pattern}; saw:\n${seen()}`);
          await new Promise((wait) => setTimeout(wait, 50));
        }
      },
      done: new Promise((finish) => child.once('close', (code) => finish({ code, stdout, stderr }))),
    };
  }

  const deleteStep = clickDeleteAccount();

  it('asks a question and an approval on the terminal, and goes on with the answers', async () => {
    const first = model.requests.length;
    model.script([
      { content: [toolUse('ask_user', { question: 'Which account should go?', choices: ['Personal', 'Work'] })] },
      (request) => {
        expect(toolResults(request)[0]?.text).toContain('Work');
        return deleteStep(request);
      },
      (request) => {
        expect(lastUserText(request)).toContain('The work account was deleted.');
        return { content: [toolUse('done', { success: true, output: 'deleted Work' })] };
      },
    ]);
    const tmp = runTmp('answered');
    const run = tabwright(['run', 'Delete one of my accounts', '--url', pages.url('/account.html')], {
      tty: true,
      tmp,
    });
    await run.waitFor(/The agent asks: Which account should go\?[\s\S]*2\. Work[\s\S]*Your answer: /);
    run.child.stdin.write('2\r');
    await run.waitFor(
      /The agent asks before it may: Click button "Delete account" on http:\/\/127\.0\.0\.1:\d+[\s\S]*Approve\? \[y\]es once, \[a\]lways on this site, \[N\]o: /,
    );
    run.child.stdin.write('y\r');
    const result = await run.done;
    expect(result.stdout).toMatch(/"deleted Work"/);
    expect(result.stdout).toMatch(/success: credits: \d+\.\d{3}, duration: [\d.]+s, steps: 3/);
    expect(result.code).toBe(0);
    expect(messageCalls(model, first)).toHaveLength(3);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('without a terminal, a task that needs an approval ends at once with a status that says why', async () => {
    model.script([deleteStep]);
    const tmp = runTmp('unattended');
    const run = tabwright(['run', 'Delete my work account', '--url', pages.url('/account.html'), '--json'], {
      tty: false,
      tmp,
    });
    const result = await run.done;
    expect(JSON.parse(result.stdout)).toMatchObject({
      status: 'cancelled',
      output: null,
      message: expect.stringMatching(
        /^Stopped: the agent asked for approval to Click button "Delete account".*no one can answer here \(stdin is not a terminal\).*--confirm never/,
      ),
    });
    expect(result.code).toBe(6);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('Ctrl-C cancels the running task: exit 6, and the temporary browser profile is removed', async () => {
    const first = model.requests.length;
    model.script([{ content: [toolUse('done', { success: true, output: 'too late' })], delayMs: 20_000 }]);
    const tmp = runTmp('interrupted');
    const run = tabwright(['run', 'Take your time', '--url', pages.url('/prices.html')], { tty: true, tmp });
    const deadline = Date.now() + 30_000;
    while (messageCalls(model, first).length === 0 && Date.now() < deadline)
      await new Promise((wait) => setTimeout(wait, 50));
    expect(readdirSync(tmp).some((name) => name.startsWith('tabwright-sdk-'))).toBe(true);
    run.child.stdin.write('\x03');
    const result = await run.done;
    expect(result.stdout).toMatch(/Cancelling the task/);
    expect(result.stdout).toMatch(/cancelled \(Cancelled with Ctrl-C\.\): credits: /);
    expect(result.code).toBe(6);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('types a secret from the environment on its allowed site; the model sees only its placeholder', async () => {
    const first = model.requests.length;
    model.script([
      signInWithSecret('bank_password'),
      (request) => {
        expect(lastUserText(request)).toContain('Signed in as ada with <secret>bank_password</secret>');
        return { content: [toolUse('done', { success: true, output: 'signed in' })] };
      },
    ]);
    const run = tabwright(
      [
        'run',
        'Sign in as ada',
        '--url',
        pages.url('/bank/login.html'),
        '--secret',
        `bank_password=BANK_PW@${pages.origin}/bank/*`,
      ],
      { tty: false, tmp: runTmp('secret'), env: { BANK_PW: SECRET } },
    );
    const result = await run.done;
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toBe('signed in');
    const sent = messageCalls(model, first).map((request) => JSON.stringify(request.body));
    expect(sent).toHaveLength(2);
    expect(sent.filter((body) => body.includes(SECRET))).toEqual([]);
  });

  it('uploads a --file, with --confirm never letting the upload through without asking', async () => {
    const tmp = runTmp('file');
    const resume = join(scratch, 'resume.txt');
    writeFileSync(resume, 'Ada CV');
    model.script([
      { content: [browserTool('find', { query: 'Resume file input' })] },
      (request) => ({
        content: [
          browserTool('file_upload', {
            target: { type: 'ref', ref: findRef(toolResults(request)[0]!.text, /"Resume"/) },
            paths: ['resume.txt'],
          }),
        ],
      }),
      (request) => {
        expect(toolResults(request)[0]).toMatchObject({
          isError: false,
          text: expect.stringContaining('resume.txt →'),
        });
        return { content: [toolUse('done', { success: true, output: 'uploaded' })] };
      },
    ]);
    const run = tabwright(
      ['run', 'Upload my resume', '--url', pages.url('/gallery/forms.html'), '--file', resume, '--confirm', 'never'],
      { tty: false, tmp },
    );
    const result = await run.done;
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toBe('uploaded');
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('names ANTHROPIC_API_KEY and --api-key when a launched browser would have no key, before starting one', async () => {
    const tmp = runTmp('no-key');
    const result = await tabwright(['run', 'Anything'], { tty: false, tmp, env: { ANTHROPIC_API_KEY: undefined } })
      .done;
    expect(result.stderr).toMatch(/No Anthropic API key .*ANTHROPIC_API_KEY.*--api-key/);
    expect(result.stderr).not.toMatch(/Settings/);
    expect(result.code).toBe(1);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('refuses an unknown flag with a plain message and exit 2', async () => {
    const result = await tabwright(['run', 'Anything', '--secrett', 'a=B'], { tty: false, tmp: runTmp('bad-flag') })
      .done;
    expect(result.stderr).toMatch(
      /^tabwright: Unknown option --secrett\. Did you mean --secret\? See tabwright --help\./,
    );
    expect(result.stderr).not.toMatch(/positional argument/);
    expect(result.code).toBe(2);
  });
});
