import { ToolError } from '@anthropic-ai/sdk/helpers/beta/toolsets';

const PREFIX = 'Error: ';

/**
 * A failed tool call, as the model reads it: the SDK passes a ToolError's message through verbatim, and the
 * toolset's convention is a leading "Error: ". Every tool error is built here, so none lacks it or doubles it.
 */
export function toolError(message: string): ToolError {
  return new ToolError(toolErrorContent(message));
}

/** The content of an error tool_result the loop builds itself (a refusal, an unknown tool, bad input). */
export function toolErrorContent(message: string): string {
  return message.startsWith(PREFIX) ? message : `${PREFIX}${message}`;
}

/** The message of a tool error without the model-facing prefix, for errors shown to a person instead. */
export function toolErrorText(error: ToolError): string {
  return error.message.startsWith(PREFIX) ? error.message.slice(PREFIX.length) : error.message;
}
