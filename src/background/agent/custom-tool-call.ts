import type { BetaTool, BetaToolResultBlockParam, BetaToolUseBlock } from '@anthropic-ai/sdk/resources/beta';
import type { CustomToolAnswer, CustomToolSpec } from '../../shared/custom-tools';
import { neutralizeTags } from './page-envelope';

/** A caller's tool as the Messages API takes it. */
export function customToolDefinition(spec: CustomToolSpec): BetaTool {
  return {
    name: spec.name,
    ...(spec.description ? { description: spec.description } : {}),
    input_schema: spec.input_schema as BetaTool['input_schema'],
  };
}

/**
 * The model is told what the caller's code returned (JSON, or the text itself), or why it failed. A tool often relays
 * what it read elsewhere (a web page, a mail), so its text can no more close a page block or open one of Tabwright's
 * own tags than a page can.
 */
export function customToolResult(toolUse: BetaToolUseBlock, answer: CustomToolAnswer): BetaToolResultBlockParam {
  const output = typeof answer.output === 'string' ? answer.output : JSON.stringify(answer.output ?? null);
  const text = neutralizeTags(output);
  if (answer.ok) return { type: 'tool_result', tool_use_id: toolUse.id, content: text };
  return {
    type: 'tool_result',
    tool_use_id: toolUse.id,
    is_error: true,
    content: `Error: the tool ${toolUse.name} failed: ${text}`,
  };
}
