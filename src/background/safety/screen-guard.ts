import type { ScreenGuard } from '../browser/screenshot';
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
    const frames = await chrome.scripting
      .executeScript({ target: { tabId, allFrames: true }, func: textOnScreen })
      .catch(() => null);
    // A tab whose text cannot be read cannot be shown to be free of secrets.
    if (!frames) return 'No picture of this page was taken: its text could not be checked for secret values.';
    const shows = frames.some((frame) => typeof frame.result !== 'string' || containsSecret(frame.result, secrets));
    return shows
      ? 'No picture of this page was taken: it shows the value of a secret (or its text could not be checked).'
      : undefined;
  };
}

/** Runs in each frame (the extension's isolated world): every piece of text the frame can draw. */
function textOnScreen(): string {
  const parts: string[] = [document.title];
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
        continue;
      }
      // The walk starts at the root itself, which is a shadow root (not an element) inside a shadow tree.
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const element = node as Element;
      if (element instanceof HTMLInputElement) {
        if (element.type !== 'password') parts.push(element.value);
        parts.push(element.placeholder);
      } else if (element instanceof HTMLTextAreaElement) parts.push(element.value, element.placeholder);
      else if (element instanceof HTMLImageElement) parts.push(element.alt);
      for (const pseudo of ['::before', '::after', '::marker']) {
        const content = getComputedStyle(element, pseudo).content;
        if (content && content !== 'none' && content !== 'normal') parts.push(content);
      }
      const shadow = shadowOf(element);
      if (shadow) visit(shadow);
    }
  };
  visit(document.documentElement);
  return parts.join('\n');
}
