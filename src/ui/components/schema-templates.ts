import type { JsonSchema } from '../../shared/json-schema';

/** Starting points for the response schema, shaped like the answers people most often ask for. */
export const SCHEMA_TEMPLATES: ReadonlyArray<{ id: string; label: string; schema: JsonSchema }> = [
  {
    id: 'object',
    label: 'Object',
    schema: {
      type: 'object',
      properties: { title: { type: 'string' }, price: { type: 'number' }, url: { type: 'string' } },
      required: ['title', 'price'],
      additionalProperties: false,
    },
  },
  {
    id: 'list',
    label: 'List of objects',
    schema: {
      type: 'array',
      items: {
        type: 'object',
        properties: { name: { type: 'string' }, price: { type: 'number' }, url: { type: 'string' } },
        required: ['name', 'price'],
        additionalProperties: false,
      },
    },
  },
  {
    id: 'yes-no',
    label: 'Yes/no with message',
    schema: {
      type: 'object',
      properties: { answer: { type: 'boolean' }, message: { type: 'string' } },
      required: ['answer', 'message'],
      additionalProperties: false,
    },
  },
];
