import { describe, expect, it } from 'vitest';
import { isNeutralUrl, parseUrlPattern, urlMatches } from '../../../src/background/safety/url-patterns';

const allows = (patterns: string[], url: string) => urlMatches(url, patterns.map(parseUrlPattern));

describe('allowed URL patterns', () => {
  it('matches a bare host on http and https, any path', () => {
    expect(allows(['shop.example'], 'https://shop.example/cart?x=1')).toBe(true);
    expect(allows(['shop.example'], 'http://shop.example/')).toBe(true);
    expect(allows(['shop.example'], 'https://evil.example/')).toBe(false);
  });

  it('never lets a look-alike host through', () => {
    expect(allows(['example.com'], 'https://example.com.evil.test/')).toBe(false);
    expect(allows(['example.com'], 'https://evil.test/?next=https://example.com')).toBe(false);
    expect(allows(['example.com'], 'https://user@evil.test/example.com')).toBe(false);
    expect(allows(['*.example.com'], 'https://notexample.com/')).toBe(false);
  });

  it('treats *. as the domain and its subdomains', () => {
    expect(allows(['*.example.com'], 'https://example.com/')).toBe(true);
    expect(allows(['*.example.com'], 'https://a.b.example.com/x')).toBe(true);
  });

  it('respects scheme, port and path globs', () => {
    expect(allows(['https://shop.example/*'], 'http://shop.example/')).toBe(false);
    expect(allows(['http://127.0.0.1:8080/app/*'], 'http://127.0.0.1:8080/app/orders')).toBe(true);
    expect(allows(['http://127.0.0.1:8080/app/*'], 'http://127.0.0.1:8080/admin')).toBe(false);
    expect(allows(['http://127.0.0.1:8080/app/*'], 'http://127.0.0.1:9090/app/x')).toBe(false);
    expect(allows(['127.0.0.1'], 'http://127.0.0.1:9090/anything')).toBe(true);
  });

  it('refuses patterns that are not web addresses', () => {
    expect(() => parseUrlPattern('')).toThrow(/empty/);
    expect(() => parseUrlPattern('file:///etc/passwd')).toThrow(/only http and https/);
    expect(() => parseUrlPattern('exa mple.com')).toThrow(/not a valid/);
  });

  it('knows the pages that lead nowhere', () => {
    expect(isNeutralUrl('about:blank')).toBe(true);
    expect(isNeutralUrl('https://x.test')).toBe(false);
  });
});
