// What a person cannot reach because something is painted over it: a full-window splash with the page's own bars
// stacked above it, and covers that only hide part of the page. Controls under a cover are not exposed, in the
// viewport or below the fold, in the default view and with filter "all"; what is on top stays. Real Chromium, the
// real snapshotter. Names may be printed with or without quotes, so lines are matched by a pattern.
import { describe, expect, it } from 'vitest';
import { SYSTEM_PROMPT } from '../../../src/background/agent/prompt';
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
  });
});

/** Covers over part of the page, each the same in the viewport (`top`) and below the fold (`below`). */
function partialCovers(where: string): string {
  return `
  <section style="position:relative;height:120px">
    <button>Under loading ${where}</button>
    <div style="position:absolute;inset:0;background:#fff;z-index:3">Loading</div></section>
  <section style="display:grid"><div style="grid-area:1/1"><a href="/p">Under paywall ${where}</a></div>
    <div style="grid-area:1/1;background:#fff;height:80px"><button>Upgrade ${where}</button></div></section>
  <section style="position:relative;height:90px">
    <div style="position:absolute;inset:0;background:#fff;z-index:2"><a href="/a">Active tab ${where}</a></div>
    <div style="position:absolute;inset:0;background:#fff"><a href="/b">Stacked tab ${where}</a></div></section>
  <section style="margin-top:40px"><div style="height:60px"><a href="/l">Under sheet ${where}</a></div>
    <div style="height:60px;background:#fff;transform:translateY(-100%)"><button>Apply ${where}</button></div></section>
  <section style="position:relative;height:60px"><button>Under see-through ${where}</button>
    <div style="position:absolute;inset:0;pointer-events:none;background:rgba(0,0,0,.1)"></div></section>`;
}

describe('covers over part of the page', () => {
  it('hides what a panel overlay, a grid-stacked card, a stacked tab or a transformed sheet paints over, in view and below the fold', async () => {
    const p = await harness().open(page(`${partialCovers('top')}${filler}${partialCovers('below')}`));
    for (const filter of [null, 'all'] as const) {
      const { text } = await readPage(p, { filter });
      const wheres = filter === 'all' ? ['top', 'below'] : ['top'];
      for (const where of wheres) {
        for (const shown of ['Upgrade', 'Active tab', 'Apply', 'Under see-through'])
          expect(text, `${shown} ${where}`).toMatch(withRef(`${shown} ${where}`));
        for (const hidden of ['Under loading', 'Under paywall', 'Stacked tab', 'Under sheet'])
          expect(text, `${hidden} ${where}`).not.toMatch(withRef(`${hidden} ${where}`));
      }
      // Nothing covers the whole page: the closing line speaks of what covers these, not of an overlay to close.
      expect(text).toMatch(/^~\d+ controls are covered by something drawn over them, unreachable while it stays\.$/m);
      expect(text).not.toContain('behind the overlay');
    }
  });

  it('keeps what a decorative shape clipped by its section would cover, and a menu stacked above later content', async () => {
    const p = await harness().open(
      page(`${filler}
      <section style="position:relative;overflow:hidden;height:100px">
        <div style="position:absolute;top:0;left:0;width:900px;height:900px;border-radius:50%;background:#eef"></div></section>
      <section style="height:120px"><button>Below the shape</button></section>
      <div style="position:relative"><button>Menu opener</button>
        <div style="position:absolute;top:30px;z-index:10;background:#fff"><a href="/m">Menu item</a></div></div>
      <div style="position:relative;height:100px;background:#fafafa">Later content</div>`),
    );
    const { text } = await readPage(p, { filter: 'all' });
    for (const shown of ['Below the shape', 'Menu opener', 'Menu item']) expect(text, shown).toMatch(withRef(shown));
  });
});

describe('covers a parent lays over part of a frame', () => {
  it("hides a frame's controls under the parent's banner, through nested frames, and keeps a frame inside the dialog", async () => {
    // The frame's document cannot see what its parent paints over it: the embed's Play button and the inner frame's
    // link lie under the parent's consent banner; Pause and Chapters do not; the dialog's own frame is on top.
    const inner =
      "<a href='/c' style='position:absolute;left:20px;top:150px'>Chapters</a><a href='/s' style='position:absolute;left:20px;top:10px'>Subtitles</a>";
    const embed = `<body style='margin:0'><button style='position:absolute;left:10px;top:10px'>Pause</button><button style='position:absolute;left:300px;top:320px'>Play</button><iframe style='position:absolute;left:0;top:150px;width:280px;height:220px;border:0' srcdoc="${inner}"></iframe></body>`;
    const p = await harness().open(
      page(`<iframe title="Video" style="width:600px;height:400px;border:0;display:block" srcdoc="${embed.replaceAll('"', '&quot;')}"></iframe>
        <div style="position:fixed;left:0;right:0;top:290px;height:160px;background:#fff;border-top:1px solid #000"><button>Accept cookies</button>
          <iframe style="width:300px;height:60px;border:0" srcdoc="<button>Manage choices</button>"></iframe></div>`),
    );
    await p.waitForFunction(
      () =>
        document.querySelector('iframe')?.contentDocument?.querySelector('iframe')?.contentDocument?.body?.textContent,
    );
    const { text } = await readPage(p);
    for (const shown of ['Pause', 'Subtitles', 'Accept cookies', 'Manage choices'])
      expect(text, shown).toMatch(withRef(shown));
    for (const hidden of ['Play', 'Chapters']) expect(text, hidden).not.toMatch(withRef(hidden));
  });

  it('judges a scaled frame where its controls are painted, not where its layout puts them', async () => {
    // A builder's canvas frame previewed at 50 %: a bar lies over where "Under the bar" is painted; another lies over
    // where "Free" would be unscaled, which is not where it is painted.
    const frame =
      "<body style='margin:0'><button style='position:absolute;left:600px;top:20px'>Under the bar</button><button style='position:absolute;left:20px;top:300px'>Free</button></body>";
    const p = await harness().open(
      page(
        `<div style="position:relative"><div style="transform:scale(.5);transform-origin:0 0;width:800px;height:400px">
          <iframe style="width:800px;height:400px;border:0;display:block" srcdoc="${frame}"></iframe></div>
          <div style="position:absolute;left:280px;top:0;width:200px;height:60px;background:#146ef5"></div>
          <div style="position:absolute;left:0;top:280px;width:200px;height:60px;background:#146ef5"></div></div>`,
        '<style>body{margin:0}</style>',
      ),
    );
    await p.waitForFunction(() => document.querySelector('iframe')?.contentDocument?.querySelector('button'));
    const { text } = await readPage(p);
    expect(text).toMatch(withRef('Free'));
    expect(text).not.toMatch(withRef('Under the bar'));
  });

  it("keeps a frame's control under the parent's fixed header when scrolling the page brings it out", async () => {
    // Scrolled 30 px, the frame's first button lies under the 40 px header; centring it (as actions do) scrolls back up.
    // With the frame at the page's top, nothing brings it out.
    const frame = "<body style='margin:0'><button style='margin-top:10px'>Top of frame</button></body>";
    const header =
      '<header style="position:fixed;top:0;left:0;right:0;height:40px;background:#fff"><a href="/">Home</a></header>';
    const framed = `<iframe style="width:600px;height:900px;border:0;display:block" srcdoc="${frame}"></iframe><div style="height:1500px"></div>`;
    for (const [spacer, scrollY, reachable] of [
      [40, 30, true],
      [0, 0, false],
    ] as const) {
      const p = await harness().open(
        page(`${header}<div style="height:${spacer}px"></div>${framed}`, '<style>body{margin:0}</style>'),
      );
      await p.waitForFunction(() => document.querySelector('iframe')?.contentDocument?.querySelector('button'));
      await p.evaluate((y) => window.scrollTo(0, y), scrollY);
      const { text } = await readPage(p);
      if (reachable) expect(text).toMatch(withRef('Top of frame'));
      else expect(text).not.toMatch(withRef('Top of frame'));
    }
  });
});

describe('a veil a card paints over its own content', () => {
  const cards = (where: string) => `
    <section class="card veiled"><button>Open insights ${where}</button> <a href="/c">Categories ${where}</a>
      <div class="above"><a href="/u">Upgrade to Premium ${where}</a></div></section>
    <section class="card decorated"><button>See budgets ${where}</button></section>
    <section class="card badged"><button>Inbox ${where}</button></section>`;

  it('hides the controls under a ::after laid over the card, keeps those stacked above it and under a decoration, in view and below the fold', async () => {
    const p = await harness().open(
      page(
        `${cards('top')}${filler}${cards('below')}`,
        `<style>.card{position:relative;width:320px;height:110px;margin:10px;border:1px solid #ccc}
        .veiled::after{content:"";position:absolute;inset:0;background:rgba(255,255,255,.96)}
        .decorated::before{content:"";position:absolute;inset:0;pointer-events:none;border:2px solid gold}
        .badged::after{content:"3";position:absolute;right:-6px;top:-6px;width:16px;height:16px;background:red}
        .above{position:absolute;left:10px;bottom:10px;z-index:1}</style>`,
      ),
    );
    for (const filter of [null, 'all'] as const) {
      const { text } = await readPage(p, { filter });
      for (const where of filter === 'all' ? ['top', 'below'] : ['top']) {
        for (const shown of ['Upgrade to Premium', 'See budgets', 'Inbox'])
          expect(text, `${shown} ${where}`).toMatch(withRef(`${shown} ${where}`));
        for (const hidden of ['Open insights', 'Categories'])
          expect(text, `${hidden} ${where}`).not.toMatch(withRef(`${hidden} ${where}`));
      }
    }
  });
});

describe('a card with a stretched link', () => {
  it("offers the card's link and the controls raised above its ::after, not the links under it, in view and below the fold", async () => {
    const card = (where: string) => `<div class="card"><h3><a class="stretched" href="/p">Product ${where}</a></h3>
      <p>By <a href="/a">Author ${where}</a></p><button class="raised">Add to cart ${where}</button></div>`;
    const p = await harness().open(
      page(
        `${card('top')}${filler}${card('below')}`,
        `<style>.card{position:relative;width:320px;padding:10px;margin:10px;border:1px solid #ccc}
        .stretched::after{content:"";position:absolute;inset:0;z-index:1}
        .raised{position:relative;z-index:2}</style>`,
      ),
    );
    for (const filter of [null, 'all'] as const) {
      const { text } = await readPage(p, { filter });
      for (const where of filter === 'all' ? ['top', 'below'] : ['top']) {
        for (const shown of ['Product', 'Add to cart'])
          expect(text, `${shown} ${where}`).toMatch(withRef(`${shown} ${where}`));
        expect(text, `Author ${where}`).not.toMatch(withRef(`Author ${where}`));
      }
    }
  });
});

describe('a control that takes no pointer events', () => {
  const controls = (where: string) => `
    <div style="pointer-events:none;opacity:.6"><button>Pay now ${where}</button> <a href="/s">Schedule ${where}</a></div>
    <nav><a class="pager off" href="/p0">Previous ${where}</a> <a class="pager" href="/p2">Next ${where}</a></nav>
    <div style="pointer-events:none"><button style="pointer-events:auto">Cancel payment ${where}</button></div>
    <label><input type="checkbox" style="pointer-events:none"> Remember this payee ${where}</label>
    <button style="pointer-events:none"><span style="pointer-events:auto">Download ${where}</span></button>
    <div style="height:120px;overflow:auto"><p style="pointer-events:none"><button>Retry upload ${where}</button></p><div style="height:400px"></div></div>`;

  it('is read but no target where a click passes through it, and a target where the click lands on its label or its content, in view and below the fold', async () => {
    const p = await harness().open(
      page(
        `${controls('top')}${filler}${controls('below')}`,
        '<style>.pager.off{pointer-events:none;color:#999}</style>',
      ),
    );
    for (const filter of [null, 'all'] as const) {
      const { text } = await readPage(p, { filter });
      for (const where of filter === 'all' ? ['top', 'below'] : ['top']) {
        for (const shown of ['Next', 'Cancel payment', 'Remember this payee', 'Download'])
          expect(text, `${shown} ${where}`).toMatch(withRef(`${shown} ${where}`));
        for (const hidden of ['Pay now', 'Schedule', 'Previous', 'Retry upload']) {
          expect(text, `${hidden} ${where}`).not.toMatch(withRef(`${hidden} ${where}`));
          // Still read for what it says, as a disabled control is; nothing is drawn over it.
          expect(text, `${hidden} ${where}`).toContain(`${hidden} ${where}`);
        }
      }
      expect(text).not.toContain('covered by something drawn over them');
    }
  });
});

describe('a cell under an open menu', () => {
  it('says (covered) for a cell whose control a menu covers: it is neither empty ("") nor cut to fit (…)', async () => {
    const p = await harness().open(
      page(
        `<div style="position:relative"><table><tr><th>Line</th><th>Jan</th><th>Feb</th></tr>
        <tr><th>Rent</th><td><input aria-label="Rent in January" value="5"></td><td><input aria-label="Rent in February" value="6"></td></tr></table>
        <div role="menu" style="position:absolute;left:200px;top:30px;width:140px;height:60px;background:#fff;z-index:5">
          <button role="menuitem">Delete row</button></div></div>`,
        '<style>table{border-collapse:collapse} th,td{padding:0;width:100px;height:30px} input{width:96px}</style>',
      ),
    );
    for (const filter of [null, 'all'] as const) {
      const { text } = await readPage(p, { filter });
      expect(text).toMatch(/^ row: Rent \| textbox "Rent in January" \[ref_\d+\] value="5" \| \(covered\)$/m);
      expect(text).not.toContain('Rent in February');
    }
    expect(SYSTEM_PROMPT).toContain('a cell whose content something covers is (covered)');
  });

  it('says (covered) for a cell whose text a drawer covers, not "" as for an empty one', async () => {
    const p = await harness().open(
      page(
        `<div style="position:relative"><table><tr><th>Name</th><th>Zone</th><th>Note</th></tr>
        <tr><td>web-01</td><td>eu-west-1a</td><td></td></tr></table>
        <aside style="position:absolute;left:95px;top:30px;width:110px;height:200px;background:#fff;z-index:5"><button>Save</button></aside></div>`,
        '<style>table{border-collapse:collapse} th,td{padding:0;width:100px;height:30px}</style>',
      ),
    );
    const { text } = await readPage(p);
    expect(text).toMatch(/^ row: web-01 \| \(covered\) \| ""$/m);
    expect(text).not.toContain('eu-west-1a');
  });
});

describe('flip cards', () => {
  it('offers the face turned to the viewer and not the one turned away, in view and below the fold', async () => {
    const card = (state: string, turned: boolean) => `
      <div style="position:relative;height:90px;width:300px;perspective:600px">
        <div style="position:absolute;inset:0;transform-style:preserve-3d${turned ? ';transform:rotateY(180deg)' : ''}">
          <div style="position:absolute;inset:0;backface-visibility:hidden;background:#fff"><a href="/f">Front ${state}</a></div>
          <div style="position:absolute;inset:0;backface-visibility:hidden;background:#fff;transform:rotateY(180deg)"><a href="/b">Back ${state}</a></div>
        </div></div>`;
    const cards = (where: string) => `${card(`plain ${where}`, false)}${card(`flipped ${where}`, true)}`;
    const p = await harness().open(page(`${cards('top')}${filler}${cards('below')}`));
    const { text } = await readPage(p, { filter: 'all' });
    for (const where of ['top', 'below']) {
      for (const shown of [`Front plain ${where}`, `Back flipped ${where}`])
        expect(text, shown).toMatch(withRef(shown));
      for (const hidden of [`Back plain ${where}`, `Front flipped ${where}`])
        expect(text, hidden).not.toContain(hidden);
    }
  });
});
