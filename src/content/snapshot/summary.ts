// What lies outside the detailed part of a snapshot (above or below the viewport, behind a
// modal, or past the output budget), told in a few numbers: how many controls of which kind, how
// much text, which headings, and which structures repeat. Counting uses native selector
// matching on the skipped subtrees, so it stays cheap on huge pages; it does not look inside
// shadow roots or check styles, hence the "~". Subtrees the markup itself hides (`hidden`, aria-hidden, inert: a
// tree's collapsed folders, closed panels) are not counted, and a text is quoted only where it can be seen.

import { contentText } from '../accessibility/name';
import { WIDGET_ROLES } from '../accessibility/roles';
import { clip, collapseSpaces } from './dom';

// Broad on purpose (a few simple selectors match fast); kindOf() sorts out what is not a control.
const CONTROL_SELECTOR = 'a[href],button,input,select,textarea,summary,[role],[tabindex],[onclick],[contenteditable]';
/** Roles counted as one control each: every widget but a list box (its options are counted) and a scrollbar. */
const CONTROL_ROLES = new Set([...WIDGET_ROLES].filter((role) => role !== 'listbox' && role !== 'scrollbar'));
/** Kinds of ARIA controls as the summary counts them; the rest (text boxes, sliders, comboboxes) are fields. */
const ROLE_KINDS = new Map([
  ['link', 'links'],
  ['button', 'buttons'],
  ['checkbox', 'checkboxes'],
  ['switch', 'checkboxes'],
  ['radio', 'checkboxes'],
  ['menuitemcheckbox', 'checkboxes'],
  ['menuitemradio', 'checkboxes'],
  ['tab', 'tabs'],
  ['treeitem', 'items'],
  ['option', 'items'],
  ['menuitem', 'items'],
]);
const HEADING_SELECTOR = 'h1,h2,h3,h4,[role=heading]';
/** Hidden by its markup: nothing in it is offered. */
const HIDDEN_SELECTOR = '[hidden],[aria-hidden="true"],[inert]';
const MAX_HEADINGS = 5;

export interface OutsideSummary {
  controls: number;
  kinds: Map<string, number>;
  textChars: number;
  headings: string[];
  /**
   * Runs of similar siblings, biggest first: `count × role`, with the first item's text as a sample, or every item's
   * when a few short ones say it all (the lists of a board past its edge).
   */
  repeats: Array<{ count: number; what: string; samples: string[] }>;
}

/** The kind of control for the summary, or null when the match is no control after all. */
function kindOf(el: Element): string | null {
  const role = el.getAttribute('role');
  if (role && CONTROL_ROLES.has(role)) return ROLE_KINDS.get(role) ?? 'fields';
  switch (el.localName) {
    case 'a':
      return 'links';
    case 'button':
    case 'summary':
      return 'buttons';
    case 'input': {
      const type = el.getAttribute('type');
      if (type === 'hidden') return null;
      return type === 'checkbox' || type === 'radio'
        ? 'checkboxes'
        : type === 'submit' || type === 'button'
          ? 'buttons'
          : 'fields';
    }
    case 'select':
    case 'textarea':
      return 'fields';
  }
  const tabindex = el.getAttribute('tabindex');
  if (el.hasAttribute('onclick') || (tabindex !== null && Number(tabindex) >= 0)) return 'other controls';
  const editable = el.getAttribute('contenteditable');
  return editable === '' || editable === 'true' ? 'fields' : null;
}

function signature(el: Element): string {
  return `${el.localName}|${el.getAttribute('role') ?? ''}|${el.getAttribute('class') ?? ''}`;
}

function describe(el: Element): string {
  const role = el.getAttribute('role');
  if (role) return role;
  const tag = el.localName;
  return tag === 'li' ? 'list items' : tag === 'tr' ? 'rows' : tag === 'article' ? 'articles' : `<${tag}>`;
}

/**
 * Whether a text quoted in a summary can be seen: quoting costs a style check, so only quoted texts get one (a heading
 * a page hides below the fold is no sample of what lies there, and its words never reach the model).
 */
function shows(el: Element): boolean {
  return el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
}

/** An item's text as its line would read it: cell and block boundaries are spaces, aria-hidden icons left out. */
function sampleText(el: Element): string {
  if (!shows(el)) return '';
  const lead = Array.from(el.querySelectorAll(HEADING_SELECTOR)).find(shows) ?? el;
  return clip(contentText(lead, 60), 40);
}

/** Up to this many items of a run are all named by their titles, when each is short (a board's lists, a section). */
const NAMED_RUN = 6;
const SHORT_SAMPLE = 24;

/** Every item's title when a few items each have a short one of their own (headings), else the first item's text. */
function samplesOf(run: readonly Element[]): string[] {
  const first = sampleText(run[0] as Element);
  const titled = run.length <= NAMED_RUN && run.every((el) => el.querySelector(HEADING_SELECTOR) !== null);
  if (!titled) return first ? [first] : [];
  const all = run.map(sampleText);
  const distinct = new Set(all).size === all.length;
  return distinct && all.every((text) => text && text.length <= SHORT_SAMPLE) ? all : [first];
}

/** The outermost subtrees under `root` that its markup hides, in document order. */
function hiddenSubtrees(root: Element): Element[] {
  const outermost: Element[] = [];
  for (const el of root.querySelectorAll(HIDDEN_SELECTOR)) {
    const last = outermost[outermost.length - 1];
    if (!last?.contains(el)) outermost.push(el);
  }
  return outermost;
}

/** Counts controls, kinds and text of one subtree into `summary`, `weight` times over. */
function count(root: Element, weight: number, summary: OutsideSummary, withHeadings: boolean): void {
  const controls = root.matches(CONTROL_SELECTOR)
    ? [root, ...root.querySelectorAll(CONTROL_SELECTOR)]
    : root.querySelectorAll(CONTROL_SELECTOR);
  const hidden = hiddenSubtrees(root);
  const unseen = new Set(hidden.flatMap((el) => [...el.querySelectorAll(CONTROL_SELECTOR)]));
  for (const control of controls) {
    if (unseen.has(control)) continue;
    const kind = kindOf(control);
    if (kind === null) continue;
    summary.kinds.set(kind, (summary.kinds.get(kind) ?? 0) + weight);
    summary.controls += weight;
  }
  const hiddenText = hidden.reduce((sum, el) => sum + (el.textContent?.length ?? 0), 0);
  summary.textChars += ((root.textContent?.length ?? 0) - hiddenText) * weight;
  if (!withHeadings || summary.headings.length >= MAX_HEADINGS) return;
  const headings = root.matches(HEADING_SELECTOR) ? [root] : root.querySelectorAll(HEADING_SELECTOR);
  for (const h of headings) {
    if (hidden.some((el) => el.contains(h)) || !shows(h)) continue;
    const text = clip(collapseSpaces(h.textContent ?? ''), 60);
    if (text && !summary.headings.includes(text)) summary.headings.push(text);
    if (summary.headings.length >= MAX_HEADINGS) break;
  }
}

/** Items of a long run counted one by one; the rest of the run is extrapolated from them. */
const RUN_SAMPLE = 8;

export function summarize(roots: readonly Element[]): OutsideSummary {
  const summary: OutsideSummary = { controls: 0, kinds: new Map(), textChars: 0, headings: [], repeats: [] };
  let start = 0;
  while (start < roots.length) {
    const first = roots[start] as Element;
    let end = start + 1;
    while (end < roots.length) {
      const next = roots[end] as Element;
      if (signature(next) !== signature(first)) break;
      end++;
    }
    const length = end - start;
    const sampled = Math.min(length, RUN_SAMPLE);
    const repeated = length >= 4;
    // Headings of repeated items are item titles, not the page's outline: the sample stands for them.
    for (let i = 0; i < sampled; i++)
      count(roots[start + i] as Element, i === sampled - 1 ? length - sampled + 1 : 1, summary, !repeated);
    // A run of labels is a form's fields, which the kinds of controls already count.
    if (repeated && first.localName !== 'label')
      summary.repeats.push({ count: length, what: describe(first), samples: samplesOf(roots.slice(start, end)) });
    start = end;
  }
  summary.repeats.sort((a, b) => b.count - a.count);
  return summary;
}

function thousands(n: number): string {
  return n.toLocaleString('en-US');
}

const SINGULAR = new Map([
  ['links', 'link'],
  ['buttons', 'button'],
  ['fields', 'field'],
  ['checkboxes', 'checkbox'],
  ['other controls', 'other control'],
  ['tabs', 'tab'],
  ['items', 'item'],
]);

/** Below this much text, the kinds of controls and the headings say enough; past it, get_page_text may be worth it. */
const TEXT_WORTH_SAYING = 1000;

function quoteSamples(samples: readonly string[]): string {
  if (samples.length === 0) return '';
  const quoted = samples.map((text) => JSON.stringify(text)).join(', ');
  return samples.length === 1 ? ` (e.g. ${quoted})` : ` (${quoted})`;
}

/**
 * One line such as `~2,960 links, 2,952 buttons, ~410,000 chars of text; 1,476 × list items (e.g. "Trail runner");
 * headings: "Reviews"`. The kinds add up to the controls, so no total is said. `measured`: the line says how far the
 * part reaches (screens of the window), which tells its size better than a count of characters: the amount of text is
 * then said only when nothing else is.
 */
export function describeSummary(s: OutsideSummary, measured = false): string {
  const parts: string[] = [];
  const kinds = [...s.kinds]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${thousands(n)} ${n === 1 ? (SINGULAR.get(k) ?? k) : k}`);
  if (kinds.length) parts.push(`~${kinds.join(', ')}`);
  const repeats = s.repeats.slice(0, 2).map((r) => `${thousands(r.count)} × ${r.what}${quoteSamples(r.samples)}`);
  const saysEnough = kinds.length > 0 || repeats.length > 0 || s.headings.length > 0;
  if ((!measured && s.textChars >= TEXT_WORTH_SAYING) || (!saysEnough && s.textChars > 0)) {
    const chars = s.textChars >= 10_000 ? Math.round(s.textChars / 1000) * 1000 : s.textChars;
    parts.push(`~${thousands(chars)} chars of text`);
  }
  let line = parts.join(', ');
  for (const part of [
    ...repeats,
    ...(s.headings.length ? [`headings: ${s.headings.map((h) => JSON.stringify(h)).join(', ')}`] : []),
  ])
    line += line ? `; ${part}` : part;
  return line || 'no controls or text';
}
