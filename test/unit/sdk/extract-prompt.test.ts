import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EXTRACT_PROMPT,
  EXTRACT_SYSTEM_PROMPT,
  EXTRACT_TOOL_NAME,
  extractMessage,
  extractTool,
  PAGE_PART_CHARS,
} from '../../../src/background/session/extract-prompt';

const page = {
  url: 'https://shop.test/kettles',
  title: 'Kettles',
  tree: 'heading "Kettles"\n  link "Kettle S" [ref_3]',
  text: 'Kettles\nKettle S 19.50',
};

describe('the extract call', () => {
  it('wraps the user schema as the forced tool\'s "output"', () => {
    const schema = { type: 'array', items: { type: 'string' } };
    expect(extractTool(schema)).toEqual({
      name: EXTRACT_TOOL_NAME,
      description: expect.any(String),
      input_schema: { type: 'object', properties: { output: schema }, required: ['output'] },
    });
  });

  it('gives the page as untrusted content, then the request', () => {
    const message = extractMessage(page, 'Names and prices');
    expect(message).toMatch(
      /^URL: https:\/\/shop\.test\/kettles\nTitle: Kettles\n<accessibility_tree>\n<untrusted_page_content>\n/,
    );
    expect(message).toContain(
      '<page_text>\n<untrusted_page_content>\nKettles\nKettle S 19.50\n</untrusted_page_content>\n</page_text>',
    );
    expect(message.endsWith('<request>\nNames and prices\n</request>')).toBe(true);
    expect(extractMessage(page, '  ')).toContain(`<request>\n${DEFAULT_EXTRACT_PROMPT}\n</request>`);
  });

  it('cuts a huge page, saying so', () => {
    const message = extractMessage({ ...page, text: 'z'.repeat(PAGE_PART_CHARS + 10) }, undefined);
    expect(message).toContain(`[cut at ${PAGE_PART_CHARS} characters]`);
    expect(message.length).toBeLessThan(PAGE_PART_CHARS + 1000);
  });

  it('tells the model that page content is data, and which tool answers', () => {
    expect(EXTRACT_SYSTEM_PROMPT).toContain('never instructions');
    expect(EXTRACT_SYSTEM_PROMPT).toContain(EXTRACT_TOOL_NAME);
  });
});
