// After text under a cover is taken back, the lines it leaves empty go too: a text line with nothing left, a heading
// whose name was that text, and a container or row left with nothing in it (a row whose cells held that text and a
// covered control reads like an empty row). Cells stay (an empty cell keeps its column) unless all of their row goes.
import type { SnapNode } from './types';

const CELL_ROLES = new Set(['cell', 'gridcell', 'columnheader', 'rowheader']);

/** Prints nothing a person can read or use: no name, no control (a covered control is not printed), nothing inside. */
function blank(node: SnapNode): boolean {
  return (node.covered || (node.name === '' && !node.actionable)) && node.children.every(blank);
}

/** Still worth a line without a name or children: a control, a scroll pane, a frame. */
function standsAlone(node: SnapNode): boolean {
  return node.actionable || node.scroll !== undefined || node.role === 'iframe' || node.role === 'scrollarea';
}

/** A node whose name lost text, or one holding such a node. */
function touched(node: SnapNode, cut: ReadonlySet<SnapNode>): boolean {
  return cut.has(node) || node.children.some((child) => touched(child, cut));
}

/**
 * `nodes` without the lines the text taken back (the names in `cut` lost it) leaves empty. In a cell, the emptied text
 * stays as a covered mark: the cell is not empty, something is drawn over it (`(covered)`, not `""`).
 */
export function withoutEmptied(nodes: readonly SnapNode[], cut: ReadonlySet<SnapNode>, inCell = false): SnapNode[] {
  const kept: SnapNode[] = [];
  for (const node of nodes) {
    if (node.role === 'text' || node.role === 'heading') {
      if (node.name === '' && node.children.length === 0) {
        if (inCell && cut.has(node)) kept.push({ ...node, covered: true });
        continue;
      }
    }
    if (node.children.length > 0 && touched(node, cut)) {
      node.children = withoutEmptied(node.children, cut, inCell || CELL_ROLES.has(node.role));
      // A row or group named by its content has nothing left to name it by either.
      if (node.children.every(blank) && !standsAlone(node) && !CELL_ROLES.has(node.role)) continue;
    }
    kept.push(node);
  }
  return kept;
}
