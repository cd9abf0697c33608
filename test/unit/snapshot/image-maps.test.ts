// Image maps (`<img usemap>` with `<area href>`): each area is a link laid over a part of its image. The UA styles an
// area display:none and gives it no box, so it is found through the image that uses its map and placed by its coords;
// an area under something drawn over it, or a map no image shows, offers nothing. Real Chromium.
import { expect, it } from 'vitest';
import { buildPageScript } from '../../../bench/build-snapshot-script.mjs';
import { page, readPage, type SnapshotApi, useHarness } from '../../fixtures/snapshot/harness';
import { named, target } from '../../fixtures/snapshot/lines';

const harness = useHarness();

const STRIP = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="40"><rect width="400" height="40" fill="#369"/></svg>')}`;

const MAPS = page(`<img src="${STRIP}" width="400" height="40" usemap="#modules" alt="Modules">
<map name="modules">
  <area shape="rect" coords="0,0,95,40" href="/sales" alt="Sales">
  <area shape="circle" coords="150,20,18" href="/stock" alt="Stock">
  <area shape="poly" coords="200,0,290,0,245,40" href="/finance" alt="Finance">
  <area shape="rect" coords="300,0,400,40" nohref alt="Spacer">
</map>
<div style="position:absolute;left:0;top:200px"><img src="${STRIP}" width="400" height="40" usemap="#tools" alt="Tools"></div>
<map name="tools"><area shape="rect" coords="0,0,100,40" href="/covered" alt="Covered"><area shape="rect" coords="300,0,400,40" href="/open" alt="Open"></map>
<div style="position:absolute;left:0;top:190px;width:200px;height:60px;background:#fff"></div>
<map name="unused"><area shape="default" href="/nowhere" alt="Nowhere"></map>
<div style="height:2000px"></div>
<img src="${STRIP}" width="400" height="40" usemap="#far" alt="Far"><map name="far"><area shape="rect" coords="0,0,100,40" href="/far" alt="Far away"></map>`);

it("offers an image map's areas as links named by their alt, where its image shows them", async () => {
  const p = await harness().open(MAPS);
  for (const filter of [null, 'all'] as const) {
    const { text } = await readPage(p, { filter });
    expect(text).toMatch(target('link', 'Sales'));
    expect(text).toMatch(target('link', 'Stock'));
    expect(text).toMatch(target('link', 'Finance'));
    expect(text).toMatch(target('link', 'Open'));
    // No href: no link. Under a box drawn over it: unreachable. A map no image uses: nowhere on the page.
    expect(text).not.toMatch(named('link', 'Spacer'));
    expect(text).not.toMatch(target('link', 'Covered'));
    expect(text).not.toMatch(named('link', 'Nowhere'));
  }
  // Below the fold the image's areas are listed with the rest of the page.
  expect((await readPage(p, { filter: 'all' })).text).toMatch(target('link', 'Far away'));
});

it('resolves the ref of an area to the area itself', async () => {
  const p = await harness().open(MAPS);
  const { text } = await readPage(p, { filter: null });
  const ref = text.match(/link "?Stock"? \[(ref_\w+)\]/)?.[1];
  expect(ref).toBeTruthy();
  const alt = await p.evaluate((r) => {
    const resolved = (window as unknown as { TabwrightSnapshot: SnapshotApi }).TabwrightSnapshot.resolveRef(r);
    return 'stale' in resolved ? null : `${resolved.localName} ${resolved.getAttribute('alt')}`;
  }, ref as string);
  expect(alt).toBe('area Stock');
});

it('presses an area where its shape lies on its image', async () => {
  const script = await buildPageScript(
    new URL('../../../src/content/actions/target.ts', import.meta.url).pathname,
    'Target',
  );
  const p = await harness().open(MAPS);
  await p.addScriptTag({ content: script });
  const point = await p.evaluate(() => {
    const area = document.querySelector('area[alt="Finance"]') as Element;
    const { x, y } = (
      window as unknown as { Target: typeof import('../../../src/content/actions/target') }
    ).Target.pointerTarget(area);
    return { x, y, hit: document.elementFromPoint(x, y)?.getAttribute('alt') };
  });
  expect(point.hit).toBe('Finance');
});
