// Apps whose whole UI is one `position:fixed; inset:0` root (calendars, file managers): the root covers the window
// but nothing lies behind it, so the page state does not claim that a dialog covers the page. A dialog that is
// itself visibility:hidden (closed that way) gets no line that would say it is open. Real Chromium.
import { expect, it } from 'vitest';
import { page, readPage, useHarness } from '../../fixtures/snapshot/harness';
import { named, target } from '../../fixtures/snapshot/lines';

const harness = useHarness();

it('does not call a full-window app root an overlay when nothing lies behind it', async () => {
  const p = await harness().open(
    page(`<div style="position:fixed;inset:0;display:grid;grid-template-columns:200px 1fr">
      <nav aria-label="Folders"><a href="/inbox">Inbox</a></nav><main><button>Create</button></main></div>`),
  );
  const { text } = await readPage(p);
  expect(text).toMatch(target('button', 'Create'));
  expect(text).not.toMatch(/covers the page/);
});

it("says a control the app root's own toolbar lies over is covered, not behind an overlay to close", async () => {
  const p = await harness().open(
    page(`<div style="position:fixed;inset:0"><main style="position:relative"><button style="margin:20px">Start free</button>
      <div role="toolbar" aria-label="Selected element" style="position:absolute;left:0;top:0;width:300px;height:80px;background:#146ef5"><button>Delete</button></div></main></div>`),
  );
  const { text } = await readPage(p);
  expect(text).toMatch(target('button', 'Delete'));
  expect(text).not.toMatch(target('button', 'Start free'));
  expect(text).toMatch(/^~1 controls are covered by something drawn over them, unreachable while it stays\.$/m);
  expect(text).not.toMatch(/behind the overlay|covers the page/);
});

it('still says so when a full-window layer covers content behind it', async () => {
  const p = await harness().open(
    page(`<p>Article text</p><a href="/more">More</a>
      <div style="position:fixed;inset:0;background:rgba(0,0,0,.5)"></div>
      <div role="dialog" aria-label="Subscribe" style="position:fixed;top:100px;left:100px;background:#fff"><button>Close</button></div>`),
  );
  const { text } = await readPage(p);
  expect(text).toMatch(target('button', 'Close'));
  expect(text).not.toMatch(named('link', 'More'));
  expect(text).toMatch(/covers the page|behind the overlay/);
});

it('gives no line to a dialog closed with visibility:hidden', async () => {
  const p = await harness().open(
    page(`<button>Open</button><div role="dialog" aria-label="Quick edit" style="visibility:hidden;position:fixed;top:50px">
      <textarea aria-label="Card title"></textarea><button>Save</button></div>`),
  );
  const { text } = await readPage(p);
  expect(text).toMatch(target('button', 'Open'));
  expect(text).not.toMatch(/Quick edit/);
  expect(text).not.toMatch(named('button', 'Save'));
});
