/**
 * US$ per million tokens. Data, not logic: dated so a stale row is visible, and overridable from settings.
 * Cache writes are priced for the 5-minute cache, which is the only one Tabwright asks for.
 */
export interface ModelPrice {
  input: number;
  output: number;
  cache_write: number;
  cache_read: number;
}

export interface PriceTable {
  effective: string;
  models: Record<string, ModelPrice>;
}

export const PRICES: PriceTable = {
  effective: '2026-10-07',
  models: {
    'claude-sonnet-5-5': { input: 2, output: 10, cache_write: 2.5, cache_read: 0.1 },
    'claude-opus-5-5': { input: 4, output: 20, cache_write: 5, cache_read: 0.2 },
    'claude-haiku-5-5': { input: 0.1, output: 0.5, cache_write: 0.125, cache_read: 0.01 },
  },
};

/** The built-in table with the person's own prices (Settings) on top, for a newer price list or a gateway's. */
export function pricesWith(overrides: Record<string, ModelPrice>): PriceTable {
  return { effective: PRICES.effective, models: { ...PRICES.models, ...overrides } };
}

/** Unknown models are priced like the most expensive known one, so a budget never under-counts. */
export function priceFor(model: string, table: PriceTable = PRICES): ModelPrice {
  // The model name is the person's (Settings) or the SDK caller's: "constructor" is not a priced model.
  if (Object.hasOwn(table.models, model)) return table.models[model]!;
  const family = Object.keys(table.models).find((known) => model.startsWith(known));
  if (family) return table.models[family]!;
  return Object.values(table.models).reduce((a, b) => (a.output >= b.output ? a : b));
}
