// Accessible names, a pragmatic subset of accname 1.2: aria-labelledby, aria-label, <label>,
// alt, value of input buttons, name from content (for roles that allow it), title, placeholder.
// Content text follows the flat tree (shadow roots, slots), skips hidden parts, and stops early
// once long enough, so naming a huge clickable card stays cheap.

import { collapseSpaces, flatChildren, isElement, isText } from './dom';
import { NAME_FROM_CONTENT } from './roles';

const NAME_LIMIT = 160;
const LABELABLE = new Set(['input', 'select', 'textarea', 'button', 'meter', 'progress', 'output']);
const NEVER_TEXT = new Set(['script', 'style', 'noscript', 'template', 'head']);

function byId(el: Element, id: string): Element | null {
  const root = el.getRootNode() as Document | ShadowRoot;
  return root.getElementById?.(id) ?? el.ownerDocument.getElementById(id);
}

function hiddenForName(el: Element): boolean {
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  return !el.checkVisibility() && getComputedStyle(el).display !== 'contents';
}

/** Text an element contributes to a name, in flat-tree order, up to `limit` characters. */
export function contentText(root: Element, limit = NAME_LIMIT, skip: Element | null = null): string {
  const parts: string[] = [];
  let length = 0;
  const visit = (node: Node): void => {
    if (length >= limit) return;
    if (isText(node)) {
      const t = node.data;
      if (t.trim()) {
        parts.push(t);
        length += t.length;
      }
      return;
    }
    if (!isElement(node) || node === skip) return;
    const tag = node.localName;
    if (NEVER_TEXT.has(tag)) return;
    if (node !== root && hiddenForName(node)) return;
    const label = node !== root ? node.getAttribute('aria-label') : null;
    if (label?.trim()) {
      parts.push(` ${label} `);
      length += label.length;
      return;
    }
    if (tag === 'img' || (tag === 'input' && node.getAttribute('type') === 'image')) {
      const alt = node.getAttribute('alt');
      if (alt) parts.push(` ${alt} `);
      length += alt?.length ?? 0;
      return;
    }
    if (tag === 'svg') {
      const title = node.querySelector(':scope > title')?.textContent;
      if (title) parts.push(` ${title} `);
      return;
    }
    if (node !== root && (tag === 'input' || tag === 'textarea' || tag === 'select')) {
      const value = embeddedValue(node);
      if (value) parts.push(` ${value} `);
      return;
    }
    const block = tag === 'br' || tag === 'p' || tag === 'div' || tag === 'li' || tag === 'td' || tag === 'th';
    if (block) parts.push(' ');
    for (const child of Array.from(flatChildren(node))) visit(child);
    if (block) parts.push(' ');
  };
  visit(root);
  return collapseSpaces(parts.join(''));
}

function embeddedValue(el: Element): string {
  if (el.localName === 'select') return (el as HTMLSelectElement).selectedOptions[0]?.text ?? '';
  const input = el as HTMLInputElement;
  return input.type === 'password' ? '' : input.value;
}

function fromLabelledBy(el: Element): string {
  const ids = el.getAttribute('aria-labelledby');
  if (!ids) return '';
  return collapseSpaces(
    ids
      .split(/\s+/)
      .map((id) => {
        const target = id ? byId(el, id) : null;
        return target ? (target.getAttribute('aria-label') ?? contentText(target)) : '';
      })
      .join(' '),
  );
}

function fromLabels(el: Element): string {
  const labels = (el as HTMLInputElement).labels;
  if (!labels?.length) return '';
  return collapseSpaces(Array.from(labels, (label) => contentText(label, NAME_LIMIT, el)).join(' '));
}

function inputButtonName(el: HTMLInputElement): string {
  const type = el.type;
  if (type === 'submit') return el.value || 'Submit';
  if (type === 'reset') return el.value || 'Reset';
  if (type === 'image') return el.alt || el.value || 'Submit';
  if (type === 'button') return el.value;
  return '';
}

export function accessibleName(el: Element, role: string): string {
  const labelledBy = fromLabelledBy(el);
  if (labelledBy) return labelledBy;
  const ariaLabel = el.getAttribute('aria-label')?.trim();
  if (ariaLabel) return collapseSpaces(ariaLabel);
  const tag = el.localName;
  if (LABELABLE.has(tag)) {
    const labelled = fromLabels(el);
    if (labelled) return labelled;
  }
  if (tag === 'input') {
    const own = inputButtonName(el as HTMLInputElement);
    if (own) return own;
  }
  if (tag === 'img' || tag === 'area') {
    const alt = el.getAttribute('alt')?.trim();
    if (alt) return collapseSpaces(alt);
  }
  if (tag === 'svg') {
    const title = el.querySelector(':scope > title')?.textContent?.trim();
    if (title) return collapseSpaces(title);
  }
  if (tag === 'fieldset') {
    const legend = el.querySelector(':scope > legend');
    if (legend) return contentText(legend);
  }
  if (tag === 'table') {
    const caption = el.querySelector(':scope > caption');
    if (caption) return contentText(caption);
  }
  if (tag === 'figure') {
    const caption = el.querySelector(':scope > figcaption');
    if (caption) return contentText(caption);
  }
  if (NAME_FROM_CONTENT.has(role) && tag !== 'input' && tag !== 'textarea' && tag !== 'select') {
    const text = contentText(el);
    if (text) return text;
  }
  const title = el.getAttribute('title')?.trim();
  if (title) return collapseSpaces(title);
  const placeholder = el.getAttribute('placeholder') ?? el.getAttribute('aria-placeholder');
  return placeholder ? collapseSpaces(placeholder) : '';
}
