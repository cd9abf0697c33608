// get_page_text: the page's readable text in reading order, as plain lines. Headings keep a
// markdown marker, list items a dash, table rows (and rows of plain elements) their cells joined by " | ", so structure
// survives without refs or roles. Built from the same walk as read_page (so hidden and covered
// text is left out the same way).

import { frameSlot, unlikeSlot } from '../../shared/frame-slots';
import { clip } from './dom';
import { printedLine } from './text-layout';
import { REPEATED_ITEM } from './repeated-items';
import type { SnapNode } from './types';

function flatText(node: SnapNode): string {
  const own = node.role === 'text' || (node.children.length === 0 && node.name) ? node.name : '';
  return [own, ...node.children.map(flatText)].filter(Boolean).join(' ');
}

export function textLines(nodes: readonly SnapNode[], out: string[] = []): string[] {
  for (const node of nodes) {
    // A cross-origin frame's text goes into its slot (stitched by the service worker, as for read_page).
    if (node.frameSlot) {
      out.push(frameSlot(node.frameSlot));
      continue;
    }
    switch (node.role) {
      case 'text':
        out.push(unlikeSlot(printedLine(node.name)));
        break;
      case 'heading': {
        const level = Number(node.states.find((s) => s.startsWith('level='))?.slice(6) ?? 2);
        out.push(`${'#'.repeat(Math.min(6, level))} ${node.name}`);
        break;
      }
      case 'row':
        // An empty cell stays empty: a dash would read like a value.
        out.push(unlikeSlot(node.children.map(flatText).join(' | ')));
        break;
      case REPEATED_ITEM:
        out.push(unlikeSlot(node.children.map(flatText).filter(Boolean).join(' | ')));
        break;
      case 'listitem':
        out.push(`- ${flatText(node)}`);
        break;
      default:
        if (node.children.length === 0) {
          if (node.name && node.role !== 'img' && node.role !== 'iframe') out.push(unlikeSlot(node.name));
        } else {
          textLines(node.children, out);
        }
    }
  }
  return out;
}

/** Joins lines up to `maxChars`, cutting at a line boundary; returns the text and whether it was cut. */
export function joinWithin(lines: readonly string[], maxChars: number): { text: string; cut: boolean } {
  let length = 0;
  const kept: string[] = [];
  for (const line of lines) {
    if (length + line.length + 1 > maxChars) {
      if (kept.length === 0) kept.push(clip(line, maxChars));
      return { text: kept.join('\n'), cut: true };
    }
    kept.push(line);
    length += line.length + 1;
  }
  return { text: kept.join('\n'), cut: false };
}
