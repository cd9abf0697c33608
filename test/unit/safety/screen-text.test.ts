// The screen guard's reading of a frame, in real Chromium: everything the browser draws as text must be in it, so a
// picture is refused while a secret is drawn. Each case draws the value one way only, after the field it was typed in
// was emptied; the first cases drew it unread before the fifth wave (a picture of it reached the model).
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { textOnScreen } from '../../../src/background/safety/screen-guard';
import { containsSecret, parseSecrets } from '../../../src/background/safety/secrets';
import { CHROMIUM_ARGS, chromiumPath } from '../../support/browser';

const VALUE = 'Quartz-Lamp-5520';
const secrets = parseSecrets({ memo: { value: VALUE, allowedUrls: ['notes.example'] } });

/**
 * Each way a page can draw a value: markup with it in an attribute, or a script the page runs with it (as a page script
 * would after reading the field it was typed into; run from outside, so no script text holds it).
 */
type Drawing = [way: string, html: string, draw?: (value: string) => void];
const DRAWN: Drawing[] = [
  ["an option's label", `<select><option label="${VALUE}"></option></select>`],
  ["an option group's label", `<select size="3"><optgroup label="${VALUE}"><option>a</option></optgroup></select>`],
  ["an image button's alt text", `<input type="image" alt="${VALUE}" src="/missing.png" width="300" height="40">`],
  [
    'content: attr() of a data attribute',
    `<style>.x::before{content:attr(data-shown)}</style><i class="x" data-shown="${VALUE}"></i>`,
  ],
  ['a list marker string in a style attribute', `<ul><li style='list-style-type:"${VALUE}"'>item</li></ul>`],
  ['quotes of a <q>', `<q style='quotes:"${VALUE}" ""'>!</q>`],
  ['the hyphenation character', `<p style='hyphens:manual;width:3ch;hyphenate-character:"${VALUE}"'>aa&shy;bb</p>`],
  ['a custom property a scroll button draws', `<div style='--shown:"${VALUE}"'></div>`],
  [
    'a rule a script inserted (no text node)',
    '<ul><li>item</li></ul>',
    (value) => document.styleSheets[0]!.insertRule(`li{list-style-type:"${value}"}`),
  ],
  [
    'a counter style a script inserted',
    '<ol style="list-style:shown"><li>item</li></ol>',
    (value) => document.styleSheets[0]!.insertRule(`@counter-style shown{system:fixed;symbols:"${value}"}`),
  ],
  [
    'an adopted style sheet',
    '<p>x</p>',
    (value) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(`p::after{content:"${value}"}`);
      document.adoptedStyleSheets = [sheet];
    },
  ],
  [
    "a shadow root's adopted sheet",
    '<div></div>',
    (value) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(`li{list-style-type:"${value}"}`);
      const root = document.querySelector('div')!.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [sheet];
      root.innerHTML = '<ul><li>x</li></ul>';
    },
  ],
  [
    "a field's validation bubble",
    '<form><input required></form>',
    (value) => {
      const field = document.querySelector('input')!;
      field.setCustomValidity(value);
      field.reportValidity();
    },
  ],
];

/** Each case as a document of its own (a frame of one page: one load for them all). */
const NOT_DRAWN: Drawing[] = [
  ["a password field's value attribute", `<input type="password" value="${VALUE}">`],
  ['a page without the value', '<p>Quartz lamps, 5520 lumens</p><input required>'],
];
const CASES = [...DRAWN, ...NOT_DRAWN];
const frameOf = (body: string, index: number) => {
  const html = `<!doctype html><style>body{font:16px sans-serif}</style><body>${body}</body>`;
  return `<iframe name="case-${index}" srcdoc="${html.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"></iframe>`;
};

describe('the screen guard reads every text a frame draws', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    const endpoint = inject('chromiumEndpoint');
    browser = endpoint
      ? await chromium.connect(endpoint)
      : await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    page = await (await browser.newContext()).newPage();
    await page.setContent(CASES.map(([, body], index) => frameOf(body, index)).join(''));
    for (const [index, [, , draw]] of CASES.entries())
      if (draw) await page.frame({ name: `case-${index}` })!.evaluate(draw, VALUE);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const shows = async (index: number) =>
    containsSecret(await page.frame({ name: `case-${index}` })!.evaluate(textOnScreen), secrets);

  it.each(DRAWN.map(([way], index) => [way, index] as const))('sees the value drawn as %s', async (_way, index) => {
    expect(await shows(index)).toBe(true);
  });

  it.each(NOT_DRAWN.map(([what], index) => [what, DRAWN.length + index] as const))(
    'does not count %s',
    async (_what, index) => {
      expect(await shows(index)).toBe(false);
    },
  );
});
