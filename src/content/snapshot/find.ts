// find: local matching of a short description ("search bar", "add to cart button") against the
// elements of a full-page walk. Query words are scored against the accessible name (strongest),
// role words and synonyms, and a few attributes (placeholder, title, name, id, type, href).
// Purely lexical: no model call, deterministic, and explainable by the line it returns.

import { contentText } from '../accessibility/name';
import { computeRole } from '../accessibility/roles';
import { RELATIVE_CUTOFF } from '../../shared/found-elements';
import type { SnapNode } from './types';

const STOP_WORDS = new Set([
  'the',
  'a',
  'an',
  'to',
  'of',
  'for',
  'in',
  'on',
  'at',
  'with',
  'and',
  'or',
  'that',
  'this',
  'element',
  'page',
  'me',
  'my',
  'field',
]);

/** Words people use for a kind of element, mapped to the roles that fit. */
const ROLE_WORDS = new Map<string, readonly string[]>([
  ['button', ['button']],
  ['btn', ['button']],
  ['link', ['link']],
  ['links', ['link']],
  ['checkbox', ['checkbox', 'switch']],
  ['check', ['checkbox']],
  ['tick', ['checkbox']],
  ['radio', ['radio']],
  ['option', ['option', 'radio']],
  ['toggle', ['switch', 'checkbox', 'button']],
  ['switch', ['switch']],
  ['input', ['textbox', 'searchbox', 'combobox', 'spinbutton']],
  ['textbox', ['textbox', 'searchbox']],
  ['box', ['textbox', 'searchbox', 'checkbox', 'combobox']],
  ['bar', ['searchbox', 'textbox', 'navigation', 'toolbar']],
  ['search', ['searchbox', 'search']],
  ['text', ['textbox']],
  ['textarea', ['textbox']],
  ['dropdown', ['combobox', 'listbox', 'menu']],
  ['select', ['combobox', 'listbox']],
  ['combobox', ['combobox']],
  ['menu', ['menu', 'menubar', 'menuitem', 'navigation']],
  ['tab', ['tab']],
  ['slider', ['slider']],
  ['heading', ['heading']],
  ['title', ['heading']],
  ['header', ['banner', 'heading']],
  ['image', ['img']],
  ['picture', ['img']],
  ['icon', ['img', 'button']],
  ['nav', ['navigation']],
  ['navigation', ['navigation']],
  ['footer', ['contentinfo']],
  ['dialog', ['dialog', 'alertdialog']],
  ['modal', ['dialog', 'alertdialog']],
  ['form', ['form']],
  ['table', ['table', 'grid']],
  ['row', ['row']],
  ['list', ['list']],
  ['frame', ['iframe']],
]);

/**
 * Words people use for the same control, so "delete button" finds `button "Remove"` and an icon drawn as a trash can
 * (`icon="trash"`). A synonym scores below the word itself. One word each: a phrase like "log in" is split first.
 */
const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['delete', 'remove', 'trash', 'bin', 'discard'],
  ['close', 'dismiss', 'x'],
  ['settings', 'preferences', 'options', 'gear', 'cog', 'configuration'],
  ['search', 'find', 'magnifier', 'magnifying'],
  ['cart', 'basket', 'bag', 'trolley'],
  ['menu', 'hamburger', 'bars'],
  ['edit', 'pencil', 'modify'],
  ['add', 'plus', 'new', 'create'],
  ['next', 'continue', 'forward'],
  ['previous', 'prev', 'back'],
  ['submit', 'send'],
  ['login', 'signin', 'logon'],
  ['logout', 'signout'],
  ['profile', 'account', 'avatar'],
  ['notifications', 'notification', 'bell', 'alerts'],
  ['download', 'export'],
  ['upload', 'attach', 'attachment', 'paperclip'],
  ['more', 'ellipsis', 'kebab', 'dots', 'overflow'],
  ['help', 'support', 'faq'],
  ['home', 'house'],
  ['like', 'heart', 'favourite', 'favorite'],
  ['refresh', 'reload', 'sync'],
  ['filter', 'funnel'],
  ['email', 'mail', 'envelope'],
  ['phone', 'call', 'telephone'],
  ['print', 'printer'],
];

const SYNONYMS = new Map<string, readonly string[]>(
  SYNONYM_GROUPS.flatMap((group) => group.map((word) => [word, group.filter((other) => other !== word)] as const)),
);

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

export interface Candidate {
  node: SnapNode;
  /** Attributes worth matching besides the name. */
  extra: string;
  order: number;
}

export function extraText(el: Element | null): string {
  if (!el) return '';
  return ['placeholder', 'title', 'name', 'id', 'type', 'href', 'aria-describedby', 'alt', 'value']
    .map((a) => (a === 'value' && (el as HTMLInputElement).type === 'password' ? '' : (el.getAttribute(a) ?? '')))
    .join(' ');
}

function score(query: string[], phrase: string, c: Candidate): number {
  const name = c.node.name.toLowerCase();
  const nameWords = new Set(words(name));
  const extraWords = words(c.extra);
  let total = 0;
  let matchedContent = false;
  let hits = 0;
  for (const q of query) {
    const roles = ROLE_WORDS.get(q);
    const roleHit = roles?.includes(c.node.role) ?? false;
    if (roleHit) {
      total += 2;
      hits++;
    }
    if (nameWords.has(q)) {
      total += 3;
      matchedContent = true;
    } else if (q.length >= 3 && name.includes(q)) {
      total += 1.5;
      matchedContent = true;
    } else if (extraWords.some((w) => w === q || (q.length >= 3 && w.includes(q)))) {
      total += 1;
      matchedContent = true;
    } else if (SYNONYMS.get(q)?.some((other) => nameWords.has(other) || extraWords.includes(other))) {
      total += 1;
      matchedContent = true;
    } else if (!roleHit) {
      total -= 0.5;
      continue;
    }
    if (!roleHit) hits++;
  }
  const contentWords = query.filter((q) => !ROLE_WORDS.has(q));
  if (hits === 0 || (contentWords.length > 0 && !matchedContent)) return 0;
  if (phrase.length >= 3 && name.includes(phrase)) total += 3;
  // Text that is no control: the more of it the query covers, the likelier it is the thing meant (a cell "1200"
  // rather than a status line that mentions 1200 among other words).
  if (!c.node.ref && !c.node.actionable && nameWords.size > 0) {
    total += (3 * query.filter((q) => nameWords.has(q)).length) / nameWords.size;
  }
  if (c.node.actionable) total += 0.5;
  if (c.node.region === 'in') total += 0.25;
  return total;
}

/** The best matches with their scores, best first; ties keep document order. */
export function rankScored(
  queryText: string,
  candidates: readonly Candidate[],
  limit: number,
): Array<{ candidate: Candidate; score: number }> {
  const query = words(queryText).filter((w) => !STOP_WORDS.has(w));
  if (query.length === 0) return [];
  const phrase = query.filter((q) => !ROLE_WORDS.has(q)).join(' ');
  const scored = candidates
    .map((candidate) => ({ candidate, score: score(query, phrase, candidate) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.candidate.order - b.candidate.order);
  const best = scored[0]?.score ?? 0;
  return scored.filter((x) => x.score >= best * RELATIVE_CUTOFF).slice(0, limit);
}

/** Text elements looked at by the fallback, at most: a long page's text does not make find slow. */
const MAX_TEXT_ELEMENTS = 5_000;

/**
 * Elements that are no control but hold text of their own (a cell, a paragraph, a card's title), each named by its
 * text: pages act on them too (a cell edited by double-click, a card dragged by its body), so find falls back to
 * them when no control matches. Only those whose text the page walk read (`readable`: not hidden, clipped away,
 * inert or behind a modal), in document order.
 */
export function textCandidatesOf(root: ParentNode & Node, view: Window, readable: ReadonlySet<Element>): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<Element>();
  const walker = root.ownerDocument?.createTreeWalker(root, NodeFilter.SHOW_TEXT) ?? null;
  for (let text = walker?.nextNode(); text && seen.size < MAX_TEXT_ELEMENTS; text = walker?.nextNode()) {
    const el = text.parentElement;
    if (!el || seen.has(el) || !text.textContent?.trim() || !readable.has(el)) continue;
    seen.add(el);
    const name = contentText(el, 160);
    if (!name) continue;
    const box = el.getBoundingClientRect();
    const inView = box.bottom > 0 && box.right > 0 && box.top < view.innerHeight && box.left < view.innerWidth;
    out.push({
      node: {
        role: computeRole(el),
        name,
        el,
        ref: null,
        isNew: false,
        actionable: false,
        covered: false,
        states: [],
        attrs: [],
        children: [],
        region: inView ? 'in' : 'out',
      },
      extra: '',
      order: out.length,
    });
  }
  return out;
}
