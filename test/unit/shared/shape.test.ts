import { describe, expect, it } from 'vitest';
import {
  array,
  described,
  guarded,
  integer,
  literal,
  nullable,
  number,
  object,
  optional,
  refined,
  shapeOf,
  string,
  union,
  unknown,
  variants,
  withDefault,
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

describe('shapes for receivers that must say more', () => {
  it('refine a value, and describe a failure in the sender’s words', () => {
    const short = refined(string(), (text) => text.length <= 3, 'at most 3 characters');
    expect(short.parse('abcd', 'name')).toEqual({
      ok: false,
      problem: 'name: expected at most 3 characters, got "abcd"',
    });
    expect(described(short, '"name" is too long.').parse('abcd')).toEqual({
      ok: false,
      problem: '"name" is too long.',
    });
    expect(described(short, '"name" is too long.').parse('abc')).toEqual({ ok: true, value: 'abc' });
  });

  it('stand a default in for a property left out, and type a value by a guard', () => {
    const answer = object({ output: withDefault(unknown(), null) });
    expect(answer.parse({})).toEqual({ ok: true, value: { output: null } });
    expect(answer.parse({ output: 0 })).toEqual({ ok: true, value: { output: 0 } });
    const list = guarded(Array.isArray, 'a list');
    expect(list.parse({})).toEqual({ ok: false, problem: 'value: expected a list, got an object' });
  });

  it('refuse unknown own properties when asked, with the sentence given', () => {
    const strict = object({ a: optional(integer()) }, { unknownKey: (key) => `No "${key}" here.` });
    expect(strict.parse({ a: 1, b: 2 })).toEqual({ ok: false, problem: 'No "b" here.' });
    expect(strict.parse(JSON.parse('{"__proto__": 1}'))).toEqual({ ok: false, problem: 'No "__proto__" here.' });
    expect(strict.parse(Object.create({ b: 2 }))).toEqual({ ok: true, value: {} });
  });

  it('tell a receiver which discriminant values are its own', () => {
    const messages = variants('type', { 'a/b': {}, c: { n: integer() } });
    expect([...messages.names]).toEqual(['a/b', 'c']);
    expect(messages.names.has('constructor')).toBe(false);
  });

  it('fail the build when a shape for a declared type leaves out one of its properties', () => {
    interface Declared {
      a: string;
      b?: number;
    }
    expect(shapeOf<Declared>()(object({ a: string(), b: optional(number()) })).parse({ a: 'x' })).toEqual({
      ok: true,
      value: { a: 'x' },
    });
    // @ts-expect-error: `b` is missing from the shape, so the compiler refuses it.
    shapeOf<Declared>()(object({ a: string() }));
    // @ts-expect-error: `a` is a number in the shape, not a string.
    shapeOf<Declared>()(object({ a: number(), b: optional(number()) }));
  });
});
