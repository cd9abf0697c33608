import { describe, expect, it } from 'vitest';
import { parseUrlPattern, urlMatches } from '../../../src/shared/url-patterns';

const allows = (pattern: string, url: string) => urlMatches(url, [parseUrlPattern(pattern)]);

describe('the regexes built from URL patterns', () => {
  it('take a dot in a host as a dot, not as any character', () => {
    expect(allows('shop.example', 'https://shopXexample/')).toBe(false);
    expect(allows('*.shop.example', 'https://a.shopXexample/')).toBe(false);
  });

  it('take regex characters in a path literally', () => {
    expect(allows('https://shop.example/a+b(c)?/*', 'https://shop.example/a+b(c)?/x')).toBe(true);
    expect(allows('https://shop.example/a+b(c)?/*', 'https://shop.example/aab/x')).toBe(false);
    expect(allows('https://shop.example/$x^/*', 'https://shop.example/$x^/y')).toBe(true);
  });

  it('anchor both ends: a pattern matches a whole host and a whole path', () => {
    expect(allows('https://shop.example/cart', 'https://shop.example/cart/pay')).toBe(false);
    expect(allows('https://shop.example/cart', 'https://shop.example/cart')).toBe(true);
    expect(allows('shop.example', 'https://myshop.example/')).toBe(false);
  });

  it('let * in a path cross slashes and queries', () => {
    expect(allows('https://shop.example/*', 'https://shop.example/a/b?c=d')).toBe(true);
  });
});
