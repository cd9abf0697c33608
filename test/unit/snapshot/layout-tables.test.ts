// Tables and lists built for layout (an HTML newsletter's nested tables with spacer cells, a nav list marked
// role=none): role=none on the table or list reaches its rows, cells and items, so none of them prints as a row,
// cell or list item, and empty spacer cells print nothing. A cell or item that is focusable or carries an ARIA
// attribute keeps its role, as does a data table's. Real Chromium.
import { expect, it } from 'vitest';
import { page, readPage, useHarness } from '../../fixtures/snapshot/harness';

const harness = useHarness();

const NEWSLETTER = page(`<table role="presentation" width="600" cellpadding="0" cellspacing="0">
  <tr><td width="20">&nbsp;</td><td>Having trouble viewing this email? <a href="/view">View in browser</a></td><td width="20">&nbsp;</td></tr>
  <tr><td colspan="3" height="24" style="font-size:0;line-height:0">&nbsp;</td></tr>
  <tr><td width="20">&nbsp;</td><td><table role="presentation"><tbody><tr><td bgcolor="#8a3b12"><a href="/sale">Shop linen</a></td>
    <td width="12">&nbsp;</td><td><a href="/new">New arrivals</a></td></tr></tbody></table></td><td width="20">&nbsp;</td></tr>
  <tr><td width="20">&nbsp;</td><td tabindex="0">Focusable cell</td><td width="20">&nbsp;</td></tr></table>
  <ul role="none"><li><a href="/a">Alpha</a></li><li aria-current="page"><a href="/b">Beta</a></li></ul>
  <table><tr><th>Item</th><th>Price</th></tr><tr><td>Apron</td><td>$62</td></tr></table>`);

it('prints no rows, cells or items for a layout table or a list marked role=none', async () => {
  const p = await harness().open(NEWSLETTER);
  for (const filter of [null, 'all'] as const) {
    const { text } = await readPage(p, { filter });
    const lines = text.split('\n').map((line) => line.trim());
    expect(lines.filter((line) => /^(row|cell|rowgroup)\b/.test(line) && !/Apron|Item/.test(line))).toEqual([
      expect.stringMatching(/^cell "Focusable cell" \[ref_\w+\]$/),
    ]);
    expect(text).not.toContain('""');
    expect(text).toMatch(/Having trouble viewing this email\?.*\n.*link "View in browser" \[ref_\w+\]/);
    expect(text).toMatch(/link "Shop linen" \[ref_\w+\]/);
    expect(lines).not.toContainEqual(expect.stringMatching(/^listitem: link "Alpha"/));
    expect(lines).toContainEqual(expect.stringMatching(/^listitem current: link "Beta"/));
    expect(lines).toContain('row: Item | Price');
    expect(lines).toContain('row: Apron | $62');
  }
});
