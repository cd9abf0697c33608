import { describe, expect, it } from 'vitest';
import { isNeutralUrl, parseUrlPattern, patternRegex, urlMatches } from '../../../src/shared/url-patterns';

/**
 * One table for the pattern language, run against the matcher (secrets' allowedUrls, task allowed_urls, Settings'
 * domains) and against the regexFilter the site fence installs (evaluated as a JS RegExp, which agrees with RE2 on
 * the syntax generated: no lookaround, no backreferences), over the URL as the browser writes it.
 */
const TABLE: Array<[pattern: string, url: string, allowed: boolean]> = [
  ['bank.example', 'https://bank.example/login', true],
  ['bank.example', 'http://bank.example/', true],
  ['bank.example', 'https://bank.example', true],
  ['bank.example', 'https://www.bank.example/', false],
  ['bank.example', 'https://bank.example.evil.test/', false],
  ['bank.example', 'https://evilbank.example/', false],
  ['bank.example', 'https://evil.test/bank.example', false],
  ['bank.example', 'https://evil.test/?next=https://bank.example/', false],
  ['bank.example', 'http://bank.example@evil.test/', false],
  ['bank.example', 'http://user:pw@bank.example/', true],
  ['bank.example', 'http://evil.test#@bank.example/', false],
  ['bank.example', 'https://BANK.Example/x', true],
  ['bank.example', 'https://bank.example./x', true],
  ['bank.example', 'https://bank.example:8443/x', true],
  ['bank.example', 'ftp://bank.example/', false],
  ['bank.example', 'javascript:alert(1)//bank.example', false],
  ['BANK.EXAMPLE', 'https://bank.example/', true],
  ['*.allowed-host.test', 'https://allowed-host.test/', true],
  ['*.allowed-host.test', 'https://a.b.allowed-host.test/x', true],
  ['*.allowed-host.test', 'http://other-host/x.allowed-host.test/y', false],
  ['*.allowed-host.test', 'http://other-host.test/x.allowed-host.test', false],
  ['*.allowed-host.test', 'http://other-host.test/?q=.allowed-host.test', false],
  ['*.allowed-host.test', 'https://notallowed-host.test/', false],
  ['*.allowed-host.test', 'https://allowed-host.test.evil.test/', false],
  ['*.allowed-host.test', 'http://x.allowed-host.test@evil.test/', false],
  ['*.allowed-host.test', 'https://WWW.Allowed-Host.test/', true],
  ['https://shop.example/cart/*', 'https://shop.example/cart/items?id=1', true],
  ['https://shop.example/cart/*', 'http://shop.example/cart/items', false],
  ['https://shop.example/cart/*', 'https://shop.example/account', false],
  ['https://shop.example/cart/*', 'https://shop.example/Cart/items', false],
  ['https://shop.example/cart/*', 'https://shop.example.evil.test/cart/x', false],
  ['*://shop.example/*', 'http://shop.example/a', true],
  ['http://127.0.0.1:8080/app/*', 'http://127.0.0.1:8080/app/orders', true],
  ['http://127.0.0.1:8080/app/*', 'http://127.0.0.1:8080/admin', false],
  ['http://127.0.0.1:8080/app/*', 'http://127.0.0.1:9090/app/x', false],
  ['127.0.0.1', 'http://127.0.0.1:9090/anything', true],
  ['127.0.0.1', 'http://127.0.0.10/', false],
  ['localhost', 'http://localhost:3000/', true],
  ['localhost', 'http://localhost.evil.test/', false],
  ['https://secure.example:443/*', 'https://secure.example/x', true],
  ['https://secure.example:443/*', 'https://secure.example:8443/x', false],
  ['http://site.example:80', 'http://site.example/', true],
  ['bücher.example', 'https://xn--bcher-kva.example/', true],
  ['xn--bcher-kva.example', 'https://bücher.example/', true],
  ['bücher.example', 'https://bucher.example/', false],
  ['[::1]', 'http://[::1]:8080/', true],
  ['*.co-op.example', 'https://shop.co-op.example/', true],
  ['site.example/a*b', 'https://site.example/axyzb', true],
  ['site.example/a*b', 'https://site.example/axyzbc', false],
  ['site.example/docs', 'https://site.example/docs', true],
  ['site.example/docs', 'https://site.example/docs/more', false],
  // The hosted API's own example, `https://*example.com/*`: the domain and its subdomains, never a look-alike host.
  ['https://*bank.example/*', 'https://bank.example/login', true],
  ['https://*bank.example/*', 'https://www.bank.example/login', true],
  ['https://*bank.example/*', 'https://evilbank.example/', false],
  ['https://*bank.example/*', 'https://bank.example.evil.test/', false],
];

const OVER_BROAD = [
  '*',
  '*.com',
  '*.co.uk',
  'com',
  '*.',
  '',
  'http://',
  'bank.example*',
  '*com',
  'ba*nk.example',
  '*.*.example',
  'https://*/',
];

function regexAllows(pattern: string, url: string): boolean {
  let canonical: string;
  try {
    canonical = new URL(url).href.replace(/#.*$/, '');
  } catch {
    return false;
  }
  return new RegExp(patternRegex(parseUrlPattern(pattern))).test(canonical);
}

describe('the allowed-URL pattern language', () => {
  it(`holds a table of ${TABLE.length} URL/pattern cases`, () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
  });

  for (const [pattern, url, allowed] of TABLE) {
    it(`${allowed ? 'allows' : 'refuses'} ${url} under ${pattern}, in the matcher and in the fence regex`, () => {
      expect(urlMatches(url, [parseUrlPattern(pattern)])).toBe(allowed);
      expect(regexAllows(pattern, url)).toBe(allowed);
    });
  }

  for (const pattern of OVER_BROAD) {
    it(`refuses the over-broad or malformed pattern "${pattern}" with a clear error`, () => {
      expect(() => parseUrlPattern(pattern)).toThrow(/empty|too broad|not valid|not a valid|only http/);
    });
  }

  it('refuses other schemes and says which are allowed', () => {
    expect(() => parseUrlPattern('file:///etc/passwd')).toThrow(/only http and https/);
    expect(() => parseUrlPattern('exa mple.com')).toThrow(/not a valid/);
  });

  it('writes fence regexes RE2 accepts: no lookaround, no backreferences', () => {
    for (const [pattern] of TABLE) expect(patternRegex(parseUrlPattern(pattern))).not.toMatch(/\(\?[=!<]|\\[1-9]/);
  });

  it('knows the pages that lead nowhere', () => {
    expect(isNeutralUrl('about:blank')).toBe(true);
    expect(isNeutralUrl('https://x.test')).toBe(false);
  });
});
