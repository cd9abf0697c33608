// Text as it is laid out. The page text (get_page_text) keeps the page's lines: a block starts and ends a line, <br>
// breaks one, preformatted text keeps its breaks and (white-space: pre) its indentation, so code and addresses read
// as drawn. In both readings, texts with nothing but inline boxes between them and no space at the seam run on
// unspaced (`$12.99` from three spans, `Hello` from `<i>Hel</i>lo`), while a chip or a block stays apart. Real Chromium.
import { expect, it } from 'vitest';
import { page, pageText, readPage, useHarness } from '../../fixtures/snapshot/harness';

const harness = useHarness();

const ARTICLE = page(`<h2>Install</h2>
  <pre><code><span class="k">const</span> x = <span>1</span>;
<span class="k">if</span> (x) {
    <span>run</span>();
}</code></pre>
  <p>Ship to:<br>1 Main St<br>Springfield</p>
  <div style="white-space:pre-line">Name:   Ada
     Role: Admin</div>
  <p>Run <code style="white-space:pre-wrap">npm  test</code> first.</p>
  <div class="price"><span>$</span><span>12</span><span>.99</span></div>
  <p><b>Total</b>: €40, <i>Hel</i>lo. <span>Tag</span><span style="display:inline-block;margin-left:8px">Chip</span></p>
  <div><div>Block A</div><div>Block B</div></div>
  <p id="long"></p>
  <script>document.getElementById('long').textContent = 'word '.repeat(1200) + 'THE END';</script>`);

it('keeps the lines of the page in its text: blocks, breaks, preformatted code with its indentation', async () => {
  const p = await harness().open(ARTICLE);
  const text = await pageText(p);
  expect(text).toContain('const x = 1;\nif (x) {\n    run();\n}');
  expect(text).toContain('Ship to:\n1 Main St\nSpringfield');
  expect(text).toContain('Name: Ada\nRole: Admin');
  expect(text).toContain('Run npm  test first.');
  expect(text).toContain('\n$12.99\n');
  expect(text).toContain('Total: €40, Hello. Tag Chip');
  expect(text).toContain('Block A\nBlock B');
  // A paragraph longer than one line's share is read to its end.
  expect(text).toContain('word THE END');
});

it('runs texts on unspaced where the page draws them so, in read_page too, and keeps its one line per run', async () => {
  const p = await harness().open(ARTICLE);
  const { text } = await readPage(p, { filter: 'all' });
  expect(text).toContain('$12.99');
  expect(text).toContain('Total: €40, Hello. Tag Chip');
  expect(text).toContain('Block A Block B');
  expect(text).toContain('Ship to: 1 Main St Springfield');
});
