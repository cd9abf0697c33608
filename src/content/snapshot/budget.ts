// Token budget of the default snapshot (tokens as shared/token-estimate.ts estimates them). Fitting walks a ladder
// of ever leaner render styles; in-viewport controls are never dropped, only text and details shrink.

import { estimateTokens } from '../../shared/token-estimate';
import { RICH, type RenderStyle } from './serialize';

export const DEFAULT_TOKEN_BUDGET = 2000;
/** The estimate runs up to ~3% under o200k on number-heavy pages, so fitting aims that much lower. */
const ESTIMATE_MARGIN = 0.97;

export function fitsBudget(text: string, budget = DEFAULT_TOKEN_BUDGET): boolean {
  return estimateTokens(text) <= budget * ESTIMATE_MARGIN;
}

/** From richest to leanest; the last one keeps only controls, headings and short names. */
export const LADDER: readonly RenderStyle[] = [
  RICH,
  { ...RICH, textLimit: 160, nameLimit: 80, showDetails: false },
  { ...RICH, textLimit: 60, nameLimit: 60, showDetails: false, showImages: false },
  { ...RICH, textLimit: 30, nameLimit: 40, showDetails: false, showImages: false, showText: false },
];
