/** A JSON Schema document as the user wrote it; validated by ajv, never interpreted by hand. */
export type JsonSchema = { [key: string]: unknown } | boolean;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
