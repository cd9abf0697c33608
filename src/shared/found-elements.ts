// find's answer, put together from every document of the page. Each document (the top one, and each cross-origin
// frame, which answers for itself) ranks its own elements and sends its matches with their scores; the best of all
// of them, by one cutoff, make the reply:
//
//   2 matches for "card number", best first:
//   textbox "Card number" [ref_f7_3]
//   button "Use another card" [ref_12] (outside the viewport)
//
// Drag points for the matches listed follow, as withDragPoints writes them.

import { DRAG_POINTS_HEADER } from './drag-points';

export interface FoundMatch {
  score: number;
  /** The match's line, as read_page prints it. */
  line: string;
  ref?: string;
  /** `ref: points` for a drag, when the element has a box. */
  points?: string;
}

export interface Found {
  matches: FoundMatch[];
  /** The matches are text that is no control: this document had no control to match. */
  text: boolean;
  /** How many elements were looked at. */
  among: number;
}

/** Matches scoring under this share of the best one are noise next to it. */
export const RELATIVE_CUTOFF = 0.5;
export const FIND_LIMIT = 20;

/**
 * The reply for `query` from each document's findings, best first. Controls anywhere beat text: text counts only where
 * no document had a control to match. Ties keep the order of `found` (the top document first, then its frames).
 */
export function describeFound(query: string, found: readonly Found[]): string {
  const controls = found.filter((f) => !f.text && f.matches.length > 0);
  const pool = (controls.length > 0 ? controls : found).flatMap((f) => f.matches);
  const best = Math.max(0, ...pool.map((m) => m.score));
  const kept = pool
    .map((match, order) => ({ match, order }))
    .filter(({ match }) => match.score >= best * RELATIVE_CUTOFF)
    .sort((a, b) => b.match.score - a.match.score || a.order - b.order)
    .slice(0, FIND_LIMIT)
    .map(({ match }) => match);
  if (kept.length === 0) {
    const among = found.reduce((sum, f) => sum + f.among, 0).toLocaleString('en-US');
    return `No element matches ${JSON.stringify(query)} among ${among} elements. Try other words, or read_page.`;
  }
  const text = [
    `${kept.length} match${kept.length === 1 ? '' : 'es'} for ${JSON.stringify(query)}, best first:`,
    ...kept.map((m) => m.line),
  ].join('\n');
  const points = kept.flatMap((m) => (m.points ? [m.points] : []));
  return points.length === 0 ? text : `${text}\n\n${DRAG_POINTS_HEADER}\n${points.join('\n')}`;
}
