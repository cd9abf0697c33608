/** How many decimals credits are shown with: small amounts to a thousandth, larger ones to a tenth. */
export function creditDecimals(credits: number): number {
  return credits < 10 ? 3 : 1;
}

/** Credits rounded as every surface shows them (panel, SDK results, CLI), so the figures agree. */
export function roundCredits(credits: number): number {
  return Number(credits.toFixed(creditDecimals(credits)));
}
