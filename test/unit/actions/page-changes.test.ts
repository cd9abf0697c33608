import type { Page } from 'playwright-core';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildPageScript } from '../../../bench/build-snapshot-script.mjs';
import { useHarness } from '../../fixtures/snapshot/harness';

/**
 * What the content script says an action changed, in real Chromium: above all whether the document started loading
 * another in its place, which the service worker then waits for (the browser may report it a moment later).
 */

const harness = useHarness();
let script = '';
/** A server that accepts and never answers: a navigation to it starts and never commits, so the page stays. */
const sockets = new Set<Socket>();
const hang = createServer((socket) => sockets.add(socket));
let nowhere = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => hang.listen(0, '127.0.0.1', resolve));
  nowhere = `http://127.0.0.1:${(hang.address() as AddressInfo).port}`;
  script = await buildPageScript(
    new URL('../../../src/content/actions/page-changes.ts', import.meta.url).pathname,
    'PageChanges',
  );
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => hang.close(resolve));
});

type Api = typeof import('../../../src/content/actions/page-changes');

/** One tab per test, going from case to case (a new context per case cost a second each on a loaded machine). */
let tab: Page | undefined;
let cases = 0;
afterEach(() => {
  tab = undefined;
});

/**
 * Opens `body` (where NOWHERE stands for the never-answering server), clicks `selector` between watching and
 * collecting, and collects after the page's next task: a form is sent, and says so, a task after its click.
 */
async function changesOfClick(body: string, selector: string) {
  const html = `<!doctype html><html lang="en"><body>${body.replaceAll('NOWHERE', nowhere)}</body></html>`;
  tab ??= await harness().open('<!doctype html><html lang="en"><title>Start</title></html>');
  const page = tab;
  await page.goto(harness().serve(`/changes-${++cases}.html`, html));
  await page.addScriptTag({ content: script });
  return page.evaluate(async (target) => {
    const api = (window as unknown as { PageChanges: Api }).PageChanges;
    api.watchChanges();
    (document.querySelector(target) as HTMLElement).click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    return api.collectChanges();
  }, selector);
}

describe('the changes an action made', () => {
  it('says the document is leaving for a link, a form and a script setting location', async () => {
    expect(await changesOfClick('<a href="NOWHERE/elsewhere">Next</a>', 'a')).toMatchObject({ leaving: true });
    expect(
      await changesOfClick(
        '<form action="NOWHERE/search"><input name="q" value="x"><button>Go</button></form>',
        'button',
      ),
    ).toMatchObject({ leaving: true });
    expect(
      await changesOfClick(`<button onclick="location.href = 'NOWHERE/orders'">Orders</button>`, 'button'),
    ).toMatchObject({ leaving: true });
  });

  it('does not for a fragment, pushState, a download link, a mailto: link, an event the page made up, or a navigation it cancelled', async () => {
    const cases = [
      ['<a href="#details">Details</a>', 'a'],
      [`<button onclick="history.pushState({}, '', '/inbox/2')">Open</button>`, 'button'],
      ['<a href="/report.csv" download>Export</a>', 'a'],
      ['<a href="mailto:ada@example.com">Write to us</a>', 'a'],
      // A navigate event the page made up, shaped like the browser's.
      [
        `<button onclick="const fake = new Event('navigate');
           Object.defineProperties(fake, {
             destination: { value: { sameDocument: false, url: 'https://example.com/' } },
             downloadRequest: { value: null },
           });
           navigation.dispatchEvent(fake)">Fake</button>`,
        'button',
      ],
      [
        `<a href="NOWHERE/elsewhere">Next</a>
         <script>navigation.addEventListener('navigate', (event) => event.preventDefault());</script>`,
        'a',
      ],
    ] as const;
    for (const [body, selector] of cases) {
      expect(await changesOfClick(body, selector), body).not.toHaveProperty('leaving');
    }
  });
});
