import type { BetaToolResultBlockParam } from '@anthropic-ai/sdk/resources/beta';
import { neutralizeTags, UNTRUSTED_CLOSE, UNTRUSTED_OPEN, withoutEnvelope } from './page-envelope';

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
  const line = withoutEnvelope(text).replace(/\s+/g, ' ').trim();
  return line.length > MAX_SUMMARY_CHARS ? `${line.slice(0, MAX_SUMMARY_CHARS)}…` : line;
}

type TabEntry = { title?: unknown; url?: unknown };

/**
 * A browser member's result as the model may read it. Every string in it can carry page text (element names in an
 * action's line, a dialog's message, an error quoting the page, a tab's title and URL), so each one loses its
 * look-alike tags here, whichever member produced it; the envelope markers the driver put around page content stay.
 * A safety net: the driver already fences page content where it enters a result.
 */
export function neutralizeToolResult(result: BetaToolResultBlockParam): BetaToolResultBlockParam {
  const content = result.content;
  if (typeof content === 'string') return { ...result, content: keepEnvelope(content) };
  if (!content) return result;
  return {
    ...result,
    content: content.map((block) => {
      if (block.type === 'text') return { ...block, text: keepEnvelope(block.text) };
      const tabs = (block as { tabs?: TabEntry[] }).tabs;
      if (!Array.isArray(tabs)) return block;
      const safeTabs = tabs.map((tab) => ({
        ...tab,
        ...(typeof tab.title === 'string' ? { title: neutralizeTags(tab.title) } : {}),
        ...(typeof tab.url === 'string' ? { url: neutralizeTags(tab.url) } : {}),
      }));
      return { ...block, tabs: safeTabs } as typeof block;
    }),
  };
}

const ENVELOPE_MARKER = /(<untrusted_page_content>|<\/untrusted_page_content>)/;

/**
 * Neutralizes every look-alike tag but the envelope markers, and keeps a marker only where it opens or closes a
 * block in order (a closer with nothing open, or an opener inside a block, could only come from page text); a block
 * left open (by a cut, say) is closed at the end.
 */
export function keepEnvelope(text: string): string {
  let open = false;
  const parts = text.split(ENVELOPE_MARKER).map((part, index) => {
    if (index % 2 === 0) return neutralizeTags(part);
    const opener = part === UNTRUSTED_OPEN;
    if (opener !== open) {
      open = opener;
      return part;
    }
    return neutralizeTags(part);
  });
  if (open) parts.push(UNTRUSTED_CLOSE);
  return parts.join('');
}
