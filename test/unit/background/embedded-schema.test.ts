import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { doneTool } from '../../../src/background/agent/done-tool';
import { extractTool } from '../../../src/background/session/extract-prompt';
import { PYDANTIC_FLIGHTS as PYDANTIC, ZOD_TREE } from '../../support/response-models';

/** The tool's input schema as the Messages API reads tool schemas (2020-12), compiled: every reference resolves. */
function compiledInput(inputSchema: unknown) {
  return new Ajv2020({ strict: false }).compile(inputSchema as object);
}

describe('a response schema inside the done and extraction tools keeps its references', () => {
  it('resolves pydantic $defs: the tool accepts what the schema accepts and refuses what it refuses', () => {
    for (const tool of [doneTool(PYDANTIC), extractTool(PYDANTIC)]) {
      const accepts = compiledInput(tool.input_schema);
      const base = tool.name === 'done' ? { success: true } : {};
      expect(accepts({ ...base, output: { flights: [{ code: 'TW 205', price: 89 }] } })).toBe(true);
      expect(accepts({ ...base, output: { flights: [{ code: 'TW 205' }] } })).toBe(false);
    }
  });

  it('resolves zod-to-json-schema recursion ("#"), "definitions" and pointers into itself; drops its $schema', () => {
    const tool = doneTool(ZOD_TREE);
    const output = (tool.input_schema.properties as Record<string, Record<string, unknown>>).output!;
    expect(output.$schema).toBeUndefined();
    const accepts = compiledInput(tool.input_schema);
    const tree = { name: 'root', tag: 'a', children: [{ name: 'leaf', children: [] }] };
    expect(accepts({ success: true, output: tree })).toBe(true);
    expect(accepts({ success: true, output: { name: 'root', children: [{ children: [] }] } })).toBe(false);
    expect(accepts({ success: true, output: { name: 'root', tag: 'c' } })).toBe(false);
    expect(accepts({ success: true, output: { name: 'root', size: 3 } })).toBe(false);
  });

  it('keeps a schema with its own $id, plain schemas and data that looks like a reference as they are', () => {
    const own = { $id: 'https://example.com/flight', $defs: { C: { type: 'string' } }, $ref: '#/$defs/C' };
    expect((doneTool(own).input_schema.properties as Record<string, unknown>).output).toEqual(own);
    const plain = { type: 'array', items: { type: 'string' } };
    expect(extractTool(plain).input_schema).toEqual({
      type: 'object',
      properties: { output: plain },
      required: ['output'],
    });
    const data = { type: 'object', properties: { $ref: { const: '#/x', default: { $ref: '#' } } } };
    expect((doneTool(data).input_schema.properties as Record<string, unknown>).output).toEqual(data);
    expect(doneTool(true).input_schema.properties).toMatchObject({ output: true });
  });
});
