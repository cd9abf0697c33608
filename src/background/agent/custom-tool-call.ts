import type { BetaTool, BetaToolResultBlockParam, BetaToolUseBlock } from '@anthropic-ai/sdk/resources/beta';
import type { CustomToolAnswer, CustomToolSpec } from '../../shared/custom-tools';

/** A caller's tool as the Messages API takes it. */
export function customToolDefinition(spec: CustomToolSpec): BetaTool {
  return {
    name: spec.name,
    ...(spec.description ? { description: spec.description } : {}),
    input_schema: spec.input_schema as BetaTool['input_schema'],
  };
}

/** The model is told what the caller's code returned (JSON, or the text itself), or why it failed. */
export function customToolResult(toolUse: BetaToolUseBlock, answer: CustomToolAnswer): BetaToolResultBlockParam {
  const text = typeof answer.output === 'string' ? answer.output : JSON.stringify(answer.output ?? null);
  if (answer.ok) return { type: 'tool_result', tool_use_id: toolUse.id, content: text };
  return {
    type: 'tool_result',
    tool_use_id: toolUse.id,
    is_error: true,
    content: `Error: the tool ${toolUse.name} failed: ${text}`,
  };
}
