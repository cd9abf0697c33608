import type { BetaTool } from '@anthropic-ai/sdk/resources/beta';
import type { JsonSchema } from '../../shared/json-schema';
import { isPlainObject } from '../../shared/json-schema';
import { embedSchema } from '../schema/embedded-schema';

export const DONE_TOOL_NAME = 'done';

/** The custom tool the browser toolset has no member for: the end of the task and its validated answer. */
export function doneTool(responseModel: JsonSchema | undefined): BetaTool {
  const output = responseModel === undefined ? undefined : embedSchema(responseModel, '/properties/output');
  return {
    name: DONE_TOOL_NAME,
    description:
      'Finish the task. Call it once, last, when the task is complete (success true, with the answer in ' +
      'output) or cannot be completed (success false, with the reason in message).',
    input_schema: {
      type: 'object',
      properties: {
        success: { type: 'boolean', description: 'true if the task was completed as asked.' },
        output: output === undefined ? { description: 'The answer or result the task asked for.' } : output.schema,
        message: {
          type: 'string',
          description: 'A short account for the user: what was done, or why it could not be.',
        },
      },
      required: output === undefined ? ['success'] : ['success', 'output'],
      ...output?.definitions,
    },
  };
}

export interface DoneInput {
  success: boolean;
  output: unknown;
  message?: string;
}

export function parseDoneInput(input: unknown): DoneInput | string {
  if (!isPlainObject(input)) return 'done expects an object with "success" and "output".';
  if (typeof input.success !== 'boolean') return '"success" must be true or false.';
  if (input.message !== undefined && typeof input.message !== 'string') return '"message" must be text.';
  return {
    success: input.success,
    output: input.output ?? null,
    ...(typeof input.message === 'string' ? { message: input.message } : {}),
  };
}
