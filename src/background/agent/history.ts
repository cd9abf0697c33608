import type { BetaContentBlockParam, BetaMessageParam } from '@anthropic-ai/sdk/resources/beta';
import { estimateTokens } from '../../shared/token-estimate';
import { PAGE_STATE_OPEN } from './prompt';
import { keepEnvelope } from './tool-result-text';

/**
 * Keeps the conversation within the context window. The history only grows (so every step reads it from the
 * prompt cache); when it passes a budget, the bulky parts of old steps — page states, page reads and screenshots —
 * are replaced by one-line stand-ins, in one go, so the cache is rebuilt once rather than at every step. The model
 * keeps its own earlier words and every action with its short result.
 */
const BULKY_TOOL_RESULT_CHARS = 1500;
const PAGE_STATE_OMITTED = 'earlier page state omitted';
const IMAGE_OMITTED = '(earlier screenshot omitted)';

export interface CompactionOptions {
  /** How many of the newest user turns stay untouched. */
  keepRecentTurns: number;
}

/** What a screenshot costs, about: the API bills images by area, and ours are at most about 1280x720. */
const IMAGE_TOKENS = 1500;

/** The conversation's size in tokens, estimated from its text the same way the snapshot budget is. */
export function estimateConversationTokens(messages: BetaMessageParam[]): number {
  let tokens = 0;
  for (const { content } of messages) {
    if (typeof content === 'string') tokens += estimateTokens(content);
    else for (const block of content ?? []) tokens += blockTokens(block);
  }
  return tokens;
}

function blockTokens(block: { type: string }): number {
  const typed = block as BetaContentBlockParam;
  if (typed.type === 'image') return IMAGE_TOKENS;
  if (typed.type === 'text') return estimateTokens(typed.text);
  if (typed.type === 'tool_result') {
    if (typeof typed.content === 'string') return estimateTokens(typed.content);
    return (typed.content ?? []).reduce((sum, part) => sum + blockTokens(part), 0);
  }
  return estimateTokens(JSON.stringify(block));
}

/** Returns how many blocks were shortened; the messages are changed in place. */
export function compactHistory(messages: BetaMessageParam[], options: CompactionOptions): number {
  const userTurns = messages
    .map((message, index) => ({ message, index }))
    .filter(({ message }) => message.role === 'user');
  const old = userTurns.slice(0, Math.max(0, userTurns.length - options.keepRecentTurns));
  let shortened = 0;
  for (const { message } of old) {
    if (!Array.isArray(message.content)) continue;
    message.content = message.content.map((block) => {
      const replacement = shorten(block);
      if (replacement !== block) shortened++;
      return replacement;
    });
  }
  return shortened;
}

function shorten(block: BetaContentBlockParam): BetaContentBlockParam {
  if (block.type === 'text' && block.text.startsWith(PAGE_STATE_OPEN) && !block.text.includes(PAGE_STATE_OMITTED)) {
    const url = /^URL: (.*)$/m.exec(block.text)?.[1] ?? '';
    return { type: 'text', text: `${PAGE_STATE_OPEN} (${PAGE_STATE_OMITTED}; it was ${url}) </page_state>` };
  }
  if (block.type === 'image') return { type: 'text', text: IMAGE_OMITTED };
  if (block.type === 'tool_result' && Array.isArray(block.content)) {
    const content = block.content.map((part) => {
      if (part.type === 'image') return { type: 'text' as const, text: IMAGE_OMITTED };
      if (part.type === 'text' && part.text.length > BULKY_TOOL_RESULT_CHARS) {
        // The cut may fall inside the untrusted block: it is closed again before Tabwright's own words.
        const kept = keepEnvelope(`${part.text.slice(0, 200)}…`);
        return {
          type: 'text' as const,
          text: `${kept} (rest of this earlier result omitted; read the page again if needed)`,
        };
      }
      return part;
    });
    const changed = content.some((part, i) => part !== (block.content as unknown[])[i]);
    return changed ? { ...block, content } : block;
  }
  return block;
}

/**
 * Keeps only the newest `keep` screenshots in the conversation (page-state pictures and the model's own screenshot
 * results alike): older ones cost thousands of tokens each and say nothing about the page as it is now.
 */
export function pruneImages(messages: BetaMessageParam[], keep: number): number {
  let seen = 0;
  let pruned = 0;
  const visit = <T extends { type: string }>(block: T): T | { type: 'text'; text: string } => {
    if (block.type !== 'image') return block;
    seen++;
    if (seen <= keep) return block;
    pruned++;
    return { type: 'text', text: IMAGE_OMITTED };
  };
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i]!;
    if (message.role !== 'user' || !Array.isArray(message.content)) continue;
    const content = message.content;
    for (let j = content.length - 1; j >= 0; j--) {
      const block = content[j]!;
      if (block.type === 'tool_result' && Array.isArray(block.content)) {
        const parts = block.content;
        for (let k = parts.length - 1; k >= 0; k--) parts[k] = visit(parts[k]!) as (typeof parts)[number];
      } else {
        content[j] = visit(block) as BetaContentBlockParam;
      }
    }
  }
  return pruned;
}
