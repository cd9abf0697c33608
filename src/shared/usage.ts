import type { TokenUsage } from './task';

/** Share of all input tokens that were read from the prompt cache (the cheap ones): shown with a task's cost. */
export function cacheReadShare(usage: TokenUsage): number {
  const total = usage.input + usage.cache_write + usage.cache_read;
  return total === 0 ? 0 : usage.cache_read / total;
}
