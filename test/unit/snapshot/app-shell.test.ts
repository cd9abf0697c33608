// Pages that look like the apps people are logged into: a shell whose window does not scroll with three scrolling
// panes, a horizontally scrolled strip, glued names, container names, empty and partly shown cells, nested frames,
// a date-picker grid and multi-selects. Real Chromium, the real snapshotter.
import { describe, expect, it } from 'vitest';
import { SYSTEM_PROMPT } from '../../../src/background/agent/prompt';
import { find, page, pageText, readPage, useHarness } from '../../fixtures/snapshot/harness';

const harness = useHarness();

const rows = (n: number, make: (i: number) => string): string => Array.from({ length: n }, (_, i) => make(i)).join('');

/** A mail client: folders, a message list and a reading pane scroll by themselves; the window does not. */
const SHELL = page(
  `<div style="display:flex;height:100vh">
    <nav aria-label="Folders" style="width:200px;overflow-y:auto">
      <ul style="margin:0">${rows(60, (i) => `<li style="height:30px"><a href="/f/${i}">Folder ${i}</a></li>`)}</ul>
    </nav>
    <section aria-label="Messages" style="width:400px;overflow-y:auto">
      ${rows(200, (i) => `<div style="height:40px"><input type="checkbox" aria-label="Select message ${i}"><button>Open message ${i}</button></div>`)}
    </section>
    <div style="flex:1;overflow:auto">
      <h1>Quarterly report</h1>${rows(40, (i) => `<p style="height:60px">Paragraph ${i} of the report.</p>`)}
      <button>Reply at the end</button>
    </div>
  </div>`,
  '<style>html,body{margin:0;height:100%;overflow:hidden}</style>',
);

describe('inner scroll panes', () => {
  it('describes each scrolling pane, files what it does not show under it, and never says "scroll down" for the window', async () => {
    const p = await harness().open(SHELL, { viewport: { width: 1000, height: 600 } });
    const { text } = await readPage(p);
    expect(text).toMatch(/^navigation "Folders" \[ref_\d+\] scrollable y=0–600\/1,800 center=\(100,300\)$/m);
    expect(text).toMatch(/^region "Messages" \[ref_\d+\] scrollable y=0–600\/8,000 center=\(400,300\)$/m);
    expect(text).toMatch(/^scrollarea \[ref_\d+\] scrollable y=0–600\/[\d,]+ center=\(800,300\)$/m);
    expect(text).toContain('button "Open message 0" [ref_');
    expect(text).not.toContain('Open message 199');
    expect(text).toMatch(/^ \(more below in this region: ~\d+ links/m);
    expect(text).toMatch(/^ \(more below in this region: ~1\d\d (checkboxes|buttons), 1\d\d (checkboxes|buttons)/m);
    expect(text).toMatch(/^ \(more below in this region: ~1 button[,;)]/m);
    expect(text).not.toMatch(/Below the viewport|scroll down/);
  });

  it('lists the content of every pane with filter "all" and finds controls scrolled out of their pane', async () => {
    const p = await harness().open(SHELL, { viewport: { width: 1000, height: 600 } });
    const all = await readPage(p, { filter: 'all' });
    expect(all.text).toContain('button "Open message 199" [ref_');
    expect(all.text).toContain('link "Folder 59" [ref_');
    expect(all.text).toContain('button "Reply at the end" [ref_');
    expect(all.text).toContain('heading "Quarterly report"');
    const found = await find(p, 'reply at the end button');
    expect(found).toMatch(/^button "Reply at the end" \[ref_\d+\] \(outside the viewport\)$/m);
  });

  it('follows a pane scrolled down: what it scrolled past is above in it, its range moves', async () => {
    const p = await harness().open(SHELL, { viewport: { width: 1000, height: 600 } });
    await p.evaluate(() => {
      (document.querySelector('section') as HTMLElement).scrollTop = 4000;
    });
    const { text } = await readPage(p);
    expect(text).toMatch(/^region "Messages" \[ref_\d+\] scrollable y=4,000–4,600\/8,000/m);
    expect(text).toContain('button "Open message 100" [ref_');
    expect(text).not.toContain('button "Open message 0"');
    expect(text).toMatch(/^ \(more above in this region: ~100 checkboxes, 100 buttons/m);
    expect(text).toMatch(/^ \(more below in this region: ~\d+ (checkboxes|buttons)/m);
  });

  it('lists the cells a pane scrolled sideways shows, and files those it scrolled past beside the pane', async () => {
    // A statement with a sticky payee column, restored to its latest months as banking apps do.
    const month = (r: number, c: number) => `<td>${r}.${c}0 <button>Dispute</button></td>`;
    const body = rows(
      30,
      (r) =>
        `<tr><td><a href="#${r}">Payee ${r}</a></td>${Array.from({ length: 12 }, (_, c) => month(r, c)).join('')}</tr>`,
    );
    const head = Array.from({ length: 12 }, (_, c) => `<th>Month ${c}</th>`).join('');
    const p = await harness().open(
      page(
        `<div id="pane" role="region" aria-label="Transactions" style="width:600px;height:400px;overflow:auto">
          <table style="border-collapse:collapse;width:2000px"><thead><tr><th>Payee</th>${head}</tr></thead>
          <tbody>${body}</tbody></table></div>`,
        '<style>th{position:sticky;top:0;background:#eee}th:first-child,td:first-child{position:sticky;left:0;z-index:1;background:#fff;width:160px}td{height:40px}</style>',
      ),
      { viewport: { width: 1000, height: 700 } },
    );
    await p.evaluate(() => {
      const pane = document.getElementById('pane') as HTMLElement;
      pane.scrollLeft = 900;
      pane.scrollTop = 200;
    });
    const { text } = await readPage(p);
    // Months 0–3 lie left of the pane and of the window: neither their headers nor their cells are listed.
    expect(text).toMatch(/^ {2}row: Payee \| Month 4 \| Month 5 \|/m);
    expect(text).not.toMatch(/Month [0-3]\b.*\|/);
    // Months 4–8 show; 9 and 10 peek in beside the pane, inside the window (one scroll of the pane brings them in).
    const row = text.split('\n').find((line) => line.includes('link "Payee 10"')) ?? '';
    expect(row.match(/button/g)?.length).toBeGreaterThanOrEqual(4);
    expect(row.match(/button/g)?.length).toBeLessThanOrEqual(8);
    expect(text).toMatch(/^ \(more to the left in this region: ~\d+ buttons/m);
    // A cell of a row just below the pane lies far to its left: it is filed there, not below.
    expect(text).not.toMatch(/more below in this region:[^\n]*<td>/);
    expect(text).not.toContain('Even so it is over budget');
  });

  it('says a window that does not scroll cannot be scrolled when content lies past its edge', async () => {
    const p = await harness().open(
      page(
        '<div style="height:100vh;overflow:hidden"><button>Top</button><div style="height:900px"></div><button>Cut off</button></div>',
        '<style>html,body{margin:0;overflow:hidden}</style>',
      ),
      { viewport: { width: 800, height: 400 } },
    );
    const { text } = await readPage(p);
    expect(text).toContain('button "Top"');
    expect(text).not.toMatch(/Below the viewport/);
  });
});

describe('horizontally scrolled strip', () => {
  it('describes the strip, files the slots off its right edge to the right, and lists them with "all"', async () => {
    const p = await harness().open(
      page(`<h2>Pick a time</h2><div role="group" aria-label="Time slots" style="display:flex;width:500px;overflow-x:auto;white-space:nowrap">
        ${rows(24, (i) => `<button style="flex:0 0 100px">${String(i).padStart(2, '0')}:00</button>`)}</div>`),
      { viewport: { width: 800, height: 400 } },
    );
    const { text } = await readPage(p);
    expect(text).toMatch(/^group "Time slots" \[ref_\d+\] scrollable x=0–500\/2,400 center=\(\d+,\d+\)$/m);
    expect(text).toContain('button "00:00" [ref_');
    expect(text).not.toContain('"12:00"');
    expect(text).toMatch(/^ \(more to the right in this region: ~1\d buttons[;)]/m);
    const all = await readPage(p, { filter: 'all' });
    expect(all.text).toContain('button "23:00" [ref_');
  });
});

describe('names a model can read', () => {
  it('separates block, inline-block and cell boundaries and keeps spaces between inline words', async () => {
    const p = await harness().open(
      page(`<a href="/r"><div>12:00</div><div>Bar</div></a>
      <button><span>Sign</span> <span>in</span></button>
      <a href="/n"><span style="display:inline-block">Litware</span><span style="display:inline-block">Newsletter</span></a>
      <button>Save&nbsp;draft</button>`),
    );
    const { text } = await readPage(p);
    expect(text).toContain('link "12:00 Bar" [ref_');
    expect(text).toContain('button "Sign in" [ref_');
    expect(text).toContain('link "Litware Newsletter" [ref_');
    expect(text).toContain('button "Save draft" [ref_');
  });

  it('prints a container its own name and its controls as children, not glued into the name', async () => {
    const p = await harness().open(
      page(`<div role="group" aria-labelledby="cap"><div id="cap"><h2 id="title">Select a date <button>Previous month</button> <button>Next month</button></h2></div>
        <button>1</button></div>`),
    );
    const { text } = await readPage(p);
    expect(text).not.toMatch(/heading "Select a date Previous month/);
    expect(text).toMatch(/heading "Select a date" level=2/);
    expect(text).toContain('button "Previous month" [ref_');
    expect(text).toContain('button "Next month" [ref_');
    // The group's name is its heading's: said once, on the heading.
    expect(text).toMatch(/^group: heading "Select a date" level=2 \| button "Previous month" \[ref_\d+\]/m);
  });
});

describe('cells and rows', () => {
  it('prints an empty cell as "" and a partly shown row with its real cells', async () => {
    const p = await harness().open(
      page(`<div style="height:540px"></div><table><tr><th>Name</th><th>Phone</th><th>Note</th></tr>
        <tr><td>Ada</td><td></td><td><div style="padding-top:20px">Called back</div></td></tr></table>`),
      { viewport: { width: 800, height: 600 } },
    );
    const { text } = await readPage(p);
    expect(text).toMatch(/row: Ada \| "" \| Called back/);
    expect(text).not.toContain('–');
    expect(await pageText(p)).toContain('Ada |  | Called back');
  });

  it('prints no line for a detail row collapsed to nothing, whose empty cells hold no column open', async () => {
    const p = await harness().open(
      page(`<table><tr><th>Merchant</th><th>Amount</th></tr>
        <tr><td>Cafe</td><td>£4.20</td></tr>
        <tr><td style="padding:0;height:0;border:0"></td><td style="padding:0;height:0;border:0"><div style="max-height:0;overflow:hidden"><button>Report a problem</button></div></td></tr>
        <tr><td>Rail</td><td></td></tr></table>
        <div role="grid" aria-label="Ladder"><div role="row" style="display:grid;grid-template-columns:1fr 80px 1fr;height:24px;align-items:center">
          <span role="gridcell"></span><span role="gridcell">182.58</span><span role="gridcell">3100</span></div></div>`),
    );
    const { text } = await readPage(p);
    expect(text).toMatch(/^ row: Cafe \| £4\.20\n row: Rail \| ""$/m);
    // An empty cell of a row that shows, flat as it is, still holds its column open.
    expect(text).toMatch(/^ row: "" \| 182\.58 \| 3100$/m);
    expect(text).not.toContain('Report a problem');
  });

  it('offers the editable cells of a sheet with their values, an empty one as empty and one under the editor as covered', async () => {
    const cell = (v: string, label: string) =>
      `<div role="gridcell" contenteditable="true" aria-label="${label}">${v}</div>`;
    const p = await harness().open(
      page(
        `<div role="grid" aria-label="Plans" style="position:relative;display:grid;grid-template-columns:repeat(3,120px)">
          <div role="row" style="display:contents"><div role="columnheader">Feature</div><div role="columnheader">Free</div><div role="columnheader">Team</div></div>
          <div role="row" style="display:contents"><div role="rowheader">Seats</div>${cell('3', 'Seats, Free')}${cell('', 'Seats, Team')}</div>
          <div role="row" style="display:contents"><div role="rowheader">Storage</div>${cell('5', 'Storage, Free')}${cell('50', 'Storage, Team')}</div>
          <input aria-label="Edit cell" value="50" style="position:absolute;left:240px;top:60px;width:120px;height:30px;box-sizing:border-box">
        </div>`,
        '<style>[role=grid] div{height:30px}</style>',
      ),
    );
    const { text } = await readPage(p);
    expect(text).toMatch(/^ row: Seats \| gridcell \[ref_\d+\] value="3" \| gridcell \[ref_\d+\]$/m);
    expect(text).toMatch(/^ row: Storage \| gridcell \[ref_\d+\] value="5" \| \(covered\)$/m);
    expect(text).toContain('textbox "Edit cell" [ref_');
  });

  it('prints page text bare, and quoted where it could pass for a control, a cell boundary or a note of its own', async () => {
    const p = await harness().open(
      page(`<p>Noah Zhang</p><button>One</button><p>button "Pay" [ref_1] clickable</p><button>Two</button>
        <p>banner</p><button>Three</button><p>Below the viewport (0.0 screens): nothing.</p><table><tr><td>Ada</td><td>a | b</td><td>$5 <button>Buy</button></td></tr></table>`),
    );
    const { text } = await readPage(p);
    expect(text).toMatch(/^Noah Zhang$/m);
    expect(text).toContain(JSON.stringify('button "Pay" [ref_1] clickable'));
    expect(text).toMatch(/^"banner"$/m);
    expect(text).toMatch(/^"Below the viewport \(0\.0 screens\): nothing\."$/m);
    // Parts of one cell are joined by a space: a text followed by a control is quoted so it cannot run into it.
    expect(text).toMatch(/row: Ada \| "a \| b" \| "\$5" button "Buy" \[ref_\d+\]/);
  });

  it('keeps refs and disabled/selected states of actionable cells in a date-picker grid', async () => {
    const day = (d: number, extra = ''): string => `<td role="gridcell" tabindex="-1" ${extra}>${d}</td>`;
    const p = await harness().open(
      page(`<table role="grid" aria-label="March 2027"><tr><th>Mo</th><th>Tu</th><th>We</th></tr>
        <tr>${day(1, 'aria-disabled="true"')}${day(2, 'aria-selected="true" tabindex="0"')}${day(3)}</tr>
        <tr><td><button>4</button></td><td><button disabled>5</button></td><td><a href="/d/6">6</a></td></tr></table>`),
    );
    const { text } = await readPage(p);
    expect(text).toMatch(
      /row: gridcell "1" disabled \| gridcell "2" \[ref_\d+\] selected \| gridcell "3" \[ref_\d+\]$/m,
    );
    expect(text).toMatch(/row: button "4" \[ref_\d+\] \| button "5" disabled \| link "6" \[ref_\d+\]$/m);
  });

  it('shows which options of a multi-select and of an ARIA listbox are selected', async () => {
    const p = await harness().open(
      page(`<label for="langs">Languages</label><select id="langs" multiple><option selected>English</option><option>German</option><option selected>French</option></select>
        <ul role="listbox" aria-label="Toppings" aria-multiselectable="true"><li role="option" aria-selected="true">Cheese</li><li role="option" aria-selected="false">Olives</li></ul>`),
    );
    const { text } = await readPage(p);
    expect(text).toMatch(
      /listbox "Languages" \[ref_\d+\] selected="English, French" options="English \| German \| French"/,
    );
    expect(text).toMatch(/option "Cheese" \[ref_\d+\] selected/);
    expect(text).toMatch(/option "Olives" \[ref_\d+\](?! selected)/);
  });
});

describe('frames', () => {
  it('summarizes the controls of a nested frame below what the frame shows, and lists them with "all"', async () => {
    const inner = `<form>${rows(14, (i) => `<p style="margin:0;height:40px"><label>Field ${i} <input></label></p>`)}<button>Send form</button></form>`;
    const outer = `<iframe srcdoc="${inner.replace(/"/g, '&quot;')}" style="width:500px;height:200px;border:0"></iframe>`;
    const p = await harness().open(
      page(
        `<h1>Shop</h1><iframe srcdoc="${outer.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" style="width:600px;height:300px;border:0"></iframe>`,
      ),
    );
    await p.waitForFunction(() => {
      const outerDoc = document.querySelector('iframe')?.contentDocument;
      return outerDoc?.querySelector('iframe')?.contentDocument?.querySelector('button') != null;
    });
    const { text } = await readPage(p);
    expect(text).toContain('textbox "Field 0" [ref_');
    expect(text).not.toContain('Send form');
    expect(text).toMatch(/iframe \[ref_\d+\] scrollable y=0–200\/[\d,]+/);
    expect(text).toMatch(/\(more below in this region: ~\d+ fields, 1 button;/);
    const all = await readPage(p, { filter: 'all' });
    expect(all.text).toContain('button "Send form" [ref_');
  });
});

describe('the prompt describes what the snapshot prints', () => {
  it('prints the scroll-region example of the system prompt exactly, for a pane of that size', async () => {
    const example = /`(scrollable y=0–600\/2,400 center=\(640,410\))`/.exec(SYSTEM_PROMPT)?.[1];
    expect(example).toBeDefined();
    const p = await harness().open(
      page(
        `<div style="height:110px"></div><div style="margin-left:340px;width:600px;height:600px;overflow-y:auto">${rows(60, (i) => `<p style="margin:0;height:40px">Line ${i}</p>`)}</div>`,
        '<style>body{margin:0}</style>',
      ),
      { viewport: { width: 1280, height: 800 } },
    );
    const { text } = await readPage(p);
    expect(text).toMatch(
      new RegExp(`^scrollarea \\[ref_\\d+\\] ${(example as string).replace(/[()]/g, '\\$&')}$`, 'm'),
    );
    expect(text).toMatch(/^ \(more below in this region: /m);
    expect(SYSTEM_PROMPT).toContain('(more below in this region: …)');
  });
});

describe('lookups keyed by page strings', () => {
  it('finds an element named "constructor" and reads a page with such names and roles', async () => {
    const p = await harness().open(
      page('<button>constructor</button><div role="constructor">x</div><input type="toString" aria-label="proto">'),
    );
    const { text } = await readPage(p);
    expect(text).toContain('button "constructor" [ref_');
    expect(text).toContain('textbox "proto" [ref_');
    expect(await find(p, 'constructor')).toMatch(/^button "constructor" \[ref_\d+\]$/m);
  });
});

describe('default view spends tokens once', () => {
  it('drops what repeats in an item: the container name a child shows, the wrapper heading, the second link to one place', async () => {
    const p = await harness().open(
      page(`<article aria-labelledby="t1"><a href="/p/1"><img alt="Lamp" width="20" height="20" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></a>
        <h3 id="t1"><a href="/p/1">Lamp</a></h3><span>$20</span><button>Add to cart</button></article>
        <fieldset><legend>Account</legend><input aria-label="Username"></fieldset>
        <div role="dialog" aria-labelledby="dt"><button>Close</button><h2 id="dt">Sign in</h2><input aria-label="Email"><input aria-label="Password" type="password"></div>`),
    );
    const { text } = await readPage(p);
    // Containers the viewport shows whole carry no ref: reading them by ref would add nothing.
    expect(text).toMatch(/^dialog "Sign in"$/m);
    expect(text).not.toContain('heading "Sign in"');
    expect(text).toMatch(/^article: link "Lamp" \[ref_\d+\] \| \$20 \| button "Add to cart" \[ref_\d+\]$/m);
    expect(text).toMatch(/^group "Account": textbox "Username" \[ref_\d+\]$/m);
    expect(text).not.toContain('href=');
    const all = await readPage(p, { filter: 'all' });
    expect(all.text).toContain('href="/p/1"');
  });
});

describe('rows that repeat their controls', () => {
  it('names a control once when the item above has the same one, keeping its ref', async () => {
    const p = await harness().open(
      page(
        `<table><tr><th>Pick</th><th>From</th><th>Star</th></tr>${rows(3, (i) => `<tr><td><input type="checkbox" aria-label="Select"></td><td><a href="/m/${i}">Sender ${i}</a></td><td><button>Not starred</button></td></tr>`)}</table>`,
      ),
    );
    const { text } = await readPage(p);
    expect(text).toMatch(
      /^ row: checkbox "Select" \[ref_\d+\] \| link "Sender 0" \[ref_\d+\] \| button "Not starred" \[ref_\d+\]$/m,
    );
    expect(text).toMatch(/^ row: checkbox \[ref_\d+\] \| link "Sender 1" \[ref_\d+\] \| button \[ref_\d+\]$/m);
    expect(text).toMatch(/^ row: checkbox \[ref_\d+\] \| link "Sender 2" \[ref_\d+\] \| button \[ref_\d+\]$/m);
    expect(SYSTEM_PROMPT).toContain('a control named as on the item line just above is printed without its name');
  });
});

describe('one disabled rule for reading and acting', () => {
  it('treats controls inside an aria-disabled container and a disabled fieldset as disabled, but not the legend', async () => {
    const p = await harness().open(
      page(`<div aria-disabled="true"><button>Inner</button></div>
        <fieldset disabled><legend><button>In legend</button></legend><input aria-label="Locked field"></fieldset>
        <button>Free</button>`),
    );
    const { text } = await readPage(p);
    expect(text).toMatch(/button "Inner" disabled/);
    expect(text).toMatch(/textbox "Locked field" disabled/);
    expect(text).toMatch(/button "In legend" \[ref_\d+\]/);
    expect(text).toMatch(/button "Free" \[ref_\d+\]$/m);
  });
});
