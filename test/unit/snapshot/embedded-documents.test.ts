// Documents embedded in a page other than by <iframe src>: an `<iframe srcdoc>` and an `<object>` showing an HTML page
// of the same origin. A person sees and uses their controls like the page's own, so they are listed in place, with
// refs, and find and the page text reach them. Real Chromium.
import { expect, it } from 'vitest';
import { find, page, pageText, readPage, useHarness } from '../../fixtures/snapshot/harness';
import { target } from '../../fixtures/snapshot/lines';

const harness = useHarness();

it('lists the controls of a same-origin <object> page and of an <iframe srcdoc>', async () => {
  harness().serve('/widget.html', page('<h2>Weather</h2><button>Refresh forecast</button>'));
  const p = await harness().open(
    page(`<object data="/widget.html" type="text/html" style="width:400px;height:200px"></object>
      <iframe srcdoc="<a href='#top'>Terms of use</a>" style="width:400px;height:100px"></iframe>`),
  );
  await p.waitForFunction(
    () => !!(document.querySelector('object') as HTMLObjectElement).contentDocument?.body?.textContent,
  );
  for (const filter of [null, 'all'] as const) {
    const { text } = await readPage(p, { filter });
    expect(text).toMatch(target('button', 'Refresh forecast'));
    expect(text).toMatch(target('link', 'Terms of use'));
  }
  expect(await find(p, 'Refresh forecast')).toMatch(target('button', 'Refresh forecast'));
  expect(await pageText(p)).toContain('Refresh forecast');
});

it("leaves a slot for a cross-origin frame's text, which a page's own text cannot forge", async () => {
  // The page text is not quoted, so a line of it reading like a slot is: the worker fills the real slot only.
  const p = await harness().open(
    page(`<p>&lt;&lt;frame ref_1&gt;&gt;</p><table><tr><td>&lt;&lt;frame ref_2&gt;&gt;</td></tr></table>
      <iframe sandbox srcdoc="<p>Inside</p>" title="Note" style="width:300px;height:80px"></iframe>`),
  );
  const lines = (await pageText(p)).split('\n');
  expect(lines).toContain('"<<frame ref_1>>"');
  expect(lines).toContain('"<<frame ref_2>>"');
  expect(lines.filter((line) => /^<<frame ref_\w+>>$/.test(line))).toHaveLength(1);
});
