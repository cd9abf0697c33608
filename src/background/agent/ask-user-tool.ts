import type { BetaTool } from '@anthropic-ai/sdk/resources/beta';
import { isPlainObject } from '../../shared/json-schema';

export const ASK_USER_TOOL_NAME = 'ask_user';

/** The second custom tool: the browser toolset has no way to ask the person who gave the task. */
export const ASK_USER_TOOL: BetaTool = {
  name: ASK_USER_TOOL_NAME,
  description:
    'Ask the user a short question when the task cannot go on without their decision or information that is ' +
    'not in the task, the metadata or the page (for example, which of several matching items they meant). Do ' +
    'not ask for passwords or payment details. Wait for the answer before acting further.',
  input_schema: {
    type: 'object',
    properties: {
      question: { type: 'string', description: 'One clear question.' },
      choices: { type: 'array', items: { type: 'string' }, description: 'Optional answers to choose from.' },
    },
    required: ['question'],
  },
};

export interface AskUserInput {
  question: string;
  choices?: string[];
}

export function parseAskUserInput(input: unknown): AskUserInput | string {
  if (!isPlainObject(input) || typeof input.question !== 'string' || !input.question.trim())
    return 'ask_user needs a "question".';
  const choices = Array.isArray(input.choices)
    ? input.choices.filter((choice): choice is string => typeof choice === 'string').slice(0, 10)
    : undefined;
  return { question: input.question.trim().slice(0, 500), ...(choices?.length ? { choices } : {}) };
}
