// Text form of a snapshot, one element per line, indented one space per level (a second space per level
// costs a token per line and says nothing more):
//
//   *role "accessible name" [ref_N] state state key="value"
//
// `*` marks an element added since the previous snapshot; states are bare words (checked,
// disabled, expanded, level=2, clickable, …); names and values are JSON strings. Plain text is a
// line of its own, bare unless it could be misread (printed-text.ts). A simple repeated item (row,
// list item, card, option, a plain element repeated among its siblings: repeated-items.ts) is one line:
// `row: checkbox "Select Ada" [ref_8] | link "Ada Lovelace" [ref_9] | Admin` (a plain one has no head), table cells
// separated by ` | ` (an empty cell is `""`, a cell whose text was left out to fit is `…`, one whose control is covered
// by something drawn over it is `(covered)`).
// Within an item, what repeats is said once: a container's name that a child line already
// shows, a heading that only wraps the link after it, a second link to the same place; across
// items, a control named as on the item line just above prints without its name
// (`row: checkbox [ref_12] | link "Bob" [ref_13]` under `row: checkbox "Select" [ref_8] | …`).
// A region that scrolls by itself carries `scrollable y=<from>–<to>/<total> center=(x,y)` and
// `(more below in this region: …)` lines under it (see panes.ts). A cross-origin frame has a
// slot line (see frames.ts).

import { clip } from './dom';
import { FRAME_NOTE, frameSlot } from '../../shared/frame-slots';
import { CONTAINER_ROLES, TABLE_ROLES } from '../accessibility/roles';
import { type Followed, printedText } from './printed-text';
import { REPEATED_ITEM } from './repeated-items';
import { columnSpan, restatesHeaders, words } from './header-names';
import type { SnapNode } from './types';

export interface RenderStyle {
  /** Longest text line, in characters. */
  textLimit: number;
  nameLimit: number;
  /** Print plain text lines (names, headings and controls are always printed). */
  showText: boolean;
  /** Keep the text on an item's line (a row's, a list item's) where text lines are left out: it tells items apart. */
  itemText: boolean;
  /** Print select options (costly on form-heavy pages). */
  showDetails: boolean;
  /** Print links' href (costly on link-heavy pages; names say where links go). */
  showHref: boolean;
  showImages: boolean;
  /** Deepest level printed (0 = top-level lines). */
  maxDepth: number;
  /** Only actionable elements, one per line, no structure. */
  flat: boolean;
}

export const RICH: RenderStyle = {
  textLimit: 400,
  nameLimit: 120,
  showText: true,
  itemText: true,
  showDetails: true,
  showHref: true,
  showImages: true,
  maxDepth: 15,
  flat: false,
};

const INLINE_ROLES = new Set([
  'row',
  'listitem',
  'article',
  'option',
  'menuitem',
  'treeitem',
  'group',
  'figure',
  REPEATED_ITEM,
  // An accordion's or a card's heading holding its button or link: `heading level=3: button "Email" [ref_4]`.
  'heading',
]);
const BLOCK_ROLES = new Set([
  'list',
  'table',
  'grid',
  'treegrid',
  'tree',
  'dialog',
  'alertdialog',
  'form',
  'navigation',
  'main',
  'banner',
  'contentinfo',
  'complementary',
  'region',
  'search',
  'menu',
  'menubar',
  'tablist',
  'tabpanel',
  'feed',
  'iframe',
  'listbox',
]);
/** Items of a tree: one holding others is a branch, whose items keep lines of their own. */
const BRANCH_ROLES = new Set(['treeitem']);
const MAX_INLINE_ITEMS = 16;
const INDENT = ' ';
/** Containers that, unnamed and around a single child, add nothing the child does not say (landmarks do). */
const WRAPPER_ROLES = new Set(['group', 'list', 'toolbar', 'radiogroup', 'figure']);

export interface RefLine {
  ref: string;
  el: Element;
  /** Index of the line that shows the ref. */
  line: number;
}

export interface Rendered {
  lines: string[];
  /** Per line: does it show something inside the viewport (kept first when output is cut). */
  inView: boolean[];
  /** Elements that carry a ref in these lines, in order. */
  refs: RefLine[];
  /** Lines left out by maxDepth. */
  deeper: number;
}

function isVisibleNode(node: SnapNode, style: RenderStyle): boolean {
  if (node.role === 'text') return style.showText;
  if (node.role === 'img') return style.showImages;
  return true;
}

const CELL_ROLES = new Set(['cell', 'columnheader', 'rowheader', 'gridcell']);

/** A header row's text for one column (its `words`), at the line that prints it. */
interface ColumnHeader {
  words: string;
  line: number;
}

/** A cell's part on its row's line when all it holds is covered by something drawn over it. */
const COVERED_CELL = '(covered)';

/**
 * Where `words` stand in `name` after its first word, as what a control acts on: at its end, or before a lower-case
 * word ("Add Blue mug to wishlist"); not inside a word, before `'s`, or as a first name before the surname. Else -1.
 */
function wordsAt(name: string, words: string): number {
  for (let at = name.indexOf(` ${words}`); at >= 0; at = name.indexOf(` ${words}`, at + 1)) {
    const rest = name.slice(at + 1 + words.length);
    if (rest === '' || /^ \p{Ll}/u.test(rest)) return at + 1;
  }
  return -1;
}

/**
 * A control whose name another control on the line acts on (`button "Crystal Store"` beside `checkbox "Select Crystal
 * Store"`): the row's subject, opened by a button where other apps link it.
 */
function restatedByOthers(part: SnapNode, parts: readonly SnapNode[]): boolean {
  if (part.name.length < MIN_KEY) return false;
  return parts.some((other) => other !== part && other.ref !== null && wordsAt(other.name, part.name) >= 0);
}

/** A text this long is a paragraph of prose, not an item's detail (a post's text is one; a message has several). */
const PARAGRAPH = 200;

/**
 * Parts holding paragraphs of prose (an opened mail message's body): read as a document, one paragraph a line, not
 * run into one line with the controls around them.
 */
function holdsProse(parts: readonly SnapNode[]): boolean {
  return parts.filter((part) => part.role === 'text' && part.name.length >= PARAGRAPH).length >= 2;
}

/**
 * A description list's term and its one text value inside a table cell (a detail row's "Reference" and "609452"): one
 * text, `Reference: 609452`; run on among the cell's parts, terms and values would read as one string of words. (An
 * item's parts are joined by " | " already, and its term is what its controls name: "Phone | … | button "Edit".)
 */
function termAndValue(node: SnapNode): SnapNode | null {
  if (node.role !== REPEATED_ITEM || node.el?.localName !== 'dt' || node.children.length !== 2) return null;
  const [term, value] = node.children as [SnapNode, SnapNode];
  if (term.role !== 'text' || value.role !== 'text' || term.children.length || value.children.length) return null;
  return { ...term, name: `${term.name.replace(/:$/, '')}: ${value.name}` };
}

/** Shortest name an item's line counts as naming the item (two letters name nothing). */
const MIN_KEY = 3;

/** The longest value a cell keeps where the leanest style leaves text out: a price or a count costs what `…` does. */
const SHORT_VALUE = 12;

/** A cell's text when it is short (an order book's size, a date), else null. */
function shortValue(cell: SnapNode): string | null {
  const texts: string[] = [];
  const collect = (node: SnapNode): void => {
    if (node.role === 'text') texts.push(node.name);
    node.children.forEach(collect);
  };
  collect(cell);
  const value = texts.join(' ');
  return value && value.length <= SHORT_VALUE ? value : null;
}

function holdsCovered(node: SnapNode): boolean {
  return node.children.some((child) => child.covered || holdsCovered(child));
}

/** A text line or heading near the top of a container that says exactly the container's name. */
function isTitleOf(child: SnapNode, container: SnapNode): boolean {
  const titleLike = (child.role === 'text' || child.role === 'heading') && !child.ref && child.children.length === 0;
  return titleLike && child.name === container.name;
}

/**
 * A container's children (from the first `within`) without the title its line already shows: a fieldset's legend or
 * a dialog's title that says just its name goes; a text line that runs on from the name into more (a legend read
 * together with the hint under it) keeps only the rest, unless the rest goes on the name's sentence in lower case
 * ("Loading your ledger…" in a status named "Loading" stays whole). A group inside named the same (a question's
 * region holding its radio group) does not say the name again.
 */
function withoutTitle(container: SnapNode, children: readonly SnapNode[], within: number): SnapNode[] {
  if (!container.name) return [...children];
  const prefix = `${container.name} `;
  let titled = false;
  const kept: SnapNode[] = [];
  for (const [i, child] of children.entries()) {
    if (i >= within) kept.push(child);
    else if (!titled && isTitleOf(child, container)) titled = true;
    else if (!titled && child.role === 'text' && runsOnFrom(child.name, prefix)) {
      titled = true;
      kept.push({ ...child, name: child.name.slice(prefix.length) });
    } else if (child.name === container.name && child.role !== 'heading' && child.children.length > 0 && !child.ref) {
      kept.push({ ...child, name: '' });
    } else kept.push(child);
  }
  return kept;
}

/** `text` starts with the name and goes on apart from it (not in lower case: "Loading your ledger…" goes on). */
function runsOnFrom(text: string, prefix: string): boolean {
  return text.startsWith(prefix) && !/^\p{Ll}/u.test(text.slice(prefix.length));
}

/** Details that describe a control rather than its state: the same on a row as on the row above, they are said. */
const DESCRIBING_ATTRS = /^(?:options|title)=/;

export class Renderer {
  readonly out: Rendered = { lines: [], inView: [], refs: [], deeper: 0 };
  /** `role "name"` of the controls on the previous item's line: a sibling item repeating one prints it without name. */
  private previousItem = new Set<string>();
  private currentItem = new Set<string>();
  /** The printed header row of the table being rendered, by column position; null outside a table. */
  private columns: Map<number, ColumnHeader> | null = null;
  /** The headers (their words) of the cell being printed on a row's line, when both are printed (header-names.ts). */
  private cellHeaders: { column: ColumnHeader; row: string } | null = null;
  /** Header row lines a row's line leans on (a name left out because they say it): kept as long as it is. */
  private headerLinesUsed = new Set<number>();
  /** What the item being printed on one line is about, said in full on it: its controls need not say it again. */
  private itemKey: string | null = null;

  constructor(private readonly style: RenderStyle) {}

  /** The line for one node without its children; `followed`: what the caller writes after it on the line. */
  head(node: SnapNode, followed: Followed = 'end'): string {
    const { style } = this;
    if (node.role === 'text')
      return `${node.isNew ? '*' : ''}${printedText(clip(node.name, style.textLimit), followed)}`;
    let line = `${node.isNew ? '*' : ''}${node.role}`;
    if (node.name) line += ` ${JSON.stringify(clip(node.name, style.nameLimit))}`;
    if (node.ref) line += ` [${node.ref}]`;
    if (node.states.length) line += ` ${node.states.join(' ')}`;
    const attrs = node.attrs.filter((a) => this.shows(a, node));
    if (attrs.length) line += ` ${attrs.join(' ')}`;
    if (node.scroll) line += ` ${node.scroll}`;
    if (node.frameSlot) line += ` ${FRAME_NOTE}`;
    return line;
  }

  private shows(attr: string, node: SnapNode): boolean {
    if (attr.startsWith('href=')) return this.style.showHref || !node.name;
    if (attr.startsWith('options=')) return this.style.showDetails;
    return true;
  }

  private commit(line: string, nodes: readonly SnapNode[], inView = nodes.some((n) => n.region === 'in')): void {
    const index = this.out.lines.length;
    this.out.lines.push(line);
    this.out.inView.push(inView);
    for (const node of nodes) if (node.ref && node.el) this.out.refs.push({ ref: node.ref, el: node.el, line: index });
  }

  /**
   * Descendants of `node` worth a mention on its line, depth-first; null for block structure or too many. `inCell`: a
   * table cell's, whose description pairs read as one text each.
   */
  private leaves(node: SnapNode, inCell = false): SnapNode[] | null {
    const items: SnapNode[] = [];
    for (const child of node.children) {
      if (
        BLOCK_ROLES.has(child.role) ||
        BRANCH_ROLES.has(child.role) ||
        child.frameSlot ||
        child.scroll ||
        child.beyond
      )
        return null;
      const pair = inCell ? termAndValue(child) : null;
      if (pair) {
        if (isVisibleNode(pair, this.style) || this.style.itemText) items.push(pair);
        continue;
      }
      const shown =
        child.role !== REPEATED_ITEM &&
        (isVisibleNode(child, this.style) || child.actionable || (child.role === 'text' && this.style.itemText));
      if (shown && !child.covered) items.push(child);
      const inner = this.leaves(child, inCell);
      if (!inner) return null;
      items.push(...inner);
      if (items.length > MAX_INLINE_ITEMS) return null;
    }
    return items;
  }

  /**
   * The heads of `items` without what repeats: a heading that only wraps a named link, a second link to one place.
   * `spaced`: the heads will be joined by a space (a cell's parts), so each but the last is followed by words.
   */
  private heads(parts: readonly SnapNode[], used: SnapNode[], spaced = false): string[] {
    const items = parts.flatMap((part, i) => {
      const said = withoutLabel(part, parts[i + 1]);
      // A help button between a label and its control (a settings row's "?"): the label still names the one after it.
      const labelled = said === part && parts[i + 1]?.ref ? withoutLabel(part, parts[i + 2]) : said;
      return labelled ?? [];
    });
    const kept = items.filter((item, i) => {
      const next = items[i + 1];
      if (item.role === 'heading' && !item.name && next?.role === 'link') return false;
      if (item.role !== 'link') return true;
      const href = item.attrs.find((a) => a.startsWith('href='));
      const sameLater = (later: SnapNode): boolean =>
        later.role === 'link' && later.name === item.name && later.attrs.includes(href ?? '');
      return !href || !items.slice(i + 1).some(sameLater);
    });
    used.push(...kept);
    return kept.map((item, i) =>
      this.head(
        this.withoutRepeatedName(this.withoutItemKey(this.withoutHeaderName(item))),
        spaced && i < kept.length - 1 ? 'words' : 'end',
      ),
    );
  }

  /** What a row's line prints, part by part: its cells' contents (its whole list may be longer than one item's). */
  private rowParts(node: SnapNode): SnapNode[] {
    return node.children.flatMap((child) =>
      CELL_ROLES.has(child.role)
        ? (this.leaves(child, true) ?? [])
        : (this.leaves({ ...child, children: [child] }) ?? []),
    );
  }

  /**
   * The name an item's line is about (its first link's, else a button's that the line's other controls name, else its
   * first text's) when the line prints it in full: a link or button said on the line above is printed without its
   * name, a long one is clipped. Another person's name later on the line (a manager column) is no key: "Message Ada
   * Park" there keeps its whole name.
   */
  private itemKeyOf(parts: readonly SnapNode[]): string | null {
    const subject =
      parts.find((part) => part.role === 'link') ??
      parts.find((part) => part.role === 'button' && restatedByOthers(part, parts)) ??
      parts.find((part) => part.role === 'text');
    if (!subject) return null;
    const { name, role } = subject;
    const limit = role === 'text' ? this.style.textLimit : this.style.nameLimit;
    if (name.length < MIN_KEY || name.length > limit || this.previousItem.has(`${role} ${name}`)) return null;
    return name;
  }

  /**
   * A control named by what it does to the item its line already names (`checkbox "Select Ada Park"`, `button "Add Blue
   * mug to wishlist"` beside `link "Ada Park"`, `link "Blue mug"`) says only what it does ("Select", "Add to
   * wishlist"): the line says whose it is, and a name said four times a row is most of a table's tokens. The name's
   * first word stays (a key it starts with is not its action: `button "Profile settings"` beside `link "Profile"`).
   */
  private withoutItemKey(item: SnapNode): SnapNode {
    const key = this.itemKey;
    if (!key || !item.ref || item.role === 'text' || !item.name || item.name === key) return item;
    const at = wordsAt(item.name, key);
    if (at < 0) return item;
    const action = `${item.name.slice(0, at - 1)}${item.name.slice(at + key.length)}`.replace(
      /\s+(?:for|of|to|from|with|on|by)$/i,
      '',
    );
    return /[\p{L}\p{N}]/u.test(action) ? { ...item, name: action } : item;
  }

  /** A control in a cell named only by the cell's column and row headers, both printed: role, ref and state suffice. */
  private withoutHeaderName<T extends SnapNode>(item: T): T {
    const headers = this.cellHeaders;
    const control = item.ref !== null || item.states.includes('disabled');
    if (!headers || !control || !item.name) return item;
    if (!restatesHeaders(item.name, headers.column.words, headers.row)) return item;
    this.headerLinesUsed.add(headers.column.line);
    return { ...item, name: '' };
  }

  /** What a header cell says: its own text, else its controls' names (a sheet's column button "A"). */
  private headerText(cell: SnapNode): string {
    if (cell.name) return cell.name;
    return (this.leaves(cell) ?? []).flatMap((item) => (item.name ? [item.name] : [])).join(' ');
  }

  /**
   * A control named as on the item line just above (each row's "Select") is said once: role and ref suffice, and what
   * describes it, when the same, is not said again either: a select's options (a status column's choices on every
   * row), the title of a glyph button (each row's `✕` titled "Close position").
   */
  private withoutRepeatedName(item: SnapNode): SnapNode {
    if (item.role === 'text' || !item.name || !item.ref) return item;
    const key = `${item.role} ${item.name}`;
    const described = item.attrs.filter((a) => DESCRIBING_ATTRS.test(a));
    this.currentItem.add(key);
    for (const a of described) this.currentItem.add(`${key} ${a}`);
    if (!this.previousItem.has(key)) return item;
    const said = (a: string): boolean =>
      a.startsWith('href=') || (DESCRIBING_ATTRS.test(a) && this.previousItem.has(`${key} ${a}`));
    return { ...item, name: '', attrs: item.attrs.filter((a) => !said(a)) };
  }

  /** A cell on a row's line: the cell itself when it is a target, else what it holds, `""` when empty. */
  private cell(cell: SnapNode, used: SnapNode[]): string | null {
    const items = this.leaves(cell, true);
    if (!items) return null;
    if (cell.ref || cell.states.length) {
      used.push(cell);
      // A cell's name is its data ("Paid" on every paid order's row), not a control's label said once.
      return [this.head(this.withoutHeaderName(cell)), ...this.heads(items, used, true)].join(' ');
    }
    // A cell that is a control (a sheet's editable cell) under an editor laid over it is not its label either.
    if (cell.covered) return COVERED_CELL;
    if (items.length) return this.heads(items, used, true).join(' ');
    if (cell.name) return printedText(clip(cell.name, this.style.textLimit));
    // A control under something drawn over it (an open menu) is neither empty nor cut to fit.
    if (holdsCovered(cell)) return COVERED_CELL;
    const value = shortValue(cell);
    if (value) return printedText(value);
    // Text that the leaner styles leave out is not an empty cell.
    return cell.children.length ? '…' : '""';
  }

  /** A simple repeated item on one line (table cells joined by " | "), or null. */
  private inline(node: SnapNode, used: SnapNode[]): string | null {
    if (!INLINE_ROLES.has(node.role) || node.children.length === 0 || node.scroll || node.beyond) return null;
    if (node.role !== 'row') {
      const items = this.leaves(node);
      if (!items || holdsProse(items)) return null;
      this.itemKey = this.itemKeyOf(items);
      // The item's own name is already on a child's line, or is the text of its first line.
      const shown = withoutTitle(node, items, 1);
      // Nothing in view beyond the item's own name: its line is just its head, not a head and an empty list.
      if (shown.length === 0) return null;
      return this.heads(shown, used).join(' | ');
    }
    this.itemKey = this.itemKeyOf(this.rowParts(node));
    const cells: string[] = [];
    const rowHeader = node.children.find((child) => child.role === 'rowheader');
    const row = this.columns && rowHeader ? words(this.headerText(rowHeader)) : '';
    const heads = new Map<number, ColumnHeader>();
    let position = 0;
    for (const child of node.children) {
      const span = columnSpan(child.el);
      if (CELL_ROLES.has(child.role)) {
        const column = this.columns?.get(position);
        const data = child.role === 'cell' || child.role === 'gridcell';
        this.cellHeaders = data && column && row ? { column, row } : null;
        const cell = this.cell(child, used);
        this.cellHeaders = null;
        if (cell === null) return null;
        if (child.role === 'columnheader') {
          const said = words(this.headerText(child));
          for (let i = 0; i < span; i++) heads.set(position + i, { words: said, line: this.out.lines.length });
        }
        cells.push(cell);
        position += span;
        continue;
      }
      const items = this.leaves({ ...child, children: [child] });
      if (!items) return null;
      cells.push(this.heads(items, used, true).join(' '));
      position += span;
    }
    // A header row: the rows below it in this table may lean on what it prints.
    if (heads.size && this.columns) this.columns = heads;
    return cells.join(' | ');
  }

  /** The item's head, without a name that one of its child lines repeats. */
  private itemHead(node: SnapNode, used: readonly SnapNode[]): string {
    if (!node.name || !used.some((u) => u !== node && u.name === node.name)) return this.head(node);
    return this.head({ ...node, name: '' });
  }

  render(nodes: readonly SnapNode[], depth = 0): void {
    for (let i = 0; i < nodes.length; i++) {
      const node = withoutLabel(nodes[i] as SnapNode, nodes[i + 1]);
      if (node) this.renderNode(node, depth);
    }
  }

  private renderNode(node: SnapNode, depth: number): void {
    const { style, out } = this;
    if (style.flat) {
      if (node.actionable || node.frameSlot || node.scroll) this.commit(this.head(node), [node]);
      if (node.frameSlot) this.commit(`${INDENT}${frameSlot(node.frameSlot)}`, [], node.region === 'in');
      this.render(node.children, depth);
      for (const line of node.beyond ?? []) this.commit(`${INDENT}${line}`, [], node.region === 'in');
      return;
    }
    if (!isVisibleNode(node, style)) {
      // A drawing left out still shows the targets drawn in it (a map's markers).
      this.render(node.children, depth);
      return;
    }
    if (node.covered) {
      this.render(node.children, depth);
      return;
    }
    if (depth > style.maxDepth) {
      out.deeper++;
      return;
    }
    const only = node.children.length === 1 ? node.children[0] : undefined;
    const bare = !node.name && !node.scroll && !node.beyond && !node.frameSlot && !node.isNew;
    // A cell on a line of its own (in a row too rich for one line: a layout table's) says nothing when it is empty.
    const blankCell = CELL_ROLES.has(node.role) && bare && !node.ref && node.states.length === 0;
    if (blankCell && node.children.length === 0) return;
    if (only && bare && (WRAPPER_ROLES.has(node.role) || blankCell || (CONTAINER_ROLES.has(node.role) && !node.ref))) {
      // An unnamed wrapper around one thing, with nothing more to read by ref, says nothing of its own.
      this.renderNode(only, depth);
      return;
    }
    const indent = INDENT.repeat(depth);
    const used: SnapNode[] = [node];
    this.currentItem = new Set();
    const inline = this.inline(node, used);
    this.itemKey = null;
    this.previousItem = inline === null ? new Set() : this.currentItem;
    if (inline !== null) {
      const line = node.role === REPEATED_ITEM ? inline : `${this.itemHead(node, used)}: ${inline}`;
      this.commit(indent + line, used);
      if (this.out.inView[this.out.lines.length - 1]) for (const l of this.headerLinesUsed) this.out.inView[l] = true;
      this.headerLinesUsed.clear();
      return;
    }
    if (node.role === REPEATED_ITEM) {
      // Too much for one line: its parts read as they would without it.
      this.render(node.children, depth);
      return;
    }
    this.commit(indent + this.head(node), [node]);
    if (node.frameSlot) this.commit(`${indent}${INDENT}${frameSlot(node.frameSlot)}`, [], node.region === 'in');
    const outerColumns = this.columns;
    if (TABLE_ROLES.has(node.role)) this.columns = new Map();
    this.render(withoutTitle(node, node.children, 3), depth + 1);
    this.columns = outerColumns;
    for (const line of node.beyond ?? []) this.commit(`${indent}${INDENT}${line}`, [], node.region === 'in');
  }
}

/**
 * A text line that starts with the name of the control right after it is that control's label (a switch named by
 * aria-labelledby, its description beside it): the name is said once, on the control's line. Null when nothing is left.
 * Text saying exactly the control's name is its visible label however the name was given (an aria-label repeating it).
 * Text that says more is taken as a label only for a control named by another element: text that merely begins with a
 * control's own name ("Menu ready." before a frame titled "Menu") is page text of its own.
 */
function withoutLabel(node: SnapNode, next: SnapNode | undefined): SnapNode | null {
  if (node.role !== 'text' || !next?.ref || !next.name || !node.name.startsWith(next.name)) return node;
  const rest = node.name.slice(next.name.length);
  if (!rest.trim()) return null;
  if (!namedByAnotherElement(next.el)) return node;
  // The name must end at a word boundary: "Email" labels "Email alerts off", not "Emails".
  return /^[\s,.:;–—-]/.test(rest) ? { ...node, name: rest.replace(/^[\s,.:;]+/, '') } : node;
}

function namedByAnotherElement(el: Element | null): boolean {
  if (!el) return false;
  if (el.hasAttribute('aria-labelledby')) return true;
  const labels = (el as Partial<HTMLInputElement>).labels;
  return !!labels && labels.length > 0;
}

export function render(nodes: readonly SnapNode[], style: RenderStyle): Rendered {
  const renderer = new Renderer(style);
  renderer.render(nodes);
  return renderer.out;
}
