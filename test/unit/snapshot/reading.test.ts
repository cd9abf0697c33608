// How a page is read over time and within budgets: stable refs, the new-element marker, stale
// refs, viewport summaries, token budget and truncation notes, filters, find and page text.
import { describe, expect, it } from 'vitest';
import { estimateTokens } from '../../../src/shared/token-estimate';
import { find, page, pageText, readPage, refOn, useHarness } from '../../fixtures/snapshot/harness';

const harness = useHarness();

type Resolver = { TabwrightSnapshot: { resolveRef(r: string): Element | { stale: true; reason: string } } };

describe('stable refs', () => {
  it('keeps the same ref for the same element across snapshots, marks only new elements, and explains stale refs', async () => {
    const p = await harness().open(
      page(
        '<ul id="list"><li><button>Alpha</button></li><li><button>Beta</button></li></ul><div id="slot"><button>Buy</button></div>',
      ),
    );
    const first = await readPage(p);
    expect(first.text).not.toContain('*');
    const alpha = refOn(first.text, 'button "Alpha"');
    const buy = refOn(first.text, 'button "Buy"');

    await p.evaluate(() => {
      const li = document.createElement('li');
      li.innerHTML = '<button>Gamma</button>';
      document.getElementById('list')?.append(li);
      // Re-render: an equivalent button replaces the old one.
      const slot = document.getElementById('slot') as HTMLElement;
      slot.innerHTML = '<button>Buy</button>';
    });
    const second = await readPage(p);
    expect(refOn(second.text, 'button "Alpha"')).toBe(alpha);
    expect(second.text).toMatch(/^\s*\*listitem: \*button "Gamma" \[ref_\d+\]$/m);
    expect(second.text).toMatch(/^\s*\*button "Buy" \[ref_\d+\]$/m);
    expect(refOn(second.text, 'button "Buy"')).not.toBe(buy);
    expect(second.text).not.toMatch(/\*button "Alpha"/);

    const third = await readPage(p);
    expect(third.text).not.toContain('*');

    const stale = await p.evaluate((r) => {
      const found = (window as unknown as Resolver).TabwrightSnapshot.resolveRef(r);
      return 'stale' in found ? found.reason : 'resolved';
    }, buy);
    expect(stale).toBe(`${buy} (button "Buy") is gone: the page removed or re-rendered it; read the page again`);
    const unknown = await p.evaluate(() => {
      const found = (window as unknown as Resolver).TabwrightSnapshot.resolveRef('ref_9999');
      return 'stale' in found ? found.reason : 'resolved';
    });
    expect(unknown).toContain('ref_9999 is unknown on this page');
    const resolved = await p.evaluate((r) => {
      const found = (window as unknown as Resolver).TabwrightSnapshot.resolveRef(r);
      return 'stale' in found ? found.reason : found.textContent;
    }, alpha);
    expect(resolved).toBe('Alpha');
  });

  it("numbers a new document's refs above the previous document's floor, so an old ref cannot name a new element", async () => {
    const p = await harness().open(page('<button>Pay</button><button>Cancel</button>'));
    type Floors = { TabwrightSnapshot: { raiseRefFloor(n: number): void; highestRef(): number } };
    await p.evaluate(() => (window as unknown as Floors).TabwrightSnapshot.raiseRefFloor(40));
    const first = await readPage(p);
    expect(refOn(first.text, 'button "Pay"')).toBe('ref_41');
    expect(await p.evaluate(() => (window as unknown as Floors).TabwrightSnapshot.highestRef())).toBe(42);
    // Once refs exist in a document, its numbering is fixed: a later floor cannot renumber them.
    await p.evaluate(() => (window as unknown as Floors).TabwrightSnapshot.raiseRefFloor(100));
    expect(refOn((await readPage(p)).text, 'button "Pay"')).toBe('ref_41');
    const stale = await p.evaluate(() => {
      const found = (window as unknown as Resolver).TabwrightSnapshot.resolveRef('ref_1');
      return 'stale' in found ? found.reason : 'resolved';
    });
    expect(stale).toContain('ref_1 is unknown on this page');
  });

  it('keeps refs when the page scrolls and the element comes back into view', async () => {
    const p = await harness().open(
      page('<button>Top</button><div style="height:3000px"></div><button>Bottom</button>'),
    );
    const top = refOn((await readPage(p)).text, 'button "Top"');
    await p.evaluate(() => window.scrollTo(0, 3000));
    const scrolled = await readPage(p);
    expect(scrolled.text).toContain('button "Bottom"');
    expect(scrolled.text).toMatch(/Above the viewport \([\d.]+ screens\): ~1 button\.$/m);
    await p.evaluate(() => window.scrollTo(0, 0));
    expect(refOn((await readPage(p)).text, 'button "Top"')).toBe(top);
  });
});

describe('viewport first, within budget', () => {
  const card = (i: number): string =>
    `<article class="card"><h3>Item ${i}</h3><p>Fine thing number ${i}</p><button>Add ${i}</button></article>`;

  it('details the viewport and summarizes what lies below, with repeated structures counted', async () => {
    const p = await harness().open(
      page(`<h1>Shop</h1>${Array.from({ length: 300 }, (_, i) => card(i)).join('')}<h2>Footer links</h2>`),
    );
    const { text, truncated } = await readPage(p);
    expect(text).toMatch(/^Viewport 1000×700 at y=0 of [\d,]+ px\.$/m);
    expect(text).toMatch(/^article: heading "Item 0" level=3 \| Fine thing number 0 \| button "Add 0" \[ref_\d+\]$/m);
    expect(text).toMatch(
      /Below the viewport \([\d.,]+ screens\): ~2\d\d buttons; 2\d\d × articles \(e\.g\. "Item \d+"\); headings: .*"Footer links"/,
    );
    // Fifty screens down, a tenth of a screen says nothing; the screens say the size, so no count of characters.
    expect(text).toMatch(/^Below the viewport \(\d+ screens\): /m);
    expect(truncated).toBe(false);
    expect(text).not.toContain('Item 299');
  });

  it('counts every kind of widget below the view once: tree items and menu checkboxes, not a list box beside its options', async () => {
    const items = ['Inbox', 'Drafts', 'Sent'].map((n) => `<div role="treeitem" tabindex="-1">${n}</div>`).join('');
    const checks = '<div role="menuitemcheckbox" aria-checked="false">Bold</div>'.repeat(2);
    const options = '<div role="listbox" aria-label="Size"><div role="option">S</div><div role="option">M</div></div>';
    const p = await harness().open(
      page(`<button>Top</button><div style="height:2000px"></div><div role="tree">${items}</div>${checks}${options}`),
      { viewport: { width: 800, height: 600 } },
    );
    const { text } = await readPage(p);
    expect(text).toMatch(/^Below the viewport \([\d.]+ screens\): ~5 items, 2 checkboxes\.$/m);
  });

  it('prints a group whose controls all lie below the view as its head alone, with the ref that reads it whole', async () => {
    const radios = ['4 stars', '3 stars', '2 stars'].map((r) => `<label><input type="radio" name="r">${r}</label>`);
    const p = await harness().open(
      page(`<div style="height:660px"></div><fieldset><legend>Customer rating</legend><div style="height:80px"></div>
        ${radios.join('')}</fieldset>`),
    );
    const { text } = await readPage(p);
    expect(text).toMatch(/^group "Customer rating" \[ref_\d+\]$/m);
    expect(text).not.toMatch(/: $/m);
  });

  it('summarizes in few words: kinds of controls without a total, a little text left unsaid, labels not items', async () => {
    const form = Array.from({ length: 6 }, (_, i) => `<label>Answer ${i} <input></label>`).join('');
    const p = await harness().open(
      page(
        `<button>Top</button><div style="height:2000px"></div><a href="/n">Notes</a><h2>Notes</h2><p>Short note.</p>${form}`,
      ),
      { viewport: { width: 800, height: 600 } },
    );
    const { text } = await readPage(p);
    expect(text).toMatch(/^Below the viewport \([\d.]+ screens\): ~6 fields, 1 link; headings: "Notes"\.$/m);
    const prose = await harness().open(
      page(`<button>Top</button><div style="height:2000px"></div><p>${'word '.repeat(400)}</p>`),
      {
        viewport: { width: 800, height: 600 },
      },
    );
    expect((await readPage(prose)).text).toMatch(/^Below the viewport \([\d.]+ screens\): ~2,\d{3} chars of text\.$/m);
  });

  it('shortens text to fit the token budget and says so, keeping every control in view', async () => {
    const prose = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(40);
    const p = await harness().open(
      page(
        `${Array.from({ length: 50 }, (_, i) => `<p style="font-size:4px;line-height:1;margin:0">${prose}</p><button style="font-size:4px;padding:0">Act ${i}</button>`).join('')}`,
      ),
      { viewport: { width: 1000, height: 2000 } },
    );
    const { text, truncated } = await readPage(p);
    expect(truncated).toBe(true);
    expect(text).toMatch(/\[Shortened to fit ~1,600 tokens: long texts cut/);
    expect(estimateTokens(text)).toBeLessThanOrEqual(1600);
    for (let i = 0; i < 50; i++) expect(text).toContain(`button "Act ${i}" [ref_`);
  });

  it("keeps each item's own text, cut short, after text lines are left out, and leaves it out only when even that is over", async () => {
    const notes = Array.from({ length: 20 }, (_, i) => `<p style="margin:0">Note ${i}: read once a week.</p>`).join('');
    const inbox = (rows: number) =>
      `<ul style="margin:0">${Array.from(
        { length: rows },
        (_, i) =>
          `<li style="line-height:12px"><input type="checkbox" aria-label="Select"> <span>Sender${i} Person</span> <span>about the invoice and the order that was delayed twice this month</span></li>`,
      ).join('')}</ul>`;
    const p = await harness().open(page(`${notes}${inbox(64)}`), { viewport: { width: 1400, height: 2000 } });
    const { text } = await readPage(p);
    expect(text).toMatch(/text lines left out\./);
    expect(text).not.toContain('read once a week');
    // Every row says whose message it is: without its text, the rows would read as 64 bare checkboxes.
    for (let i = 0; i < 64; i++)
      expect(text).toMatch(new RegExp(`checkbox (?:"Select" )?\\[ref_\\d+\\] \\| Sender${i} Person `));
    expect(estimateTokens(text)).toBeLessThanOrEqual(1600);

    const crowded = await harness().open(page(inbox(150)), { viewport: { width: 1400, height: 3200 } });
    const lean = (await readPage(crowded)).text;
    expect(lean).toMatch(/text lines left out, items' text left out\./);
    expect(lean).not.toContain('Sender');
    expect(lean.match(/checkbox (?:"Select" )?\[ref_\d+\]/g)).toHaveLength(150);
  });

  it("keeps a cell's short value where the leanest style leaves text out, and marks only longer text as cut", async () => {
    const rows = Array.from(
      { length: 110 },
      (_, i) =>
        `<tr><td><button>Buy ${i}</button></td><td>${(100 + i / 100).toFixed(2)}</td><td>${'Settlement note for the desk and the clearing house '.repeat(2)}</td></tr>`,
    ).join('');
    const p = await harness().open(page(`<table style="font-size:10px">${rows}</table>`), {
      viewport: { width: 1400, height: 3000 },
    });
    const { text } = await readPage(p);
    expect(text).toMatch(/items' text left out\./);
    // A price costs what the `…` standing for it would; the long note is still cut.
    for (let i = 0; i < 110; i++)
      expect(text).toMatch(
        new RegExp(
          `button "Buy ${i}" \\[ref_\\d+\\] \\| ${(100 + i / 100).toFixed(2).replace('.', '\\.')} \\| …$`,
          'm',
        ),
      );
  });

  it('cuts filter "all" at maxChars with an explicit note', async () => {
    const p = await harness().open(
      page(Array.from({ length: 400 }, (_, i) => `<p><a href="/p/${i}">Link number ${i}</a></p>`).join('')),
    );
    const { text, truncated } = await readPage(p, { filter: 'all', maxChars: 3000 });
    expect(truncated).toBe(true);
    expect(text.length).toBeLessThanOrEqual(3000);
    expect(text).toMatch(/\[Truncated at 3,000 characters: [\d,]+ more lines not shown/);
    expect(text).toContain('link "Link number 0"');
  });

  it('lists only controls with filter "interactive", reads one subtree by ref, and honours depth', async () => {
    const p = await harness().open(
      page(
        '<nav aria-label="Main"><ul><li><a href="/a">A</a></li><li><a href="/b">B</a></li></ul></nav><main><h1>Title</h1><p>Text</p><button>Go</button></main>',
      ),
    );
    const interactive = await readPage(p, { filter: 'interactive' });
    expect(interactive.text.split('\n').slice(1)).toEqual([
      expect.stringMatching(/^link "A" \[ref_\d+\]$/),
      expect.stringMatching(/^link "B"/),
      expect.stringMatching(/^button "Go"/),
    ]);
    // A container shown whole in the viewport has no ref there; the full read gives every container one.
    expect((await readPage(p)).text).toMatch(/^navigation "Main"$/m);
    const full = await readPage(p, { filter: 'all' });
    const nav = refOn(full.text, 'navigation "Main"');
    const sub = await readPage(p, { ref: nav });
    expect(sub.text).toContain('link "A"');
    expect(sub.text).not.toContain('Title');
    const shallow = await readPage(p, { depth: 1 });
    expect(shallow.text).toContain('navigation "Main"');
    expect(shallow.text).not.toContain('link "A"');
    const stale = await readPage(p, { ref: 'ref_4242' });
    expect(stale.text).toContain('ref_4242 is unknown');
  });
});

describe('find and page text', () => {
  it('finds elements by description with the same refs and line format', async () => {
    const p = await harness().open(
      page(`<header><input type="search" placeholder="Search products"><button>Search</button></header>
      <div style="height:1500px"></div>${Array.from({ length: 3 }, (_, i) => `<article><h3>Lamp ${i}</h3><button>Add to cart</button></article>`).join('')}`),
    );
    const read = await readPage(p, { filter: 'all' });
    const result = await find(p, 'search bar');
    const lines = result.split('\n');
    expect(lines[0]).toMatch(/^\d+ match(es)? for "search bar", best first:$/);
    expect(lines[1]).toBe(`searchbox "Search products" [${refOn(read.text, 'searchbox')}]`);
    const carts = await find(p, 'add to cart button');
    expect(
      carts
        .split('\n')
        .slice(1)
        .filter((l) => l.startsWith('button "Add to cart"')),
    ).toHaveLength(3);
    expect(carts).toContain('(outside the viewport)');
    expect(await find(p, 'zebra crossing')).toMatch(/^No element matches "zebra crossing"/);
  });

  it('falls back to text that is no control, with a ref and a point, when no control matches', async () => {
    const p = await harness().open(
      page(`<button>Save</button><table aria-label="Budget"><tr><th>Item</th><th>Amount</th></tr>
      <tr><td>Travel</td><td id="travel">1200</td></tr></table><p>Totals are updated nightly.</p>`),
    );
    expect(await find(p, '1200')).toMatch(/^1 match for "1200", best first:\ncell "1200" \[ref_\w+\]$/);
    expect(await find(p, 'the Travel amount cell, 1200')).toMatch(/\ncell "1200" \[ref_\w+\]/);
    expect(await find(p, 'save button')).toMatch(/^1 match .*\nbutton "Save" \[ref_\w+\]$/);
    expect(await find(p, 'updated nightly')).toMatch(/paragraph "Totals are updated nightly\." \[ref_\w+\]/);
    expect(await find(p, 'zebra crossing')).toMatch(/^No element matches "zebra crossing"/);
  });

  it('returns the readable text in order with headings, lists and table rows', async () => {
    const p = await harness().open(
      page(`<h1>Report</h1><p>Quarterly numbers.</p><ul><li>First point</li><li>Second point</li></ul>
      <table><tr><th>Name</th><th>Score</th></tr><tr><td>Ada</td><td>42</td></tr></table>
      <p style="display:none">Hidden words</p><div style="height:2000px"></div><p>Far below.</p>`),
    );
    const text = await pageText(p);
    expect(text).toBe(
      [
        '# Report',
        'Quarterly numbers.',
        '- First point',
        '- Second point',
        'Name | Score',
        'Ada | 42',
        'Far below.',
      ].join('\n'),
    );
  });
});

describe('content still loading', () => {
  it('says a skeleton or a list marked aria-busy is loading, and says nothing once it has loaded', async () => {
    // Skeleton bars draw nothing a reader could tell from an empty gap; the hidden content under them stays hidden.
    const p = await harness().open(
      page(`<h3>Linked pull requests</h3><div aria-busy="true" aria-label="Loading pull requests"><div style="height:10px;background:#eee"></div><a href="/pr/1" style="visibility:hidden">Fix Safari</a></div>
        <h3>Activity</h3><div aria-busy="true"><div style="height:10px;background:#eee"></div></div>
        <ul aria-label="Checks" aria-busy="true"><li>Lint passed</li></ul>
        <div aria-busy="false"><div style="height:10px;background:#eee"></div></div>`),
    );
    const { text } = await readPage(p);
    expect(text).toMatch(/^generic "Loading pull requests" loading$/m);
    expect(text).toMatch(/^heading "Activity" level=3\ngeneric loading$/m);
    expect(text).toMatch(/^list "Checks" loading/m);
    expect(text).not.toContain('Fix Safari');
    expect(text.match(/loading/g)).toHaveLength(3);
  });
});
