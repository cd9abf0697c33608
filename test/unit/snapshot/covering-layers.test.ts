// What a person cannot reach because something is painted over it: a full-window splash with the page's own bars
// stacked above it, and covers that only hide part of the page. Controls under a cover are not exposed, in the
// viewport or below the fold, in the default view and with filter "all"; what is on top stays. Real Chromium, the
// real snapshotter. Names may be printed with or without quotes, so lines are matched by a pattern.
import { describe, expect, it } from 'vitest';
import { page, readPage, useHarness } from '../../fixtures/snapshot/harness';

const harness = useHarness();

/** A line for `name` (quoted or not) that carries a ref. */
function withRef(name: string): RegExp {
  return new RegExp(`"?${name}"? \\[ref_`);
}

const filler = '<div style="height:1600px"></div>';

describe('a full-window cover with bars stacked above it', () => {
  it('hides the page under a loading splash even where a header and a launcher sit above the splash', async () => {
    const p = await harness().open(
      page(`
      <header style="position:fixed;left:0;right:0;top:0;height:50px;z-index:1000;background:#222"><button>Header help</button></header>
      <main style="padding-top:60px"><button>Page tool</button><p>Ledger summary text</p>${filler}<button>Save far below</button></main>
      <div style="position:fixed;inset:0;z-index:900;background:#eee;display:flex;align-items:center;justify-content:center">
        <button>Cancel loading</button></div>
      <button style="position:fixed;right:0;bottom:0;z-index:1100" aria-label="Chat launcher">?</button>`),
    );
    for (const filter of [null, 'all'] as const) {
      const { text } = await readPage(p, { filter });
      for (const shown of ['Header help', 'Cancel loading', 'Chat launcher'])
        expect(text, shown).toMatch(withRef(shown));
      for (const hidden of ['Page tool', 'Save far below']) expect(text, hidden).not.toMatch(withRef(hidden));
    }
    await p.context().close();
  });

  it('does not take a full-window background behind the page for a cover', async () => {
    const p = await harness().open(
      page(`
      <div style="position:fixed;inset:0;z-index:-1;background:linear-gradient(#fff,#ddd)"></div>
      <header style="position:fixed;left:0;right:0;top:0;height:50px;background:#222"><button>Header help</button></header>
      <main style="padding-top:60px"><button>Page tool</button>${filler}<button>Save far below</button></main>`),
    );
    const { text } = await readPage(p, { filter: 'all' });
    for (const shown of ['Header help', 'Page tool', 'Save far below']) expect(text, shown).toMatch(withRef(shown));
    // Without a header the window's corners show nothing but the background.
    await p.evaluate(() => document.querySelector('header')?.remove());
    const bare = await readPage(p, { filter: 'all' });
    for (const shown of ['Page tool', 'Save far below']) expect(bare.text, shown).toMatch(withRef(shown));
    await p.context().close();
  });
});
