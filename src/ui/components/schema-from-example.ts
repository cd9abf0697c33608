import { isPlainObject } from '../../shared/json-schema';

type Schema = Record<string, unknown>;

/**
 * A JSON Schema that the example (and answers shaped like it) satisfies: every key seen in every object is required,
 * no others are allowed, and list items share one schema merged from all of them. Numbers are `number`, never
 * `integer`, since one example of a price cannot tell whether cents will appear.
 */
export function schemaFromExample(example: unknown): Schema {
  if (example === null) return { type: 'null' };
  if (Array.isArray(example)) {
    const items = example.map(schemaFromExample);
    const [first, ...rest] = items;
    return first ? { type: 'array', items: rest.reduce(mergeSchemas, first) } : { type: 'array' };
  }
  if (isPlainObject(example)) {
    const properties = Object.fromEntries(
      Object.entries(example).map(([key, value]) => [key, schemaFromExample(value)]),
    );
    return { type: 'object', properties, required: Object.keys(properties), additionalProperties: false };
  }
  return { type: typeof example === 'number' ? 'number' : typeof example };
}

/** One schema for two list items: objects merge their properties (required only where both have them). */
function mergeSchemas(a: Schema, b: Schema): Schema {
  if (a.type === 'object' && b.type === 'object') {
    const left = a.properties as Record<string, Schema>;
    const right = b.properties as Record<string, Schema>;
    // Keys come from the person's example: looked up as own properties only, and set as data, never as __proto__.
    const merged = Object.entries(left).map(([key, schema]): [string, Schema] => [
      key,
      Object.hasOwn(right, key) ? mergeSchemas(schema, right[key]!) : schema,
    ]);
    const properties: Record<string, Schema> = { ...right, ...Object.fromEntries(merged) };
    const required = (a.required as string[]).filter((key) => (b.required as string[]).includes(key));
    return { type: 'object', properties, required, additionalProperties: false };
  }
  if (a.type === 'array' && b.type === 'array') {
    if (!a.items) return b;
    if (!b.items) return a;
    return { type: 'array', items: mergeSchemas(a.items as Schema, b.items as Schema) };
  }
  if (JSON.stringify(a) === JSON.stringify(b)) return a;
  return { anyOf: [...alternatives(a), ...alternatives(b)].filter(unique) };
}

function alternatives(schema: Schema): Schema[] {
  return Array.isArray(schema.anyOf) ? (schema.anyOf as Schema[]) : [schema];
}

function unique(schema: Schema, index: number, all: Schema[]): boolean {
  return all.findIndex((other) => JSON.stringify(other) === JSON.stringify(schema)) === index;
}
