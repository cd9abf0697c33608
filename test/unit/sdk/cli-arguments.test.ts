import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { parseArguments, type RunCommand, type ServeCommand, UsageError } from '../../../src/cli/arguments';
import { taskFromStdin } from '../../../src/cli/stdin-task';
import { clientOptions } from '../../../src/cli/client-options';
import { exitCodeFor } from '../../../src/cli/exit-codes';
import { taskOptionsFromFlags } from '../../../src/cli/task-flags';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('tabwright run arguments', () => {
  it('reads a full command line: task flags as typed, by flag, for the option table to convert', () => {
    const command = parseArguments([
      'run',
      'Find the cheapest flight',
      '--url',
      'https://flights.test',
      '--schema',
      'flight.json',
      '--metadata',
      'from=Berlin',
      '--metadata',
      'zip=01234',
      '--metadata-json',
      '{"adults": 2}',
      '--max-steps',
      '12',
      '--max-credits',
      '2.5',
      '--secret',
      'pin=BANK_PIN@https://bank.test/*',
      '--allowed-url',
      '*.flights.test',
      '--file',
      'cv.pdf',
      '--confirm',
      'always',
      '--json',
      '--port',
      '18000',
      '--token',
      'abc',
      '--no-launch',
    ]);
    expect(command).toMatchObject({
      command: 'run',
      task: 'Find the cheapest flight',
      json: true,
      quiet: false,
      headed: false,
      port: 18000,
      token: 'abc',
      launch: false,
    });
    expect(command.command === 'run' && Object.fromEntries(command.taskFlags)).toEqual({
      url: ['https://flights.test'],
      schema: ['flight.json'],
      metadata: ['from=Berlin', 'zip=01234'],
      'metadata-json': ['{"adults": 2}'],
      'max-steps': ['12'],
      'max-credits': ['2.5'],
      secret: ['pin=BANK_PIN@https://bank.test/*'],
      'allowed-url': ['*.flights.test'],
      file: ['cv.pdf'],
      confirm: ['always'],
    });
  });

  it('needs only the task', () => {
    expect(parseArguments(['run', 'Say hi'])).toEqual({
      command: 'run',
      task: 'Say hi',
      taskFlags: new Map(),
      json: false,
      quiet: false,
      headed: false,
      allowJavaScript: false,
    });
    expect(parseArguments(['run', 'Say hi', '--launch', '--headed'])).toMatchObject({ launch: true, headed: true });
  });

  it('reads the browser flags the same way for run and serve', () => {
    const flags = [
      '--headed',
      '--allow-javascript',
      '--model',
      'm',
      '--base-url',
      'http://127.0.0.1:9/',
      '--token',
      't',
    ];
    const run = parseArguments(['run', 'Say hi', ...flags, '--port', '17000']);
    const serve = parseArguments(['serve', ...flags, '--bridge-port', '17000']);
    const browser = { headed: true, allowJavaScript: true, model: 'm', baseUrl: 'http://127.0.0.1:9/', token: 't' };
    expect(run).toMatchObject({ ...browser, port: 17000 });
    expect(serve).toMatchObject({ ...browser, bridgePort: 17000 });
    const options = clientOptions(run as RunCommand, 17000);
    expect(options).toEqual(clientOptions(serve as ServeCommand, 17000));
    expect(options).toEqual({
      token: 't',
      port: 17000,
      launch: { headless: false },
      model: 'm',
      baseUrl: 'http://127.0.0.1:9/',
      allowJavaScript: true,
    });
  });

  it.each([
    [[], {}],
    [['--launch'], { launch: { headless: true } }],
    [['--no-launch'], { launch: false }],
    [['--headed'], { launch: { headless: false } }],
    [['--launch', '--headed'], { launch: { headless: false } }],
  ])('chooses the browser for %j', (flags, expected) => {
    expect(clientOptions(parseArguments(['run', 'x', ...flags]) as RunCommand, undefined)).toEqual(expected);
  });

  it('shows the usage when asked, or when given nothing', () => {
    expect(parseArguments([])).toEqual({ command: 'help' });
    expect(parseArguments(['run', 'x', '--help'])).toEqual({ command: 'help' });
    expect(parseArguments(['--version'])).toEqual({ command: 'version' });
  });

  it.each([
    [['run'], /Say what the agent should do/],
    [['go', 'x'], /Unknown command "go"/],
    [['run', 'Find', 'flights'], /one pair of quotes/],
    [['run', 'x', '--port', '70000'], /--port must be from 1 to 65535/],
    [['run', 'x', '--launch', '--no-launch'], /contradict/],
    [['run', 'x', '--colour'], /^Unknown option --colour\. See tabwright --help\.$/],
    [['run', 'x', '--alowed-url', 'a'], /^Unknown option --alowed-url\. Did you mean --allowed-url\?/],
    [['run', 'x', '--url'], /^--url needs a value\.$/],
    [
      ['run', 'x', '--max-credits', '-3'],
      /^--max-credits needs a value; one that starts with "-" is written --max-credits=-…$/,
    ],
    [['run', 'x', '--json=yes'], /^--json takes no value\.$/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseArguments(argv)).toThrow(UsageError);
    expect(() => parseArguments(argv)).toThrow(message);
  });

  it.each([
    [['--max-steps', 'many'], {}, /--max-steps must be a whole number/],
    [['--max-credits=0'], {}, /--max-credits must be a positive number/],
    [['--metadata', 'novalue'], {}, /key=value/],
    [['--metadata', 'a=1', '--metadata', 'a=2'], {}, /"a" is given twice/],
    [['--metadata-json', '[1]'], {}, /JSON object/],
    [['--secret', 'pin=PIN'], { PIN: '1234' }, /Secret "pin" needs the sites where it may be typed/],
    [['--secret', 'pin=PIN@bank.test'], {}, /the environment variable PIN is not set/],
    [
      ['--secret', 'pin=hunter2!@bank.test'],
      {},
      /name of an environment variable that holds the value, not the value itself/,
    ],
    [['--secret', 'noequals'], {}, /--secret takes NAME=ENVVAR/],
    [['--secret-file', 'pin=/nonexistent/pin@bank.test'], {}, /Secret "pin": cannot read \/nonexistent\/pin/],
  ])('refuses the task flags %j', async (flags, env, message) => {
    const command = parseArguments(['run', 'x', ...flags]);
    if (command.command !== 'run') throw new Error('expected run');
    await expect(taskOptionsFromFlags('x', command.taskFlags, env)).rejects.toThrow(message);
  });

  it('turns the task flags into SDK options; secrets come from the environment or a file, never from argv', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tw-cli-'));
    writeFileSync(join(dir, 'token'), 'file-secret-value\n');
    const command = parseArguments([
      'run',
      'x',
      '--secret',
      'pin=BANK_PIN@https://bank.test/*,https://m.bank.test/*',
      '--secret-file',
      `token=${join(dir, 'token')}`,
      '--allowed-url',
      '*.bank.test',
      '--file',
      'cv.pdf',
      '--confirm',
      'never',
      '--metadata',
      'toString=x',
      '--max-steps',
      '9',
    ]);
    if (command.command !== 'run') throw new Error('expected run');
    expect(await taskOptionsFromFlags('x', command.taskFlags, { BANK_PIN: 'pin-from-env' })).toEqual({
      task: 'x',
      maxSteps: 9,
      metadata: { toString: 'x' },
      allowedUrls: ['*.bank.test'],
      secrets: {
        pin: { value: 'pin-from-env', allowedUrls: ['https://bank.test/*', 'https://m.bank.test/*'] },
        token: { value: 'file-secret-value', allowedUrls: ['*.bank.test'] },
      },
      files: ['cv.pdf'],
      confirm: 'never',
    });
  });

  it('gives each ending its own exit code', () => {
    const codes = (['success', 'error', 'failed', 'max_steps', 'budget_exceeded', 'cancelled'] as const).map(
      exitCodeFor,
    );
    expect(codes).toEqual([0, 1, 3, 4, 5, 6]);
  });
});

describe('the task from stdin ("-")', () => {
  it('reads the whole input, and refuses a terminal or an empty input instead of running "-"', async () => {
    expect(await taskFromStdin(Readable.from(['  Find the cheapest\n', 'flight.\n']))).toBe(
      'Find the cheapest\nflight.',
    );
    await expect(taskFromStdin(Object.assign(Readable.from([]), { isTTY: true }))).rejects.toThrow(/pipe it in/);
    await expect(taskFromStdin(Readable.from(['  \n']))).rejects.toThrow(UsageError);
  });
});
