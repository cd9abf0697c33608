import type { TokenUsage } from '../../shared/task';
import type { ModelPrice } from './prices';

/** 1 credit = US$0.01. */
export function creditsFor(usage: TokenUsage, price: ModelPrice): number {
  const dollars =
    (usage.input * price.input +
      usage.output * price.output +
      usage.cache_write * price.cache_write +
      usage.cache_read * price.cache_read) /
    1_000_000;
  return dollars * 100;
}

export const ZERO_USAGE: TokenUsage = { input: 0, output: 0, cache_write: 0, cache_read: 0 };

export function addUsage(a: TokenUsage, b: TokenUsage): TokenUsage {
  return {
    input: a.input + b.input,
    output: a.output + b.output,
    cache_write: a.cache_write + b.cache_write,
    cache_read: a.cache_read + b.cache_read,
  };
}

/** The API's usage object, with its optional cache fields, in Tabwright's shape. */
export function usageFromApi(usage: {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens?: number | null;
  cache_read_input_tokens?: number | null;
}): TokenUsage {
  return {
    input: usage.input_tokens,
    output: usage.output_tokens,
    cache_write: usage.cache_creation_input_tokens ?? 0,
    cache_read: usage.cache_read_input_tokens ?? 0,
  };
}
