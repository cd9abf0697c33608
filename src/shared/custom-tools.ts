import { TabwrightError } from './errors';
import { isPlainObject } from './json-schema';

/**
 * A tool the caller adds to the model's tools: the model calls it, the caller's own code runs it (in the SDK
 * process) and its answer becomes the tool result. Only the definition travels with the task; the function stays
 * with the caller.
 */
export interface CustomToolSpec {
  name: string;
  description: string;
  /** A JSON Schema of type "object" for the tool's input, as the Messages API wants it. */
  input_schema: Record<string, unknown>;
}

/** The caller's answer to one call: `ok` false carries an error message the model is told. */
export interface CustomToolAnswer {
  ok: boolean;
  output: unknown;
}

/** The Messages API's rule for tool names. */
const TOOL_NAME = /^[a-zA-Z0-9_-]{1,64}$/;
/** Tabwright's own custom tools: a caller's tool may not shadow them. */
const RESERVED = new Set(['done', 'ask_user']);
const MAX_TOOLS = 32;
const MAX_DESCRIPTION_CHARS = 10_000;

/** Checks custom tool definitions the way the Messages API would, so a bad one fails before any credit is spent. */
export function parseCustomTools(raw: unknown): CustomToolSpec[] {
  const field = 'custom_tools';
  if (!Array.isArray(raw)) {
    throw new TabwrightError(
      'invalid_option',
      'Custom tools must be a list of { name, description, input_schema }.',
      field,
    );
  }
  if (raw.length > MAX_TOOLS) {
    throw new TabwrightError(
      'invalid_option',
      `At most ${MAX_TOOLS} custom tools per task (got ${raw.length}).`,
      field,
    );
  }
  const names = new Set<string>();
  return raw.map((tool, index) => {
    const where = `Custom tool ${index + 1}`;
    if (!isPlainObject(tool)) {
      throw new TabwrightError(
        'invalid_option',
        `${where} must be an object { name, description, input_schema }.`,
        field,
      );
    }
    const { name, description, input_schema: schema } = tool;
    if (typeof name !== 'string' || !TOOL_NAME.test(name)) {
      throw new TabwrightError(
        'invalid_option',
        `${where}: the name must be 1 to 64 letters, digits, "_" or "-" (got ${JSON.stringify(name)}).`,
        field,
      );
    }
    if (RESERVED.has(name)) {
      throw new TabwrightError(
        'invalid_option',
        `${where}: "${name}" is the name of one of Tabwright's own tools; choose another.`,
        field,
      );
    }
    if (names.has(name)) {
      throw new TabwrightError('invalid_option', `${where}: the name "${name}" is used twice.`, field);
    }
    names.add(name);
    if (description !== undefined && (typeof description !== 'string' || description.length > MAX_DESCRIPTION_CHARS)) {
      throw new TabwrightError(
        'invalid_option',
        `${where} ("${name}"): the description must be text of at most ${MAX_DESCRIPTION_CHARS} characters.`,
        field,
      );
    }
    if (!isPlainObject(schema) || schema.type !== 'object') {
      throw new TabwrightError(
        'invalid_option',
        `${where} ("${name}"): input_schema must be a JSON Schema object with "type": "object".`,
        field,
      );
    }
    return { name, description: typeof description === 'string' ? description : '', input_schema: schema };
  });
}
