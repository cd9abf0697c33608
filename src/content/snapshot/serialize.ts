// Text form of a snapshot, one element per line, indented two spaces per level:
//
//   *role "accessible name" [ref_N] state state key="value"
//
// `*` marks an element added since the previous snapshot; states are bare words (checked,
// disabled, expanded, level=2, clickable, …); values are JSON strings. Plain text is a line that
// is only a JSON string. A simple repeated item (row, list item, card, option) is one line:
// `row: checkbox "Select Ada" [ref_8] | link "Ada Lovelace" [ref_9] | "Admin"`, table cells
// separated by ` | `. A cross-origin frame has a slot line (see frames.ts).

import { clip } from './dom';
import { FRAME_NOTE, frameSlot } from '../../shared/frame-slots';
import type { SnapNode } from './types';

export interface RenderStyle {
  /** Longest text line, in characters. */
  textLimit: number;
  nameLimit: number;
  /** Print plain text lines (names, headings and controls are always printed). */
  showText: boolean;
  /** Print href and select options (costly on link-heavy pages). */
  showDetails: boolean;
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
  showDetails: true,
  showImages: true,
  maxDepth: 15,
  flat: false,
};

const INLINE_ROLES = new Set(['row', 'listitem', 'article', 'option', 'menuitem', 'treeitem', 'group', 'figure']);
const BLOCK_ROLES = new Set([
  'list', 'table', 'grid', 'treegrid', 'tree', 'dialog', 'alertdialog', 'form', 'navigation', 'main', 'banner',
  'contentinfo', 'complementary', 'region', 'search', 'menu', 'menubar', 'tablist', 'tabpanel', 'feed', 'iframe', 'listbox',
]);
const MAX_INLINE_ITEMS = 16;
const DETAIL_ATTRS = /^(href|options)=/;

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

export class Renderer {
  readonly out: Rendered = { lines: [], inView: [], refs: [], deeper: 0 };

  constructor(private readonly style: RenderStyle) {}

  /** The line for one node without its children. */
  head(node: SnapNode): string {
    const { style } = this;
    if (node.role === 'text') return `${node.isNew ? '*' : ''}${JSON.stringify(clip(node.name, style.textLimit))}`;
    let line = `${node.isNew ? '*' : ''}${node.role}`;
    if (node.name) line += ` ${JSON.stringify(clip(node.name, style.nameLimit))}`;
    if (node.ref) line += ` [${node.ref}]`;
    if (node.states.length) line += ` ${node.states.join(' ')}`;
    const attrs = style.showDetails ? node.attrs : node.attrs.filter((a) => !DETAIL_ATTRS.test(a) || (a.startsWith('href') && !node.name));
    if (attrs.length) line += ` ${attrs.join(' ')}`;
    if (node.frameSlot) line += ` ${FRAME_NOTE}`;
    return line;
  }

  private commit(line: string, nodes: readonly SnapNode[], inView = nodes.some((n) => n.region === 'in')): void {
    const index = this.out.lines.length;
    this.out.lines.push(line);
    this.out.inView.push(inView);
    for (const node of nodes) if (node.ref && node.el) this.out.refs.push({ ref: node.ref, el: node.el, line: index });
  }

  /** Heads of the descendants of `node`, depth-first, or null when they hold block structure or are too many. */
  private leaves(node: SnapNode, used: SnapNode[]): string[] | null {
    const items: string[] = [];
    for (const child of node.children) {
      if (BLOCK_ROLES.has(child.role) || child.frameSlot) return null;
      if (!child.covered && (isVisibleNode(child, this.style) || child.actionable)) {
        items.push(this.head(child));
        used.push(child);
      }
      const inner = this.leaves(child, used);
      if (!inner) return null;
      items.push(...inner);
      if (items.length > MAX_INLINE_ITEMS) return null;
    }
    return items;
  }

  /** A simple repeated item on one line (table cells joined by " | "), or null. */
  private inline(node: SnapNode, used: SnapNode[]): string | null {
    if (!INLINE_ROLES.has(node.role) || node.children.length === 0) return null;
    if (node.role !== 'row') return this.leaves(node, used)?.join(' | ') ?? null;
    const cells: string[] = [];
    for (const child of node.children) {
      if (!CELL_ROLES.has(child.role)) {
        const items = this.leaves({ ...child, children: [child] }, used);
        if (!items) return null;
        cells.push(items.join(' '));
        continue;
      }
      const items = this.leaves(child, used);
      if (!items) return null;
      cells.push(items.join(' ') || (child.name ? JSON.stringify(clip(child.name, this.style.textLimit)) : '–'));
    }
    return cells.join(' | ');
  }

  render(nodes: readonly SnapNode[], depth = 0): void {
    for (const node of nodes) this.renderNode(node, depth);
  }

  private renderNode(node: SnapNode, depth: number): void {
    const { style, out } = this;
    if (style.flat) {
      if (node.actionable || node.frameSlot) this.commit(this.head(node), [node]);
      if (node.frameSlot) this.commit(`  ${frameSlot(node.frameSlot)}`, [], node.region === 'in');
      this.render(node.children, depth);
      return;
    }
    if (!isVisibleNode(node, style)) return;
    if (node.covered) {
      this.render(node.children, depth);
      return;
    }
    if (depth > style.maxDepth) {
      out.deeper++;
      return;
    }
    const indent = '  '.repeat(depth);
    const used: SnapNode[] = [node];
    const inline = this.inline(node, used);
    if (inline !== null) {
      this.commit(`${indent}${this.head(node)}: ${inline}`, used);
      return;
    }
    this.commit(indent + this.head(node), [node]);
    if (node.frameSlot) this.commit(`${indent}  ${frameSlot(node.frameSlot)}`, [], node.region === 'in');
    this.render(node.children, depth + 1);
  }
}

export function render(nodes: readonly SnapNode[], style: RenderStyle): Rendered {
  const renderer = new Renderer(style);
  renderer.render(nodes);
  return renderer.out;
}
