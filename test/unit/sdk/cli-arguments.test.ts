import { describe, expect, it } from 'vitest';
import { parseArguments, UsageError } from '../../../src/cli/arguments';
import { exitCodeFor } from '../../../src/cli/exit-codes';

describe('tabwright run arguments', () => {
  it('reads a full command line', () => {
    expect(
      parseArguments([
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
        '--json',
        '--port',
        '18000',
        '--token',
        'abc',
        '--no-launch',
      ]),
    ).toEqual({
      command: 'run',
      task: 'Find the cheapest flight',
      url: 'https://flights.test',
      schemaFile: 'flight.json',
      metadata: { adults: 2, from: 'Berlin', zip: '01234' },
      maxSteps: 12,
      maxCredits: 2.5,
      json: true,
      quiet: false,
      headed: false,
      port: 18000,
      token: 'abc',
      launch: false,
    });
  });

  it('needs only the task', () => {
    expect(parseArguments(['run', 'Say hi'])).toEqual({ command: 'run', task: 'Say hi', json: false, quiet: false, headed: false });
    expect(parseArguments(['run', 'Say hi', '--launch', '--headed'])).toMatchObject({ launch: true, headed: true });
  });

  it('shows the usage when asked, or when given nothing', () => {
    expect(parseArguments([])).toEqual({ command: 'help' });
    expect(parseArguments(['run', 'x', '--help'])).toEqual({ command: 'help' });
  });

  it.each([
    [['run'], /Say what the agent should do/],
    [['go', 'x'], /Unknown command "go"/],
    [['run', 'Find', 'flights'], /one pair of quotes/],
    [['run', 'x', '--max-steps', 'many'], /--max-steps must be a whole number/],
    [['run', 'x', '--max-credits=0'], /--max-credits must be a positive number/],
    [['run', 'x', '--port', '70000'], /--port must be from 1 to 65535/],
    [['run', 'x', '--metadata', 'novalue'], /key=value/],
    [['run', 'x', '--metadata', 'a=1', '--metadata', 'a=2'], /"a" is given twice/],
    [['run', 'x', '--metadata-json', '[1]'], /JSON object/],
    [['run', 'x', '--launch', '--no-launch'], /contradict/],
    [['run', 'x', '--colour'], /Unknown option '--colour'/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseArguments(argv)).toThrow(UsageError);
    expect(() => parseArguments(argv)).toThrow(message);
  });

  it('gives each ending its own exit code', () => {
    const codes = (['success', 'error', 'failed', 'max_steps', 'budget_exceeded', 'cancelled'] as const).map(exitCodeFor);
    expect(codes).toEqual([0, 1, 3, 4, 5, 6]);
  });
});
