import { describe, expect, it } from 'vitest';
import { schemaFromExample } from '../../../src/ui/components/schema-from-example';
import { SCHEMA_TEMPLATES } from '../../../src/ui/components/schema-templates';

describe('schemaFromExample', () => {
  it('requires every key of an object and allows no others', () => {
    expect(schemaFromExample({ title: 'Mug', price: 9.5, inStock: true, note: null })).toEqual({
      type: 'object',
      properties: {
        title: { type: 'string' },
        price: { type: 'number' },
        inStock: { type: 'boolean' },
        note: { type: 'null' },
      },
      required: ['title', 'price', 'inStock', 'note'],
      additionalProperties: false,
    });
  });

  it('merges list items: keys missing from some items are optional', () => {
    expect(
      schemaFromExample([
        { name: 'TW 205', price: 89 },
        { name: 'TW 101', price: 129, seats: 3 },
      ]),
    ).toEqual({
      type: 'array',
      items: {
        type: 'object',
        properties: { name: { type: 'string' }, price: { type: 'number' }, seats: { type: 'number' } },
        required: ['name', 'price'],
        additionalProperties: false,
      },
    });
  });

  it('allows either type where items differ, and any item in an empty list', () => {
    expect(schemaFromExample([1, 'two', 3])).toEqual({
      type: 'array',
      items: { anyOf: [{ type: 'number' }, { type: 'string' }] },
    });
    expect(schemaFromExample([])).toEqual({ type: 'array' });
    expect(schemaFromExample({ tags: [[], ['a']] })).toEqual({
      type: 'object',
      properties: { tags: { type: 'array', items: { type: 'array', items: { type: 'string' } } } },
      required: ['tags'],
      additionalProperties: false,
    });
  });
});

describe('schema templates', () => {
  it('offers an object, a list of objects and a yes/no answer with a message', () => {
    expect(SCHEMA_TEMPLATES.map((t) => t.label)).toEqual(['Object', 'List of objects', 'Yes/no with message']);
    expect(SCHEMA_TEMPLATES[1]!.schema).toMatchObject({ type: 'array', items: { type: 'object' } });
    expect(SCHEMA_TEMPLATES[2]!.schema).toMatchObject({
      properties: { answer: { type: 'boolean' }, message: { type: 'string' } },
    });
  });
});
