/**
 * The one way page-derived text reaches a model: inside an <untrusted_page_content> block, with every look-alike of
 * the tags Tabwright's own messages use neutralized, so page text can neither close the block nor open a trusted one.
 * Everything a page controls (snapshots, page text, find results, console and network logs, dialog messages, titles,
 * URLs, and model output built from them) goes through `untrustedBlock` or, inside one line, `neutralizeTags`.
 */
import { latinText } from '../safety/folded-text';
export const UNTRUSTED_OPEN = '<untrusted_page_content>';
export const UNTRUSTED_CLOSE = '</untrusted_page_content>';

/** The tags of Tabwright's own prompts (and of the conversation format) that page text must never produce. */
const RESERVED_TAGS = new Set([
  'untrusted_page_content',
  'page_state',
  'task',
  'metadata',
  'previous_tasks',
  'system',
  'user',
  'human',
  'assistant',
  'request',
  'accessibility_tree',
  'page_text',
  'secret',
  'instructions',
  'tool_result',
  'function_results',
  'browser_state',
]);

/**
 * An opening angle bracket in any spelling a model may read as one: ASCII, HTML entities, a JSON escape, and the
 * fullwidth, small and mathematical forms. Then optional spacing, invisible format characters and a slash (or a
 * look-alike, or JSON's escaped `\/`), then a name whose letters may be fullwidth, carry combining marks or be broken
 * up by invisible characters, and more words after spaces, dots or plus signs (`</untrusted page content>` and
 * `< t a s k >` read as tags too).
 */
const TAG_LIKE =
  /(<|&lt;?|&#0*60;?|&#x0*3c;?|\\u003c|\\x3c|%3c|\uFF1C|\uFE64|\u2039|\u3008|\u27E8|\u2329|\u02C2|\u1438|\u276E|\u29FC)([\s\p{Cf}]*\\?[/\uFF0F\u2044\u2215]?[\s\p{Cf}]*)([\p{L}\p{M}\p{N}_\-\uFF3F\p{Cf}]+(?:[\s.+\u00B7]+[\p{L}\p{M}\p{N}_\-\uFF3F\p{Cf}]+){0,23})/giu;
/** What may keep the words of a tag's name apart: `<previous tasks>`, `<untrusted.page.content>`. */
const WORD_BREAK = /[\s.+\u00B7]+/u;

/**
 * The form a name takes once fullwidth letters and look-alikes fold to ASCII and invisible characters, combining marks
 * and word breaks (`_`, `-`) go: `untrusted-page-content`, `untrusted_page_con̲tent` and `untrustedpagecontent` are one.
 */
function canonicalName(name: string): string {
  return latinText(name).replace(/[-_]/g, '').toLowerCase();
}

/** The reserved names as canonicalName writes them. */
const RESERVED_NAMES = new Set(Array.from(RESERVED_TAGS, canonicalName));

/** Page text cannot close the untrusted block or open a trusted one: a look-alike reserved tag's bracket
 * becomes `[`, which no reader takes for a tag. */
export function neutralizeTags(text: string): string {
  return text.replace(TAG_LIKE, (match, _bracket: string, slash: string, name: string) =>
    isReservedName(name) ? `[${slash.replace(/[\s\p{Cf}]/gu, '')}${name}` : match,
  );
}

/** Whether a name, or its first words joined (`untrusted page content and more`), is one of the reserved tags. */
function isReservedName(name: string): boolean {
  const words = name.split(WORD_BREAK);
  return words.some((_word, index) => RESERVED_NAMES.has(canonicalName(words.slice(0, index + 1).join(''))));
}

/** Page-derived text as the model must read it: data, fenced, with nothing inside able to leave the fence. */
export function untrustedBlock(text: string): string {
  return `${UNTRUSTED_OPEN}\n${neutralizeTags(text)}\n${UNTRUSTED_CLOSE}`;
}

/** The text inside the fence again, for places people read (the timeline), where the markers are noise. */
export function withoutEnvelope(text: string): string {
  return text.replaceAll(UNTRUSTED_OPEN, '').replaceAll(UNTRUSTED_CLOSE, '');
}
