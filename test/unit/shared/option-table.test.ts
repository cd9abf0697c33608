import { describe, expect, it } from 'vitest';
import { parseArguments } from '../../../src/cli/arguments';
import { USAGE } from '../../../src/cli/usage';
import { parseBridgeRequest } from '../../../src/shared/bridge-protocol';
import { TabwrightError } from '../../../src/shared/errors';
import {
  OPTION_SPECS,
  parseTaskOptions,
  specBySdkName,
  specByWireName,
  TASK_OPTIONS,
} from '../../../src/shared/task-options';
import { prepareTask } from '../../../src/sdk/task-options';
import { EMPTY_FORM, fieldOfOption } from '../../../src/ui/components/form-values';
import { confirmationPolicyOf, withSettingsDefaults } from '../../../src/background/session/task-defaults';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';

describe('one table of task options, from which every surface derives', () => {
  it('gives every option one wire name and one SDK name, each found back from the other', () => {
    expect(OPTION_SPECS.map((spec) => spec.wire)).toEqual(Object.keys(TASK_OPTIONS));
    expect(new Set(OPTION_SPECS.map((spec) => spec.sdk)).size).toBe(OPTION_SPECS.length);
    for (const spec of OPTION_SPECS) {
      expect(specByWireName(spec.wire)).toBe(spec);
      expect(specBySdkName(spec.sdk)).toBe(spec);
    }
    expect(specByWireName('constructor')).toBeUndefined();
    expect(specBySdkName('__proto__')).toBeUndefined();
  });

  it('lists every CLI flag in the usage and accepts it on the command line', () => {
    for (const spec of OPTION_SPECS) {
      for (const flag of spec.flags) {
        expect(USAGE).toContain(`--${flag.flag} ${flag.arg}`);
        const command = parseArguments(['run', 'x', `--${flag.flag}`, 'value']);
        expect(command.command === 'run' && command.taskFlags.get(flag.flag)).toEqual(['value']);
      }
    }
  });

  it('names the panel form fields after the SDK names, so a worker error lands on its field', () => {
    // The policy is a Setting in the panel, and custom tools are functions a script runs: neither is a form field.
    const inForm = OPTION_SPECS.filter((spec) => spec.wire !== 'confirmation_policy' && spec.wire !== 'custom_tools');
    for (const spec of inForm) expect(fieldOfOption(spec.wire)).toBe(spec.sdk);
    expect(Object.keys(EMPTY_FORM).sort()).toEqual(inForm.map((spec) => spec.sdk).sort());
    expect(fieldOfOption('confirmation_policy')).toBeUndefined();
    expect(fieldOfOption('custom_tools')).toBeUndefined();
    expect(fieldOfOption('toString')).toBeUndefined();
  });

  it('sends from the SDK exactly the wire names the worker parses', async () => {
    const sdk = {
      task: 't',
      url: 'a.test',
      maxSteps: 5,
      metadata: {},
      responseModel: {},
      maxCredits: 1,
      allowedUrls: ['a.test'],
      secrets: { s: { value: 'abcd', allowedUrls: ['a.test'] } },
      files: [{ name: 'f', data: Buffer.from('x') }],
      confirm: 'always' as const,
      tools: [{ name: 'lookup', inputSchema: { type: 'object' }, run: () => 1 }],
    };
    expect(Object.keys(sdk).sort()).toEqual(OPTION_SPECS.map((spec) => spec.sdk).sort());
    const { wire } = await prepareTask(sdk);
    expect(Object.keys(wire).sort()).toEqual(OPTION_SPECS.map((spec) => spec.wire).sort());
    expect(Object.keys(parseTaskOptions(wire)).sort()).toEqual(Object.keys(wire).sort());
  });

  it('refuses a bad value with the option named and the rule said', () => {
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [
        { confirmation_policy: 'sometimes' },
        'confirmation_policy',
        /one of never, sensitive, always \(got "sometimes"\)/,
      ],
      [{ allowed_urls: 'a.test' }, 'allowed_urls', /non-empty list of URL patterns/],
      // A pattern the guards could not read is refused here, before a browser is even reached.
      [{ allowed_urls: ['shop.example', 'sh*p.example'] }, 'allowed_urls', /"sh\*p.example" is not valid/],
      [{ allowed_urls: ['*.com'] }, 'allowed_urls', /"\*.com" is too broad/],
      [
        { secrets: { pin: { value: '1234', allowedUrls: ['ftp://bank.example/'] } } },
        'secrets',
        /^Secret "pin": Allowed URL pattern "ftp:\/\/bank.example\/" is not allowed: only http and https/,
      ],
      [{ secrets: { pin: '1234' } }, 'secrets', /Secret "pin" needs a text "value"/],
      [{ secrets: { pin: { value: '1234', allowedUrls: [] } } }, 'secrets', /Secret "pin" needs "allowedUrls"/],
      [{ secrets: { pin: { value: '1234', allowedUrls: ['a'], note: 1 } } }, 'secrets', /unknown field "note"/],
      [{ files: [{ name: 'a' }] }, 'files', /list of \{ name, type, data \(base64\), purpose\? \(text\) \}/],
    ];
    for (const [options, field, message] of cases) {
      let error: unknown;
      try {
        parseTaskOptions({ task: 't', ...options });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(TabwrightError);
      expect(error).toMatchObject({ field, message: expect.stringMatching(message) });
    }
  });
});

describe("Settings' defaults, applied by the worker alone", () => {
  it('fills what the task left out, and never overrides what it gave', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      defaultMaxSteps: 12,
      defaultMaxCredits: 4,
      allowedDomains: ['example.com'],
      confirmationPolicy: 'always' as const,
    };
    const filled = withSettingsDefaults({ task: 't' }, settings);
    expect(filled).toEqual({ task: 't', max_steps: 12, max_credits: 4, allowed_urls: ['*.example.com'] });
    expect(confirmationPolicyOf(filled, settings)).toBe('always');
    const given = {
      task: 't',
      max_steps: 3,
      max_credits: 1,
      allowed_urls: ['a.test'],
      confirmation_policy: 'never' as const,
    };
    expect(withSettingsDefaults(given, settings)).toEqual(given);
    expect(confirmationPolicyOf(given, settings)).toBe('never');
    expect(withSettingsDefaults({ task: 't' }, DEFAULT_SETTINGS)).toEqual({ task: 't', max_steps: 32 });
  });

  it("keeps the confirmation policy out of the task's options, so a re-run follows the current Settings", () => {
    const ran = withSettingsDefaults({ task: 't' }, { ...DEFAULT_SETTINGS, confirmationPolicy: 'never' });
    expect(confirmationPolicyOf(ran, { ...DEFAULT_SETTINGS, confirmationPolicy: 'always' })).toBe('always');
  });
});

describe('the bridge methods a script answers and cancels with', () => {
  const sessionId = '0b8f3c1e-2d4a-4f6b-9c7d-1e2f3a4b5c6d';
  it('accepts an answer, a decision, a decline, and a cancel with its reason', () => {
    for (const reply of [
      { answer: 'blue' },
      { approved: true, remember: true },
      { approved: false },
      { declined: true },
    ]) {
      expect(
        parseBridgeRequest({
          id: 1,
          method: 'session.answer',
          params: { sessionId, taskId: sessionId, requestId: 'confirm-1-1', reply },
        }),
      ).toMatchObject({
        params: { reply },
      });
    }
    expect(
      parseBridgeRequest({ id: 2, method: 'session.cancel', params: { sessionId, reason: 'Enough.' } }),
    ).toMatchObject({ params: { sessionId, reason: 'Enough.' } });
  });

  it('refuses replies of any other shape', () => {
    for (const reply of [
      { answer: 3 },
      { approved: 'yes' },
      { declined: false },
      { answer: 'a', approved: true },
      'yes',
    ]) {
      expect(
        parseBridgeRequest({
          id: 1,
          method: 'session.answer',
          params: { sessionId, taskId: sessionId, requestId: 'r', reply },
        }),
      ).toMatchObject({
        problem: expect.stringMatching(/"reply" must be/),
      });
    }
    expect(
      parseBridgeRequest({
        id: 1,
        method: 'session.answer',
        params: { sessionId, taskId: 'a b', requestId: 'r', reply: { declined: true } },
      }),
    ).toMatchObject({
      problem: expect.stringMatching(/ids/),
    });
    expect(
      parseBridgeRequest({ id: 1, method: 'session.cancel', params: { sessionId, reason: 'x'.repeat(501) } }),
    ).toMatchObject({ problem: expect.stringMatching(/500/) });
  });
});
