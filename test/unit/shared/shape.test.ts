import { describe, expect, it } from 'vitest';
import {
  array,
  integer,
  literal,
  nullable,
  number,
  object,
  optional,
  string,
  union,
  variants,
} from '../../../src/shared/shape';

describe('shapes', () => {
  it('name where a value fails and what was expected', () => {
    const shape = object({ items: array(object({ price: number() })) });
    expect(shape.parse({ items: [{ price: 1 }, { price: 'cheap' }] })).toEqual({
      ok: false,
      problem: 'items[1].price: expected a finite number, got "cheap"',
    });
    expect(variants('kind', { a: {}, b: {} }).parse({ kind: 'c' })).toEqual({
      ok: false,
      problem: 'kind: expected "a", or "b", got "c"',
    });
  });

  it('tell optional from nullable', () => {
    const shape = object({ a: optional(integer()), b: nullable(integer()) });
    expect(shape.parse({ b: null })).toEqual({ ok: true, value: { b: null } });
    expect(shape.parse({ a: 1 }).ok).toBe(false);
    expect(shape.parse({ a: null, b: 1 }).ok).toBe(false);
  });

  it('take the first union member that fits, and check strings against a pattern', () => {
    const id = union(literal(0), string(/^id_\d+$/, 'an id like id_1'));
    expect(id.parse(0)).toEqual({ ok: true, value: 0 });
    expect(id.parse('id_4')).toEqual({ ok: true, value: 'id_4' });
    expect(id.parse('x')).toEqual({
      ok: false,
      problem: 'value: expected 0, got "x"; or value: expected an id like id_1, got "x"',
    });
  });

  it('never let a property named __proto__ change the parsed object', () => {
    const parsed = object({ a: optional(string()) }).parse(JSON.parse('{"__proto__": {"polluted": true}, "a": "x"}'));
    expect(parsed).toEqual({ ok: true, value: { a: 'x' } });
    expect(parsed.ok && (parsed.value as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
