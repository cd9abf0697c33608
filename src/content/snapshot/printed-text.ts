// How page text shows on a snapshot line. Names stay in double quotes (`button "Save" [ref_4]`, the browser use
// tool's own form); a text line or a text part of an item needs none unless it could be misread, and the two quotes
// cost two tokens on each of them (a tenth of a table page):
//
//   Noah Zhang                        plain text
//   "[ref_9] Pay now"                 a text holding a bracket, a quote, " | " or "=", or a colon before a space
//   "or sign in with"                 a text starting with a lowercase word could read as a role (`banner`)
//   "$12.99" button "Buy" [ref_4]     a text followed by more parts after a space (a table cell's parts)

/** Characters and shapes of the line's syntax: ref brackets, quotes, the item separator, key=value, "head: parts". */
const SYNTAX = /["[\]|=\\\p{Cc}]|: |:$/u;
/**
 * Starts a text cannot have bare: a lowercase word (the shape of a role: `banner`, `main [ref_3]`), the new-element
 * star, the snapshot's own notes and summary lines.
 */
const LINE_START =
  /^(?:[a-z]+(?: |$)|[*(<…]|Viewport |Above the viewport|Below the viewport|Past the window edge|Not shown)/;

/** What the caller writes after the text on its line: nothing (or an item's ` | `), or more words. */
export type Followed = 'end' | 'words';

/** A text line, or a text part of an item line: bare when unambiguous, else a JSON string. */
export function printedText(text: string, followed: Followed = 'end'): string {
  const bare =
    text !== '' && text.trim() === text && followed === 'end' && !SYNTAX.test(text) && !LINE_START.test(text);
  return bare ? text : JSON.stringify(text);
}
