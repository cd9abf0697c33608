import type { BetaToolResultBlockParam } from '@anthropic-ai/sdk/resources/beta';

const MAX_SUMMARY_CHARS = 300;

/** A tool result in one line, for the step timeline: the text blocks only, never page-sized. */
export function summarizeResult(result: BetaToolResultBlockParam): string {
  const content = result.content;
  const text =
    typeof content === 'string'
      ? content
      : (content ?? [])
          .map((block) => (block.type === 'text' ? block.text : block.type === 'image' ? '[screenshot]' : ''))
          .filter(Boolean)
          .join(' ');
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > MAX_SUMMARY_CHARS ? `${line.slice(0, MAX_SUMMARY_CHARS)}…` : line;
}
