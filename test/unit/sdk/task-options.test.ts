import { describe, expect, it } from 'vitest';
import { TabwrightSdkError } from '../../../src/sdk/errors';
import { toTaskRunResult, toWireOptions } from '../../../src/sdk/task-options';

describe('the SDK\'s camelCase options and results', () => {
  it('sends the API\'s names', () => {
    expect(
      toWireOptions({ task: 'Buy milk', url: 'shop.test', maxSteps: 10, metadata: { n: 2 }, responseModel: { type: 'string' }, maxCredits: 3 }),
    ).toEqual({ task: 'Buy milk', url: 'shop.test', max_steps: 10, metadata: { n: 2 }, response_model: { type: 'string' }, max_credits: 3 });
  });

  it('refuses what the extension would refuse, naming the option as the SDK calls it', () => {
    const error = (() => {
      try {
        toWireOptions({ task: 'x', maxSteps: 500 });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(TabwrightSdkError);
    expect(error).toMatchObject({ code: 'invalid_option', field: 'maxSteps' });
    expect(() => toWireOptions({ task: 'x', max_steps: 5 } as never)).toThrow(/Unknown option "max_steps"/);
    expect(() => toWireOptions({ task: ' ' })).toThrow(/Task is required/);
  });

  it('returns results in camelCase', () => {
    expect(toTaskRunResult({ status: 'max_steps', output: null, credits_used: 1.5, duration: 9.2, steps: 8, message: 'Stopped' })).toEqual({
      status: 'max_steps',
      output: null,
      creditsUsed: 1.5,
      duration: 9.2,
      steps: 8,
      message: 'Stopped',
    });
  });
});
