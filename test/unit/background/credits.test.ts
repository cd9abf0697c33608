import { describe, expect, it } from 'vitest';
import { addUsage, creditsFor, usageFromApi } from '../../../src/background/model/credits';
import { cacheReadShare } from '../../../src/shared/usage';
import { PRICES, priceFor, pricesWith } from '../../../src/background/model/prices';

describe('credits', () => {
  it('prices each kind of token separately; 1 credit = US$0.01', () => {
    const sonnet = priceFor('claude-sonnet-5-5');
    // 1M input ($2) + 100k output ($1) + 200k cache write ($0.50) + 1M cache read ($0.10) = $3.60
    expect(
      creditsFor({ input: 1_000_000, output: 100_000, cache_write: 200_000, cache_read: 1_000_000 }, sonnet),
    ).toBeCloseTo(360, 6);
    expect(creditsFor({ input: 0, output: 0, cache_write: 0, cache_read: 0 }, sonnet)).toBe(0);
  });

  it('maps the API usage object, whose cache fields may be missing or null', () => {
    expect(usageFromApi({ input_tokens: 10, output_tokens: 5 })).toEqual({
      input: 10,
      output: 5,
      cache_write: 0,
      cache_read: 0,
    });
    expect(
      usageFromApi({
        input_tokens: 10,
        output_tokens: 5,
        cache_creation_input_tokens: 7,
        cache_read_input_tokens: null,
      }),
    ).toEqual({
      input: 10,
      output: 5,
      cache_write: 7,
      cache_read: 0,
    });
  });

  it('adds usage and reports the cache-read share of input tokens', () => {
    const total = addUsage(
      { input: 100, output: 10, cache_write: 100, cache_read: 0 },
      { input: 50, output: 10, cache_write: 0, cache_read: 750 },
    );
    expect(total).toEqual({ input: 150, output: 20, cache_write: 100, cache_read: 750 });
    expect(cacheReadShare(total)).toBeCloseTo(0.75, 6);
    expect(cacheReadShare({ input: 0, output: 3, cache_write: 0, cache_read: 0 })).toBe(0);
  });

  it('prices unknown models like the most expensive known one, so budgets never under-count', () => {
    expect(priceFor('claude-sonnet-5-5-20261001')).toBe(PRICES.models['claude-sonnet-5-5']);
    const dearest = Math.max(...Object.values(PRICES.models).map((price) => price.output));
    expect(priceFor('some-future-model').output).toBe(dearest);
  });

  it('lets Settings override a price or add a model, keeping the rest of the table', () => {
    const table = pricesWith({
      'claude-sonnet-5-5': { input: 3, output: 15, cache_write: 3.75, cache_read: 0.3 },
      'my-gateway-model': { input: 1, output: 1, cache_write: 1, cache_read: 1 },
    });
    expect(priceFor('claude-sonnet-5-5', table).input).toBe(3);
    expect(priceFor('my-gateway-model', table).output).toBe(1);
    expect(priceFor('claude-haiku-5-5', table)).toBe(PRICES.models['claude-haiku-5-5']);
  });
});
