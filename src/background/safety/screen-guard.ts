import type { ScreenGuard } from '../browser/screenshot';
import { withinAnswerTime } from '../browser/answer-time';
import { containsSecret, type Secret } from './secrets';

/**
 * Keeps secret values out of pictures. Before and after every capture (the model's screenshots and zooms, vision
 * screenshots, step thumbnails) the text each frame of the tab can show is read — text nodes, open and closed shadow
 * roots, field values other than password fields (which the browser draws masked), placeholders, alt text, CSS
 * generated content, the title — and when any of it holds a secret in any form redaction knows, no picture of that
 * page is taken or kept. Reading before and after means a page that reveals the value between the two reads is
 * still caught. Text a page draws into a canvas or an image cannot be read and is not covered.
 */
export function secretScreenGuard(secrets: Secret[]): ScreenGuard | undefined {
  if (secrets.length === 0) return undefined;
  return async (tabId) => {
    const [frames, present] = await Promise.all([
      withinAnswerTime(
        chrome.scripting.executeScript({ target: { tabId, allFrames: true }, func: textOnScreen }),
      ).catch(() => null),
      chrome.webNavigation.getAllFrames({ tabId }).catch(() => null),
    ]);
    // A tab whose text cannot be read cannot be shown to be free of secrets: nor can one with a frame the script did
    // not reach (the browser injects into no blob: frame, for one), which draws whatever its document holds.
    const read = new Set(frames?.map((frame) => frame.frameId));
    const unread = present?.some((frame) => !read.has(frame.frameId) && !drawsNothingOfThePage(frame));
    if (!frames || !present || unread)
      return 'No picture of this page was taken: its text could not be checked for secret values.';
    const shows = frames.some((frame) => typeof frame.result !== 'string' || containsSecret(frame.result, secrets));
    return shows
      ? 'No picture of this page was taken: it shows the value of a secret (or its text could not be checked).'
      : undefined;
  };
}

/** A frame whose load failed shows the browser's error page, nothing of the page's own. */
function drawsNothingOfThePage(frame: { errorOccurred: boolean; url: string }): boolean {
  return frame.errorOccurred || frame.url.startsWith('chrome-error://');
}

/**
 * Runs in each frame (the extension's isolated world): every piece of text the frame can draw, in document order and
 * again in the order it is drawn (rows top to bottom, left to right), so characters a page scatters through the
 * document and puts back in order with CSS (absolute positions, flex order) are read as they are seen. The browser
 * also draws text that is no text node: attribute values (an option's or option group's `label`, an image button's
 * `alt`, `content: attr(…)`, strings in a `style` attribute), strings of the page's style sheets (list markers,
 * `quotes`, `hyphenate-character`, counter styles, `content` of any pseudo-element), and a field's validation bubble;
 * all of them are read. (Exported for its test; it must stay self-contained, as it is injected on its own.)
 */
export function textOnScreen(): string {
  const parts: string[] = [document.title];
  // Every rule a sheet holds, its imports' too; a sheet of another origin cannot be read (its text is not the page's).
  const sheetText = (sheet: CSSStyleSheet, depth = 0): string => {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      return '';
    }
    return Array.from(rules, (rule) =>
      rule instanceof CSSImportRule && rule.styleSheet && depth < 8
        ? sheetText(rule.styleSheet, depth + 1)
        : rule.cssText,
    ).join('\n');
  };
  const readSheets = (root: Document | ShadowRoot) => {
    for (const sheet of [...Array.from(root.styleSheets), ...(root.adoptedStyleSheets ?? [])])
      parts.push(sheetText(sheet));
  };
  readSheets(document);
  const drawn: Array<{ text: string; x: number; y: number; height: number }> = [];
  const place = (text: string, box: DOMRect) => {
    if (text.trim() && (box.width > 0 || box.height > 0))
      drawn.push({ text, x: box.left, y: box.top + box.height / 2, height: box.height });
  };
  const range = document.createRange();
  // Closed shadow roots are reachable from the extension's world only (chrome.dom); a page cannot hide text in them.
  const shadowOf = (element: Element): ShadowRoot | null =>
    element instanceof HTMLElement && typeof chrome !== 'undefined' && chrome.dom?.openOrClosedShadowRoot
      ? chrome.dom.openOrClosedShadowRoot(element)
      : element.shadowRoot;
  const visit = (root: Node) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        parts.push((node as Text).data);
        range.selectNodeContents(node);
        place((node as Text).data, range.getBoundingClientRect());
        continue;
      }
      // The walk starts at the root itself, which is a shadow root (not an element) inside a shadow tree.
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const element = node as Element;
      // A password field's value attribute is drawn masked, like its value.
      const masked = element instanceof HTMLInputElement && element.type === 'password';
      for (const attribute of Array.from(element.attributes))
        if (!(masked && attribute.name === 'value')) parts.push(attribute.value);
      if ('validationMessage' in element && typeof element.validationMessage === 'string')
        parts.push(element.validationMessage);
      if (element instanceof HTMLInputElement) {
        if (element.type !== 'password') {
          parts.push(element.value);
          place(element.value, element.getBoundingClientRect());
        }
        parts.push(element.placeholder);
      } else if (element instanceof HTMLTextAreaElement) parts.push(element.value, element.placeholder);
      else if (element instanceof HTMLImageElement) parts.push(element.alt);
      for (const pseudo of ['::before', '::after', '::marker']) {
        const content = getComputedStyle(element, pseudo).content;
        if (content && content !== 'none' && content !== 'normal') parts.push(content);
      }
      const shadow = shadowOf(element);
      if (shadow) {
        readSheets(shadow);
        visit(shadow);
      }
    }
  };
  visit(document.documentElement);
  // Rows: pieces whose middles lie within half a line of the row's first piece; each row read left to right.
  const rows: Array<{ y: number; height: number; pieces: typeof drawn }> = [];
  for (const piece of drawn.sort((a, b) => a.y - b.y)) {
    const row = rows.at(-1);
    if (row && Math.abs(piece.y - row.y) <= Math.max(row.height, piece.height) / 2) row.pieces.push(piece);
    else rows.push({ y: piece.y, height: piece.height, pieces: [piece] });
  }
  for (const row of rows)
    parts.push(
      row.pieces
        .sort((a, b) => a.x - b.x)
        .map((piece) => piece.text)
        .join(''),
    );
  return parts.join('\n');
}
