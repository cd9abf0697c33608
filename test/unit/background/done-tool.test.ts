import { describe, expect, it } from 'vitest';
import { doneTool, parseDoneInput } from '../../../src/background/agent/done-tool';

describe('done tool', () => {
  it('carries the response schema as the type of "output" and requires it', () => {
    const schema = { type: 'object', properties: { price: { type: 'number' } }, required: ['price'] };
    const tool = doneTool(schema);
    expect(tool.name).toBe('done');
    expect(tool.input_schema.properties).toMatchObject({ output: schema, success: { type: 'boolean' } });
    expect(tool.input_schema.required).toEqual(['success', 'output']);
    expect(doneTool(undefined).input_schema.required).toEqual(['success']);
  });

  it('parses its input strictly', () => {
    expect(parseDoneInput({ success: true, output: { a: 1 }, message: 'ok' })).toEqual({
      success: true,
      output: { a: 1 },
      message: 'ok',
    });
    expect(parseDoneInput({ success: false })).toEqual({ success: false, output: null });
    expect(parseDoneInput({ output: 1 })).toMatch(/success/);
    expect(parseDoneInput('yes')).toMatch(/object/);
    expect(parseDoneInput({ success: true, message: 3 })).toMatch(/message/);
  });
});
