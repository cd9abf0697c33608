// Token budget of the default snapshot. The estimate follows how BPE tokenizers cut this kind
// of text, which tracks o200k within -1%..+10% on the benchmark's snapshots (chars/4 is off by
// up to -35% on them). Fitting walks a ladder of ever
// leaner render styles; in-viewport controls are never dropped, only text and details shrink.

import { RICH, type RenderStyle } from './serialize';

export const DEFAULT_TOKEN_BUDGET = 1600;
/** The estimate runs up to ~3% under o200k on number-heavy pages, so fitting aims that much lower. */
const ESTIMATE_MARGIN = 0.97;

// Pieces as BPE cuts them: leading indentation; a 1-3 digit group (a space before digits is a
// token of its own); a letter run (one token when it follows a space or quote and is short, a
// token per ~3.5 letters when glued to a dot, dash or underscore as in host names); any other
// symbol.
const PIECE = /(^[ \t]+)|( ?)(\d{1,3})|([.\-_/]?)([A-Za-z]+)|([^\sA-Za-z\d])/gm;

export function estimateTokens(text: string): number {
  let tokens = 0;
  for (const m of text.matchAll(PIECE)) {
    if (m[1]) tokens += 1;
    else if (m[3]) tokens += m[2] ? 2 : 1;
    else if (m[5]) {
      const word = m[5];
      if (m[4]) tokens += Math.ceil(word.length / 3.5);
      else tokens += word.length > 7 ? Math.ceil(word.length / 6) : 1;
    } else tokens += 1;
  }
  return tokens;
}

export function fitsBudget(text: string, budget = DEFAULT_TOKEN_BUDGET): boolean {
  return estimateTokens(text) <= budget * ESTIMATE_MARGIN;
}

/** The default view: links go by name (href costs ~7 tokens a link; read_page "all" and find show it). */
const VIEW: RenderStyle = { ...RICH, textLimit: 120, nameLimit: 100, showHref: false };

/** From richest to leanest; the last one keeps only controls, headings and short names. */
export const LADDER: readonly RenderStyle[] = [
  VIEW,
  { ...VIEW, textLimit: 90, nameLimit: 80, showDetails: false },
  { ...VIEW, textLimit: 60, nameLimit: 60, showDetails: false, showImages: false },
  { ...VIEW, textLimit: 30, nameLimit: 40, showDetails: false, showImages: false, showText: false },
];
