// Token budget of the default snapshot (tokens as shared/token-estimate.ts estimates them). Fitting walks a ladder
// of ever leaner render styles; in-viewport controls are never dropped, only text and details shrink.

import { estimateTokens } from '../../shared/token-estimate';
import { RICH, type RenderStyle } from './serialize';

export const DEFAULT_TOKEN_BUDGET = 1600;
/** The estimate runs up to ~3% under o200k on number-heavy pages, so fitting aims that much lower. */
const ESTIMATE_MARGIN = 0.97;

export function fitsBudget(text: string, budget = DEFAULT_TOKEN_BUDGET): boolean {
  return estimateTokens(text) <= budget * ESTIMATE_MARGIN;
}

/**
 * The default view: text in full while it fits (a status or result line cut short misleads); links go by name (href
 * costs ~7 tokens a link; read_page "all" and find show it).
 */
const VIEW: RenderStyle = { ...RICH, nameLimit: 100, showHref: false };

const LEAN: RenderStyle = { ...VIEW, textLimit: 30, nameLimit: 60, showDetails: false, showImages: false };

/**
 * From richest to leanest; the last one keeps only controls, headings and short names. Items' own text goes last:
 * a log's or an inbox's rows without it are a column of line numbers or checkboxes.
 */
export const LADDER: readonly RenderStyle[] = [
  VIEW,
  { ...VIEW, textLimit: 90, nameLimit: 80, showDetails: false },
  { ...VIEW, textLimit: 60, nameLimit: 60, showDetails: false, showImages: false },
  { ...LEAN, showText: false },
  { ...LEAN, showText: false, itemText: false },
];
