import { describe, expect, it } from 'vitest';
import { TabwrightError } from '../../../src/shared/errors';
import { parseTaskOptions } from '../../../src/shared/task-options';

function errorOf(raw: unknown): TabwrightError {
  try {
    parseTaskOptions(raw);
  } catch (error) {
    if (error instanceof TabwrightError) return error;
    throw error;
  }
  throw new Error('expected a TabwrightError');
}

describe('parseTaskOptions', () => {
  it('trims the task and leaves what was not given absent, for the worker to fill from Settings', () => {
    expect(parseTaskOptions({ task: '  Find flights  ', url: '', max_steps: null })).toEqual({ task: 'Find flights' });
  });

  it('requires a task', () => {
    expect(errorOf({ task: '   ' })).toMatchObject({ code: 'invalid_option', field: 'task' });
    expect(errorOf({})).toMatchObject({ field: 'task' });
    expect(errorOf('do it')).toMatchObject({ code: 'invalid_option' });
  });

  it('accepts max_steps from 2 to 128, as a number or digits', () => {
    expect(parseTaskOptions({ task: 't', max_steps: 2 }).max_steps).toBe(2);
    expect(parseTaskOptions({ task: 't', max_steps: '128' }).max_steps).toBe(128);
    for (const bad of [1, 129, 0, -5, 3.5, 'ten', true]) {
      const error = errorOf({ task: 't', max_steps: bad });
      expect(error.field).toBe('max_steps');
      expect(error.message).toMatch(/from 2 to 128/);
    }
  });

  it('normalizes start URLs and refuses non-web ones', () => {
    expect(parseTaskOptions({ task: 't', url: 'example.com/a' }).url).toBe('https://example.com/a');
    expect(parseTaskOptions({ task: 't', url: 'http://127.0.0.1:8080/x' }).url).toBe('http://127.0.0.1:8080/x');
    expect(errorOf({ task: 't', url: 'javascript:alert(1)' })).toMatchObject({ field: 'url' });
    expect(errorOf({ task: 't', url: 'http://' })).toMatchObject({ field: 'url' });
    expect(errorOf({ task: 't', url: 42 })).toMatchObject({ field: 'url' });
  });

  it('takes metadata only as an object', () => {
    expect(parseTaskOptions({ task: 't', metadata: { name: 'Ada' } }).metadata).toEqual({ name: 'Ada' });
    expect(errorOf({ task: 't', metadata: ['a'] })).toMatchObject({ field: 'metadata' });
    expect(errorOf({ task: 't', metadata: 'name=Ada' })).toMatchObject({ field: 'metadata' });
  });

  it('takes a response schema as an object or boolean', () => {
    expect(parseTaskOptions({ task: 't', response_model: { type: 'object' } }).response_model).toEqual({
      type: 'object',
    });
    expect(errorOf({ task: 't', response_model: '{"type":"object"}' })).toMatchObject({ field: 'response_model' });
  });

  it('takes a positive credit budget', () => {
    expect(parseTaskOptions({ task: 't', max_credits: 2.5 }).max_credits).toBe(2.5);
    expect(errorOf({ task: 't', max_credits: 0 })).toMatchObject({ field: 'max_credits' });
    expect(errorOf({ task: 't', max_credits: '5' })).toMatchObject({ field: 'max_credits' });
  });

  it('names unknown options instead of ignoring them', () => {
    expect(errorOf({ task: 't', maxSteps: 5 })).toMatchObject({
      field: 'maxSteps',
      message: expect.stringMatching(/^Unknown option "maxSteps". Did you mean "max_steps"\?/),
    });
    expect(errorOf({ task: 't', colour: 'red' }).message).toMatch(
      /^Unknown option "colour". Options: task, url, max_steps/,
    );
  });
});
