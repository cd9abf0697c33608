/**
 * Response models as the tools people use write them, for tests that check Tabwright takes them as written: their
 * references, definitions and declared dialects are the parts a hand-written schema rarely has.
 */

/** pydantic's model_json_schema() for a model holding a list of nested models: references into its own $defs. */
export const PYDANTIC_FLIGHTS = {
  $defs: {
    Flight: {
      properties: { code: { title: 'Code', type: 'string' }, price: { title: 'Price', type: 'number' } },
      required: ['code', 'price'],
      title: 'Flight',
      type: 'object',
    },
  },
  properties: { flights: { items: { $ref: '#/$defs/Flight' }, title: 'Flights', type: 'array' } },
  required: ['flights'],
  title: 'Flights',
  type: 'object',
};

/** zod 4's z.toJSONSchema(): it declares the 2020-12 dialect. */
export const ZOD4_CHEAPEST = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: { cheapest: { type: 'string' } },
  required: ['cheapest'],
  additionalProperties: false,
};

/** zod-to-json-schema for a recursive tree: draft-07, "definitions", "#" for the root itself, a pointer into itself. */
export const ZOD_TREE = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {
    name: { type: 'string' },
    children: { type: 'array', items: { $ref: '#' } },
    tag: { $ref: '#/definitions/Tag' },
    size: { $ref: '#/properties/name' },
  },
  required: ['name'],
  definitions: { Tag: { type: 'string', enum: ['a', 'b'] } },
};
