// The one-line summaries of what lies outside the view quote an example item. The example reads like the item's
// line would: cell and block boundaries are spaces, aria-hidden icons are left out. Real Chromium.
import { expect, it } from 'vitest';
import { page, readPage, useHarness } from '../../fixtures/snapshot/harness';

const harness = useHarness();

it('quotes an example row below the view with its cells apart, not glued together', async () => {
  const rows = Array.from(
    { length: 40 },
    (_, i) =>
      `<tr><td>Member ${i}</td><td>m${i}@example.com</td><td><button><span aria-hidden="true">☆</span>Star</button></td></tr>`,
  ).join('');
  const p = await harness().open(page(`<div style="height:560px">Intro</div><table>${rows}</table>`), {
    viewport: { width: 800, height: 600 },
  });
  const { text } = await readPage(p);
  expect(text).toMatch(/Below the viewport .*3\d × rows \(e\.g\. "Member \d+ m\d+@example\.com Star"\)/);
});

it('counts below the view only what the markup does not hide: collapsed folders, closed panels, aria-hidden copies', async () => {
  // A file tree keeps its collapsed folders' items in the DOM with `hidden`; a carousel clones its slides aria-hidden.
  const folder = (n: number): string =>
    `<li role="treeitem" aria-expanded="false">Folder ${n}<ul role="group" hidden>${'<li role="treeitem"><button>Rename</button> File</li>'.repeat(9)}<h3>Hidden heading ${n}</h3></ul></li>`;
  const p = await harness().open(
    page(
      `<div style="height:900px">Intro</div><ul role="tree">${Array.from({ length: 3 }, (_, i) => folder(i)).join('')}</ul>
       <div aria-hidden="true"><a href="/c1">Clone</a><a href="/c2">Clone</a></div><section inert><button>Later</button></section><h2>Shown heading</h2>`,
    ),
    { viewport: { width: 800, height: 600 } },
  );
  const { text } = await readPage(p);
  // The three folders are the only items; no Rename button, clone link, inert button or hidden heading is counted.
  expect(text).toMatch(/^Below the viewport \(.*\): ~3 items; /m);
  expect(text).not.toMatch(/buttons?|links?|Hidden heading/);
  expect(text).toMatch(/headings: "Shown heading"/);
});
