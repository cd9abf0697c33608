import { TabwrightError } from '../../shared/errors';
import type { ExtractResult } from '../../shared/bridge-protocol';
import { isPlainObject, type JsonSchema } from '../../shared/json-schema';
import { loadSettings } from '../../shared/settings';
import { ToolError } from '@anthropic-ai/sdk/helpers/beta/toolsets';
import { toolErrorText } from '../agent/tool-error';
import { readFrames } from '../browser/read-frames';
import { createModelClient, modelErrorToTabwright } from '../model/client';
import { creditsFor, usageFromApi } from '../model/credits';
import { priceFor, pricesWith } from '../model/prices';
import { redactDeep, type Secret } from '../safety/secrets';
import { checkSchema, validateAgainstSchema } from '../schema/validator';
import { EXTRACT_SYSTEM_PROMPT, EXTRACT_TOOL_NAME, extractMessage, extractTool } from './extract-prompt';

const MAX_OUTPUT_TOKENS = 8192;

/** A page that refuses a reading (the content script's own answer) is the page's fault, not Tabwright's. */
function unreadable(what: string) {
  return (error: unknown): never => {
    if (error instanceof ToolError) throw new TabwrightError('page_forbidden', `${what}: ${toolErrorText(error)}`);
    throw error;
  };
}

/**
 * One model call on the whole current page (its accessibility tree and its text), with the answer forced through a
 * tool whose input is the schema: the output is then validated, and a mismatch is reported as `failed` with the
 * credits it cost, never passed off as data.
 */
export async function extractFromPage(
  tabId: number,
  schema: JsonSchema,
  prompt: string | undefined,
  secrets: Secret[] = [],
): Promise<ExtractResult> {
  const startedAt = Date.now();
  const check = await checkSchema(schema);
  if (!check.valid)
    throw new TabwrightError(
      'invalid_option',
      `The schema is not a valid JSON Schema: ${check.errors.join('; ')}`,
      'schema',
    );
  const settings = await loadSettings();
  const client = createModelClient(settings);

  // Both readings take in the page's cross-origin frames (a checkout's card form, a mail body in its own frame).
  const [tree, text] = await Promise.all([
    readFrames(tabId, { type: 'content/read_page', filter: 'all' }, 0).catch(unreadable('The page could not be read')),
    readFrames(tabId, { type: 'content/page_text' }, 0).catch(unreadable('The page text could not be read')),
  ]);

  const response = await client.messages
    .create({
      model: settings.model,
      max_tokens: MAX_OUTPUT_TOKENS,
      system: EXTRACT_SYSTEM_PROMPT,
      tools: [extractTool(schema)],
      tool_choice: { type: 'tool', name: EXTRACT_TOOL_NAME },
      // The page may still show what the session's tasks typed: their secrets are redacted here as in a task.
      messages: redactDeep(
        [
          {
            role: 'user' as const,
            content: extractMessage({ url: tree.url, title: tree.title, tree: tree.text, text: text.text }, prompt),
          },
        ],
        secrets,
      ),
    })
    .catch((error: unknown) => {
      throw modelErrorToTabwright(error);
    });

  const credits_used = creditsFor(
    usageFromApi(response.usage),
    priceFor(settings.model, pricesWith(settings.priceOverrides)),
  );
  const ended = (status: ExtractResult['status'], output: unknown, message?: string): ExtractResult => ({
    status,
    output,
    credits_used,
    duration: Math.round((Date.now() - startedAt) / 100) / 10,
    ...(message ? { message } : {}),
  });

  const call = response.content.find((block) => block.type === 'tool_use' && block.name === EXTRACT_TOOL_NAME);
  const input = call?.type === 'tool_use' ? call.input : undefined;
  if (!isPlainObject(input) || !('output' in input)) {
    return ended('failed', null, `The model gave no extraction (stop reason: ${response.stop_reason ?? 'unknown'}).`);
  }
  const validation = await validateAgainstSchema(schema, input.output);
  if (!validation.valid)
    return ended('failed', input.output, `The extraction does not match the schema: ${validation.errors.join('; ')}`);
  return ended('success', input.output);
}
