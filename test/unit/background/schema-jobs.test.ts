import { describe, expect, it } from 'vitest';
import { schemaJobResult } from '../../../src/background/schema-sandbox/schema-jobs';

const check = (schema: unknown) => schemaJobResult({ kind: 'check', id: 1, schema });
/** Whether the data is valid; a reply that is not an answer fails the test. */
function validate(schema: unknown, data: unknown): { valid: boolean } {
  const reply = schemaJobResult({ kind: 'validate', id: 1, schema, data });
  if (!reply.ok) throw new Error(reply.error);
  return reply;
}

const ITEM = { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] };

describe('the schema sandbox reads the dialect a schema declares', () => {
  it('compiles 2020-12 (zod 4), 2019-09, draft-07 and draft-06 schemas, each by its own rules', () => {
    for (const dialect of [
      'https://json-schema.org/draft/2020-12/schema',
      'https://json-schema.org/draft/2019-09/schema',
      'http://json-schema.org/draft-07/schema#',
      'http://json-schema.org/draft-06/schema#',
    ]) {
      const schema = { $schema: dialect, ...ITEM };
      expect(check(schema), dialect).toEqual({ ok: true, valid: true, errors: [] });
      expect(validate(schema, { name: 'Ada' }).valid, dialect).toBe(true);
      expect(validate(schema, { name: 3 }).valid, dialect).toBe(false);
    }
    // 2020-12's tuple keyword holds: the second item must be a number.
    const pair = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'array',
      prefixItems: [{ type: 'string' }, { type: 'number' }],
    };
    expect(validate(pair, ['a', 1]).valid).toBe(true);
    expect(validate(pair, ['a', 'b']).valid).toBe(false);
  });

  it('refuses a dialect it cannot read with a reason, instead of throwing (the caller waited 10 s for nothing)', () => {
    for (const kind of ['check', 'validate'] as const) {
      const reply = schemaJobResult({
        kind,
        id: 1,
        data: {},
        schema: { $schema: 'http://json-schema.org/draft-04/schema#', ...ITEM },
      });
      expect(reply).toMatchObject({ ok: true, valid: false });
      expect(reply.ok && reply.errors[0]).toMatch(
        /"\$schema" is "http:\/\/json-schema\.org\/draft-04\/schema#".*2020-12/,
      );
    }
    expect(check({ $schema: 42, type: 'object' })).toMatchObject({
      valid: false,
      errors: [expect.stringMatching(/\$schema/)],
    });
  });

  it('compiles a changed schema under an "$id" it saw before', () => {
    expect(check({ $id: 'https://example.com/order', ...ITEM })).toEqual({ ok: true, valid: true, errors: [] });
    const changed = {
      $id: 'https://example.com/order',
      type: 'object',
      properties: { id: { type: 'integer' } },
      required: ['id'],
    };
    expect(check(changed)).toEqual({ ok: true, valid: true, errors: [] });
    expect(validate(changed, { id: 'x' }).valid).toBe(false);
  });

  it('resolves a schema that refers to itself ("#"), with or without a dialect', () => {
    const menu = { type: 'object', properties: { children: { type: 'array', items: { $ref: '#' } } } };
    for (const schema of [menu, { $schema: 'http://json-schema.org/draft-07/schema#', ...menu }]) {
      expect(check(schema)).toEqual({ ok: true, valid: true, errors: [] });
      expect(validate(schema, { children: [{ children: [] }] }).valid).toBe(true);
      expect(validate(schema, { children: [{ children: 3 }] }).valid).toBe(false);
    }
  });

  it('reports a reference that leads nowhere as an invalid schema', () => {
    expect(check({ $ref: '#/$defs/Missing' })).toMatchObject({
      valid: false,
      errors: [expect.stringMatching(/Missing/)],
    });
  });
});
