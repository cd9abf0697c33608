// After text under a cover is taken back, the lines it leaves empty go too: a text line with nothing left, a heading
// whose name was that text, and a container or row left with nothing in it. Cells stay (an empty cell keeps its
// column) unless every cell of their row was emptied.
import type { SnapNode } from './types';

const CELL_ROLES = new Set(['cell', 'gridcell', 'columnheader', 'rowheader']);

function blank(node: SnapNode): boolean {
  return node.name === '' && node.children.length === 0;
}

/** Still worth a line without a name or children: a control, a scroll pane, a frame. */
function standsAlone(node: SnapNode): boolean {
  return node.actionable || node.scroll !== undefined || node.role === 'iframe' || node.role === 'scrollarea';
}

export function withoutEmptied(nodes: readonly SnapNode[]): SnapNode[] {
  const kept: SnapNode[] = [];
  for (const node of nodes) {
    if (node.role === 'text' || node.role === 'heading') {
      if (node.name === '' && node.children.length === 0) continue;
    }
    if (node.children.length > 0) {
      const hadText = node.children.some((child) => !blank(child));
      node.children = withoutEmptied(node.children);
      const emptied = node.children.length === 0 || (hadText && node.children.every(blank));
      if (emptied && node.name === '' && !standsAlone(node) && !CELL_ROLES.has(node.role)) continue;
    }
    kept.push(node);
  }
  return kept;
}
