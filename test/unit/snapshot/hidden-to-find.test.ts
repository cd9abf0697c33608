// find falls back to plain text when no control matches (a cell, a card's title). That fallback must not reach what
// the page reading hides: text that is aria-hidden, inert, scaled or shrunk to nothing, clipped away, off the page,
// or behind a modal dialog. Each is the only place its words occur, so a match could only come from the hidden copy.
// Real Chromium, the real snapshotter.
import { describe, expect, it } from 'vitest';
import { find, page, readPage, useHarness } from '../../fixtures/snapshot/harness';

const harness = useHarness();

/** Text nobody can see, each in a plain element find would otherwise offer as a text candidate. */
const HIDDEN_TEXT = [
  ['aria-hidden', '<div aria-hidden="true"><p>Walrus decorative</p></div>'],
  ['inert', '<div inert><p>Walrus inert</p></div>'],
  ['scale(0)', '<div style="transform:scale(0)"><p>Walrus scaled</p></div>'],
  ['scaleY(0)', '<div style="transform:scaleY(0)"><p>Walrus flattened</p></div>'],
  ['font-size:0', '<p style="font-size:0">Walrus tiny</p>'],
  ['height:0 clip', '<div style="height:0;overflow:hidden"><p>Walrus collapsed</p></div>'],
  ['clip-path', '<div style="clip-path:inset(50%)"><p>Walrus cut</p></div>'],
  ['off-page', '<p style="position:absolute;left:-9999px">Walrus offpage</p>'],
] as const;

describe('find does not reach hidden text through its text fallback', () => {
  it('matches none of the hidden copies and still matches the visible one', async () => {
    const p = await harness().open(
      page(`<p>Walrus visible</p>${HIDDEN_TEXT.map(([, html]) => html).join('')}<button>Save</button>`),
    );
    expect(await find(p, 'walrus visible')).toMatch(/"?Walrus visible"? \[ref_/);
    const all = (await readPage(p, { filter: 'all' })).text;
    expect(all).toContain('Walrus visible');
    for (const [how, html] of HIDDEN_TEXT) {
      const word = /Walrus (\w+)/.exec(html)?.[1] as string;
      const out = await find(p, `walrus ${word}`);
      expect(out, how).not.toContain(`Walrus ${word}`);
      expect(all, how).not.toContain(`Walrus ${word}`);
    }
  });

  it('does not match text behind a modal dialog', async () => {
    const p = await harness().open(
      page(`<p>Walrus behind</p><dialog id="d"><p>Walrus dialog</p><button>Close</button></dialog>
      <script>document.getElementById('d').showModal()</script>`),
    );
    expect(await find(p, 'walrus dialog')).toMatch(/"?Walrus dialog"? \[ref_/);
    expect(await find(p, 'walrus behind')).not.toContain('Walrus behind');
  });
});
