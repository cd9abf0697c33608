import type { Settings } from '../../shared/settings';

type Overrides = Settings['priceOverrides'];

const FIELDS = ['input', 'output', 'cache_write', 'cache_read'] as const;

export const PRICE_EXAMPLE = '{"claude-sonnet-5-5": {"input": 2, "output": 10, "cache_write": 2.5, "cache_read": 0.1}}';

export function formatOverrides(overrides: Overrides): string {
  return Object.keys(overrides).length === 0 ? '' : JSON.stringify(overrides, null, 2);
}

/** The text of the price box as overrides, or what is wrong with it. */
export function parseOverrides(text: string): { overrides: Overrides } | { error: string } {
  if (!text.trim()) return { overrides: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { error: `Prices are not valid JSON: ${(error as Error).message}` };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return { error: `Prices must be an object by model, e.g. ${PRICE_EXAMPLE}` };
  for (const [model, price] of Object.entries(value)) {
    const fields = price as Record<string, unknown>;
    const bad = FIELDS.find(
      (field) =>
        typeof fields?.[field] !== 'number' || !Number.isFinite(fields[field]) || (fields[field] as number) < 0,
    );
    if (bad)
      return {
        error: `"${model}" needs ${FIELDS.join(', ')} as numbers (US$ per million tokens); ${bad} is missing or wrong.`,
      };
  }
  return { overrides: value as Overrides };
}
