// Grids with pinned columns (AG Grid, and others built the same way) render each row as two or three row elements, one
// per container — pinned left, a centre that scrolls sideways, pinned right — that share an aria-rowindex. Printed as
// they are, a row's checkbox, its data and its actions stand on lines in three places, and which Edit button belongs
// to which order can only be counted. The parts of one row are joined on its first part's line, cells in column order.
import { TABLE_ROLES } from '../accessibility/roles';
import type { SnapNode } from './types';

/** Joins, in every table or grid among `nodes`, the rows that share an aria-rowindex. */
export function joinSplitRows(nodes: readonly SnapNode[]): void {
  for (const node of nodes) {
    if (TABLE_ROLES.has(node.role)) joinWithin(node);
    else joinSplitRows(node.children);
  }
}

function joinWithin(table: SnapNode): void {
  /** The first part of each row by its aria-rowindex, and the element holding it. */
  const firstPart = new Map<string, { row: SnapNode; holder: Element | null }>();
  const joined = new Set<SnapNode>();
  const visit = (parent: SnapNode): void => {
    parent.children = parent.children.filter((child) => {
      if (TABLE_ROLES.has(child.role)) {
        joinWithin(child);
        return true;
      }
      if (child.role !== 'row') {
        visit(child);
        return true;
      }
      const index = child.el?.getAttribute('aria-rowindex');
      if (!index) return true;
      const holder = child.el?.parentElement ?? null;
      const first = firstPart.get(index);
      if (!first) {
        firstPart.set(index, { row: child, holder });
        return true;
      }
      // Parts of one row lie in different containers; two rows of one index side by side are not one split row.
      if (first.holder === holder) return true;
      first.row.children.push(...child.children);
      if (child.region === 'in') first.row.region = 'in';
      joined.add(first.row);
      return false;
    });
  };
  visit(table);
  for (const row of joined) inColumnOrder(row);
}

/** Sorts a joined row's cells by their aria-colindex, when every cell has one (else the parts stay in turn). */
function inColumnOrder(row: SnapNode): void {
  const columns = row.children.map((cell) => Number(cell.el?.getAttribute('aria-colindex')));
  if (!columns.every((column) => Number.isInteger(column) && column > 0)) return;
  const order = row.children.map((cell, i) => ({ cell, column: columns[i] as number }));
  order.sort((a, b) => a.column - b.column);
  row.children = order.map((o) => o.cell);
}
