// A CSS grid of short cells laid out as a sheet: a product's specs, a job's details, label and value side by side
//
//   <div style="display:grid;grid-template-columns:120px 1fr"><span>Motors</span><span>Dual</span>
//     <span>Warranty</span><span>2 years</span></div>
//
// Run on into one text, its pairs could not be told apart ("Motors Dual Warranty 2 years"). Read as the grid lays it
// out, each row of cells is one item line, as a table row is: `Motors | Dual`, `Warranty | 2 years`. Only where every
// item gave one short text or one control, most of them text: a grid of cards or a page layout keeps its lines.

import { REPEATED_ITEM } from './repeated-items';
import type { SnapNode } from './types';

/** A sheet has a few columns: more is a calendar or a gallery, whose items read fine as they are. */
const MAX_COLUMNS = 6;
/** A cell is a label or a value, not prose. */
const MAX_CELL_TEXT = 100;

/** How many columns a grid container lays its items in, when it may be a sheet of cells (0 when it is not). */
export function sheetColumns(style: CSSStyleDeclaration): number {
  if (style.display !== 'grid' && style.display !== 'inline-grid') return 0;
  const tracks = style.gridTemplateColumns.replace(/\[[^\]]*\]/g, ' ').trim();
  if (tracks === '' || tracks === 'none') return 0;
  const columns = tracks.split(/\s+/).length;
  return columns >= 2 && columns <= MAX_COLUMNS ? columns : 0;
}

function isCell(node: SnapNode): boolean {
  if (node.children.length > 0) return false;
  return node.role === 'text' ? node.name.length <= MAX_CELL_TEXT : node.actionable;
}

/**
 * The rows of `grid` from what its `items` grid items gave (`nodes`, one each), or null when they do not read as a
 * sheet: fewer than two rows, an item that gave more or less than one cell, or more controls than text.
 */
export function sheetRows(
  grid: Element,
  nodes: readonly SnapNode[],
  columns: number,
  items: number,
): SnapNode[] | null {
  if (nodes.length !== items || nodes.length < 2 * columns || !nodes.every(isCell)) return null;
  if (nodes.filter((node) => node.role === 'text').length * 2 < nodes.length) return null;
  const rows: SnapNode[] = [];
  for (let start = 0; start < nodes.length; start += columns) {
    const cells = nodes.slice(start, start + columns);
    rows.push({
      role: REPEATED_ITEM,
      name: '',
      el: grid,
      ref: null,
      isNew: cells.some((cell) => cell.isNew),
      actionable: false,
      covered: false,
      states: [],
      attrs: [],
      children: cells,
      region: cells.some((cell) => cell.region === 'in') ? 'in' : 'out',
    });
  }
  return rows;
}
