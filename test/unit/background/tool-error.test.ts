import { ToolError } from '@anthropic-ai/sdk/helpers/beta/toolsets';
import { describe, expect, it } from 'vitest';
import { toolError, toolErrorContent, toolErrorText } from '../../../src/background/agent/tool-error';

describe('tool errors', () => {
  it('carry the toolset\'s "Error: " prefix exactly once', () => {
    expect(toolError('The tab is gone.')).toBeInstanceOf(ToolError);
    expect(toolError('The tab is gone.').message).toBe('Error: The tab is gone.');
    expect(toolError('Error: The tab is gone.').message).toBe('Error: The tab is gone.');
    expect(toolErrorContent('Unknown tool "x".')).toBe('Error: Unknown tool "x".');
  });

  it('give a person the message without the prefix', () => {
    expect(toolErrorText(toolError('"ftp://x" is not allowed.'))).toBe('"ftp://x" is not allowed.');
  });
});
