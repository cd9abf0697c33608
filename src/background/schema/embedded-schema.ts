import { isPlainObject, type JsonSchema } from '../../shared/json-schema';

/** Where a schema's own definitions live; references into them land at the host's root once they move there. */
const DEFINITION_KEYWORDS = ['$defs', 'definitions'] as const;
/** Keywords whose value is one schema (or, for items, a list of them in draft-07). */
const SCHEMA_KEYWORDS = new Set([
  'items',
  'additionalItems',
  'additionalProperties',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
  'unevaluatedItems',
  'unevaluatedProperties',
  'contentSchema',
]);
/** Keywords whose value is a list of schemas. */
const SCHEMA_LIST_KEYWORDS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
/** Keywords whose value maps names to schemas (names are data, never rewritten). */
const SCHEMA_MAP_KEYWORDS = new Set([...DEFINITION_KEYWORDS, 'properties', 'patternProperties', 'dependentSchemas']);

export interface EmbeddedSchema {
  /** The schema to put at the property. */
  schema: JsonSchema;
  /** Its definitions, to spread into the host schema's root (empty when nothing moves). */
  definitions: Record<string, unknown>;
}

/**
 * A user's JSON Schema put under a property of a tool's input schema (the done tool's and the extraction tool's
 * `output`). Its references were written against its own root: `#/$defs/Flight` (pydantic's nested models),
 * `#/definitions/Node` and `#` (zod-to-json-schema's recursion) would point into the tool's schema, where nothing is,
 * so the model would get a schema that does not resolve. Its definitions therefore move to the host's root (where
 * those references then land), other references into it are re-rooted at `pointer`, and its `$schema` goes (only a
 * document's root may declare one). A schema with an `$id` is a resource of its own, whose references already
 * resolve inside it: it is kept as it is.
 */
export function embedSchema(schema: JsonSchema, pointer: string): EmbeddedSchema {
  if (!isPlainObject(schema) || schema.$id !== undefined) return { schema, definitions: {} };
  const { $schema: _dialect, ...rest } = schema;
  const definitions: Record<string, unknown> = {};
  for (const keyword of DEFINITION_KEYWORDS) {
    if (!isPlainObject(rest[keyword])) continue;
    definitions[keyword] = reroot(rest[keyword], pointer, true);
    delete rest[keyword];
  }
  return { schema: reroot(rest, pointer, false) as JsonSchema, definitions };
}

/** A copy of a schema (or of a map of them) whose local references to anything but definitions start at `pointer`. */
function reroot(node: unknown, pointer: string, isMap: boolean): unknown {
  if (!isPlainObject(node)) return node;
  // fromEntries keeps every name as an own property (a property called "__proto__" included).
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      isMap ? reroot(value, pointer, false) : keyword(key, value, pointer),
    ]),
  );
}

function keyword(key: string, value: unknown, pointer: string): unknown {
  if (key === '$ref' && typeof value === 'string') return rerootReference(value, pointer);
  if (SCHEMA_MAP_KEYWORDS.has(key)) return reroot(value, pointer, true);
  if (Array.isArray(value) && (SCHEMA_LIST_KEYWORDS.has(key) || SCHEMA_KEYWORDS.has(key))) {
    return value.map((item) => reroot(item, pointer, false));
  }
  if (SCHEMA_KEYWORDS.has(key)) return reroot(value, pointer, false);
  return value;
}

function rerootReference(reference: string, pointer: string): string {
  if (reference !== '#' && !reference.startsWith('#/')) return reference;
  const into = reference.slice(1);
  if (DEFINITION_KEYWORDS.some((keyword) => into === `/${keyword}` || into.startsWith(`/${keyword}/`))) {
    return reference;
  }
  return `#${pointer}${into}`;
}
