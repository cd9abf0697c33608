// Maps and charts drawn in SVG: markers are SVG links named by aria-label, clusters are <g role=button tabindex=0>.
// They are targets like any link or button, inside an <svg> marked role=img or not; a marker drawn outside the
// SVG's viewport is clipped by it and stays hidden. Real Chromium.
import { expect, it } from 'vitest';
import { page, readPage, useHarness } from '../../fixtures/snapshot/harness';
import { named, target } from '../../fixtures/snapshot/lines';

const harness = useHarness();

const MAP = page(`<svg width="600" height="400" viewBox="0 0 600 400" role="img" aria-label="Map of stores">
  <rect width="600" height="400" fill="#e8eef3"/>
  <a href="/store/1" aria-label="Harbor Mall"><circle cx="100" cy="100" r="12" fill="#d33"/></a>
  <a href="/store/2" aria-label="Ridge Plaza"><circle cx="400" cy="300" r="12" fill="#d33"/></a>
  <a href="/store/3" aria-label="Far Street"><circle cx="900" cy="100" r="12" fill="#d33"/></a>
  <g role="button" tabindex="0" aria-label="Cluster of 4 stores"><circle cx="250" cy="200" r="18" fill="#1a5fb4"/></g>
</svg><svg width="40" height="40" aria-label="Logo"><circle cx="20" cy="20" r="15"/></svg>`);

it('offers the links and buttons drawn in an SVG, not what its viewport clips', async () => {
  const p = await harness().open(MAP);
  for (const filter of [null, 'all'] as const) {
    const { text } = await readPage(p, { filter });
    expect(text).toMatch(target('link', 'Harbor Mall'));
    expect(text).toMatch(target('link', 'Ridge Plaza'));
    expect(text).toMatch(target('button', 'Cluster of 4 stores'));
    expect(text).not.toMatch(named('link', 'Far Street'));
    // A drawing without targets is still one line.
    expect(text).toMatch(named('img', 'Logo'));
  }
});
