import { describe, expect, it } from 'vitest';
import { formatOverrides, parseOverrides, PRICE_EXAMPLE } from '../../../src/ui/options/price-overrides';

describe('price overrides in Settings', () => {
  it('takes a JSON object of prices by model, and an empty box as none', () => {
    expect(parseOverrides(PRICE_EXAMPLE)).toEqual({
      overrides: { 'claude-sonnet-5-5': { input: 2, output: 10, cache_write: 2.5, cache_read: 0.1 } },
    });
    expect(parseOverrides('  ')).toEqual({ overrides: {} });
    expect(formatOverrides({})).toBe('');
  });

  it('says what is wrong', () => {
    expect(parseOverrides('{')).toEqual({ error: expect.stringMatching(/^Prices are not valid JSON/) });
    expect(parseOverrides('[1]')).toEqual({ error: expect.stringMatching(/object by model/) });
    expect(parseOverrides('{"m": {"input": 1, "output": 2, "cache_write": 3}}')).toEqual({
      error: expect.stringMatching(/"m" needs .*cache_read is missing/),
    });
    expect(parseOverrides('{"m": {"input": -1, "output": 2, "cache_write": 3, "cache_read": 0}}')).toEqual({
      error: expect.stringMatching(/input is missing or wrong/),
    });
  });
});
