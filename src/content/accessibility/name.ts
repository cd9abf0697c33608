// Accessible names after accname 1.2: aria-labelledby (hidden targets included), aria-label, native
// labels (<label>, alt, legend, caption, value of input buttons), name from content for the roles
// that allow it, title, placeholder. Content text follows the flat tree (shadow roots, slots,
// aria-owns), includes ::before/::after text, gives embedded controls their value, skips hidden
// parts, separates block-level, inline-block and table-cell boundaries with a space, keeps the
// space of whitespace-only text between inline elements, and stops early once long enough, so
// naming a huge clickable card stays cheap.

import { collapseSpaces, flatChildren, isElement, isText } from '../snapshot/dom';
import { computeRole, NAME_FROM_CONTENT, WIDGET_ROLES } from './roles';

const NAME_LIMIT = 160;
const LABELABLE = new Set(['input', 'select', 'textarea', 'button', 'meter', 'progress', 'output']);
const NEVER_TEXT = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);
const NATIVE_CONTROLS = new Set(['button', 'input', 'select', 'textarea']);
const RANGE_ROLES = new Set(['slider', 'spinbutton', 'progressbar', 'scrollbar', 'meter']);

export interface ContentOptions {
  /** Leave out descendant controls: a container or heading shows its own text, its controls get lines of their own. */
  skipControls?: boolean;
  /** Name from content whatever the role: for a generic element a person can click (a div with a listener). */
  fromContent?: boolean;
  /** Descendants left out of name from content: targets the snapshot found inside, printed as lines of their own. */
  leaveOut?: ReadonlySet<Element>;
}

interface Traversal extends ContentOptions {
  parts: string[];
  length: number;
  limit: number;
  skip: Element | null;
  /** Inside an aria-labelledby target that is itself hidden: hidden content counts (accname 2A). */
  includeHidden: boolean;
  /** Inside an aria-labelledby traversal: no second hop (accname 2B). */
  inLabelledBy: boolean;
  /** Elements already on the path (aria-owns and labelledby can form cycles). */
  seen: Set<Element>;
}

function byId(el: Element, id: string): Element | null {
  const root = el.getRootNode() as Document | ShadowRoot;
  return root.getElementById?.(id) ?? el.ownerDocument.getElementById(id);
}

function styleOf(el: Element, pseudo?: string): CSSStyleDeclaration {
  return (el.ownerDocument.defaultView ?? window).getComputedStyle(el, pseudo);
}

function isHidden(el: Element, style: CSSStyleDeclaration): boolean {
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  return style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse';
}

/** Whole element hidden, ancestors included (for aria-labelledby targets). */
function hiddenAsTarget(el: Element): boolean {
  return !el.checkVisibility({ visibilityProperty: true }) || el.closest('[aria-hidden=true]') !== null;
}

/**
 * Text of CSS generated content (its strings; `attr()` comes computed as one), or its alternative text after ` / `
 * where one is given (`content: "\f2ed" / "Delete"` for an icon glyph, `/ ""` for decoration). Counters and images
 * have no text here.
 */
function generatedText(el: Element, pseudo: '::before' | '::after'): string {
  const content = styleOf(el, pseudo).content;
  if (!content || content === 'none' || content === 'normal') return '';
  const [main = '', alternative] = content.split(/\s\/\s/);
  return Array.from((alternative ?? main).matchAll(/"((?:[^"\\]|\\.)*)"/g), (m) =>
    (m[1] as string).replace(/\\(.)/g, '$1'),
  ).join('');
}

function isControl(el: Element, role: string): boolean {
  if (NATIVE_CONTROLS.has(el.localName) && role !== 'generic') return true;
  if (el.localName === 'a' && el.hasAttribute('href')) return true;
  return WIDGET_ROLES.has(role);
}

/** Value an embedded control contributes to the name of something else (accname 2C/2E), or null. */
function embeddedValue(el: Element, role: string): string | null {
  const tag = el.localName;
  if (role === 'textbox' || role === 'searchbox') {
    if (tag === 'input' || tag === 'textarea') {
      const input = el as HTMLInputElement;
      return input.type === 'password' ? '' : input.value;
    }
    return el.textContent ?? '';
  }
  if (role === 'combobox' || role === 'listbox') {
    if (tag === 'select') return Array.from((el as HTMLSelectElement).selectedOptions, (o) => o.text).join(' ');
    if (tag === 'input') return (el as HTMLInputElement).value;
    const selected = el.querySelectorAll('[role=option][aria-selected=true]');
    if (selected.length) return Array.from(selected, (o) => o.textContent ?? '').join(' ');
    return role === 'combobox' ? (el.textContent ?? '') : '';
  }
  if (RANGE_ROLES.has(role)) {
    const aria = el.getAttribute('aria-valuetext') ?? el.getAttribute('aria-valuenow');
    if (aria !== null) return aria;
    return tag === 'input' || tag === 'progress' || tag === 'meter' ? String((el as HTMLInputElement).value ?? '') : '';
  }
  return null;
}

function push(t: Traversal, text: string): void {
  t.parts.push(text);
  t.length += text.length;
}

function visitNode(node: Node, t: Traversal, root: Element): void {
  if (t.length >= t.limit) return;
  if (isText(node)) {
    // Whitespace between inline elements is a word boundary ("<b>Sign</b> <b>in</b>").
    push(t, node.data.trim() ? node.data : ' ');
    return;
  }
  if (!isElement(node) || node === t.skip || t.seen.has(node)) return;
  const el = node;
  const tag = el.localName;
  if (NEVER_TEXT.has(tag)) return;
  const style = styleOf(el);
  if (el !== root && !t.includeHidden && isHidden(el, style)) return;
  const role = el === root ? '' : computeRole(el);
  // A skipped control gives nothing, not even its tooltip: its own line carries it.
  if (el !== root && t.skipControls && isControl(el, role)) return;
  if (t.leaveOut?.has(el)) return;
  t.seen.add(el);
  const block = style.display !== 'inline' && style.display !== 'contents';
  if (block || tag === 'br') push(t, ' ');
  const before = t.length;
  if (el === root) contentOf(el, t, root);
  else descendantText(el, role, t, root);
  // A descendant that contributes nothing may still have a tooltip (accname 2I).
  if (el !== root && t.length === before) {
    const title = el.getAttribute('title')?.trim();
    if (title) push(t, title);
  }
  if (block) push(t, ' ');
}

/** A descendant's contribution: its own label when it has one, its value when it is an embedded control, else its content. */
function descendantText(el: Element, role: string, t: Traversal, root: Element): void {
  if (!t.inLabelledBy) {
    const labelledBy = fromLabelledBy(el, t.seen);
    if (labelledBy) {
      push(t, ` ${labelledBy} `);
      return;
    }
  }
  const label = el.getAttribute('aria-label')?.trim();
  if (label && !RANGE_ROLES.has(role) && role !== 'textbox' && role !== 'combobox' && role !== 'listbox') {
    push(t, ` ${label} `);
    return;
  }
  const value = embeddedValue(el, role);
  if (value !== null) {
    push(t, ` ${value} `);
    return;
  }
  const tag = el.localName;
  if (tag === 'img' || tag === 'area' || (tag === 'input' && el.getAttribute('type') === 'image')) {
    const alt = el.getAttribute('alt');
    if (alt) push(t, ` ${alt} `);
    return;
  }
  if (tag === 'input') {
    const own = inputButtonName(el as HTMLInputElement);
    if (own) push(t, ` ${own} `);
    return;
  }
  if (tag === 'svg') {
    const title = el.querySelector(':scope > title')?.textContent;
    if (title) push(t, ` ${title} `);
    return;
  }
  contentOf(el, t, root);
}

/** ::before, children in the flat tree, elements the node owns through aria-owns, ::after. */
function contentOf(el: Element, t: Traversal, root: Element): void {
  const before = generatedText(el, '::before');
  if (before) push(t, before);
  for (const child of Array.from(flatChildren(el))) visitNode(child, t, root);
  const owns = el.getAttribute('aria-owns');
  if (owns) {
    for (const id of owns.split(/\s+/)) {
      const owned = id ? byId(el, id) : null;
      if (!owned || el.contains(owned)) continue;
      // Owned elements live elsewhere in the DOM: they are a separate piece of the name.
      push(t, ' ');
      visitNode(owned, t, root);
    }
  }
  const after = generatedText(el, '::after');
  if (after) push(t, after);
}

function traverse(
  root: Element,
  limit: number,
  skip: Element | null,
  options: ContentOptions,
  labelledBy: boolean,
  seen: Set<Element>,
): string {
  const t: Traversal = {
    ...options,
    parts: [],
    length: 0,
    limit,
    skip,
    includeHidden: labelledBy && hiddenAsTarget(root),
    inLabelledBy: labelledBy,
    seen,
  };
  visitNode(root, t, root);
  return collapseSpaces(t.parts.join(''));
}

/** Text an element contributes to a name, in flat-tree order, up to `limit` characters. */
export function contentText(
  root: Element,
  limit = NAME_LIMIT,
  skip: Element | null = null,
  options: ContentOptions = {},
): string {
  return traverse(root, limit, skip, options, false, new Set());
}

function fromLabelledBy(el: Element, seen: Set<Element> = new Set(), options: ContentOptions = {}): string {
  const ids = el.getAttribute('aria-labelledby');
  if (!ids) return '';
  const parts: string[] = [];
  for (const id of ids.split(/\s+/)) {
    const target = id ? byId(el, id) : null;
    if (!target || seen.has(target)) continue;
    const label = target.getAttribute('aria-label')?.trim();
    if (label) {
      parts.push(label);
      continue;
    }
    const role = computeRole(target);
    const value = target === el ? null : embeddedValue(target, role);
    parts.push(value ?? traverse(target, NAME_LIMIT, null, options, true, new Set()));
  }
  return collapseSpaces(parts.join(' '));
}

function fromLabels(el: Element): string {
  const labels = (el as HTMLInputElement).labels;
  if (!labels?.length) return '';
  // A label's own aria-label stands for its text (accname 2C applies on the label, as in Chromium's tree).
  const said = (label: HTMLLabelElement) =>
    label.getAttribute('aria-label')?.trim() || contentText(label, NAME_LIMIT, el);
  return collapseSpaces(Array.from(labels, said).join(' '));
}

function inputButtonName(el: HTMLInputElement): string {
  const type = el.type;
  if (type === 'submit') return el.getAttribute('value') ?? 'Submit';
  if (type === 'reset') return el.getAttribute('value') ?? 'Reset';
  if (type === 'image') return el.getAttribute('alt') ?? el.getAttribute('value') ?? 'Submit';
  if (type === 'button') return el.value;
  return '';
}

const CAPTIONS = new Map([
  ['fieldset', ':scope > legend'],
  ['table', ':scope > caption'],
  ['figure', ':scope > figcaption'],
]);

/**
 * The accessible name of `el` with role `role`. With `skipControls`, name from content leaves out descendant
 * controls: for the snapshot's containers and headings, whose controls are printed as lines of their own.
 */
export function accessibleName(el: Element, role: string, options: ContentOptions = {}): string {
  const labelledBy = fromLabelledBy(el, new Set(), options);
  if (labelledBy) return labelledBy;
  const ariaLabel = el.getAttribute('aria-label')?.trim();
  if (ariaLabel) return collapseSpaces(ariaLabel);
  const tag = el.localName;
  if (LABELABLE.has(tag) && !(tag === 'input' && (el as HTMLInputElement).type === 'hidden')) {
    const labelled = fromLabels(el);
    if (labelled) return labelled;
  }
  if (tag === 'input') {
    const own = inputButtonName(el as HTMLInputElement);
    if (own) return collapseSpaces(own);
  }
  if (tag === 'img' || tag === 'area' || (tag === 'input' && (el as HTMLInputElement).type === 'image')) {
    const alt = el.getAttribute('alt')?.trim();
    if (alt) return collapseSpaces(alt);
  }
  if (tag === 'svg') {
    const title = el.querySelector(':scope > title')?.textContent?.trim();
    if (title) return collapseSpaces(title);
  }
  const caption = CAPTIONS.get(tag);
  if (caption) {
    const captionEl = el.querySelector(caption);
    if (captionEl) {
      const text = contentText(captionEl, NAME_LIMIT, null, options);
      if (text) return text;
    }
  }
  if (
    (NAME_FROM_CONTENT.has(role) || options.fromContent) &&
    tag !== 'input' &&
    tag !== 'textarea' &&
    tag !== 'select'
  ) {
    const text = contentText(el, NAME_LIMIT, null, options);
    if (text) return text;
  }
  const title = el.getAttribute('title')?.trim();
  if (title) return collapseSpaces(title);
  const placeholder = el.getAttribute('placeholder') ?? el.getAttribute('aria-placeholder');
  return placeholder ? collapseSpaces(placeholder) : '';
}
