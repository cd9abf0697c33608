import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { closest, describeSchemaProblems } from '../../../src/shared/schema-problems';

/** The same ajv set-up as the schema sandbox: every error, not only the first. */
function problemsOf(schema: object): string[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.validateSchema(schema);
  return describeSchemaProblems(schema, ajv.errors ?? []);
}

describe('schema problems in words', () => {
  it('names the keyword, the place, what is allowed, and the close match (objekt → object)', () => {
    const [problem, ...rest] = problemsOf({ type: 'objekt' });
    expect(rest).toEqual([]);
    expect(problem).toBe(
      '"type" at /type is "objekt", which is not allowed: use one of array, boolean, integer, null, number, ' +
        'object, string (or a list of them). Did you mean "object"?',
    );
    expect(problem).not.toMatch(/anyOf|must be equal/);
  });

  it('finds mistakes deep in the schema, one line each', () => {
    const problems = problemsOf({ type: 'object', properties: { price: { type: 'numbr' } }, required: 'price' });
    expect(problems).toContainEqual(
      expect.stringMatching(/^"type" at \/properties\/price\/type is "numbr".*Did you mean "number"\?$/),
    );
    expect(problems).toContainEqual('"required" at /required is "price", but it must be an array.');
    expect(problems).toHaveLength(2);
  });

  it('suggests nothing when no allowed value is near', () => {
    expect(problemsOf({ type: 'banana-split' })[0]).toMatch(/use one of .*\.$/);
    expect(closest('banana-split', ['object', 'string'])).toBeUndefined();
    expect(closest('strng', ['object', 'string'])).toBe('string');
  });

  it('reads values by JSON pointer, escapes included, without trusting inherited keys', () => {
    const problems = problemsOf({ properties: { 'a/b': { type: 'intger' } } });
    expect(problems[0]).toMatch(/^"type" at \/properties\/a~1b\/type is "intger".*"integer"/);
  });
});
