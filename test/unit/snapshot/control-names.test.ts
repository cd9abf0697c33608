// Names a model can read in app shells: a control holding other controls (a card with an assignee button, a tab with
// its close button) is named without them, as they have lines of their own; a tree's branch does not swallow its
// sub-items into one line; an icon button named by its glyph shows its tooltip; an editor's value keeps its
// paragraphs apart; rows laid out by a CSS grid (display:contents) stay rows; column headers keep their names when
// text lines are cut to fit; summaries count tabs and items as what they are. Real Chromium.
import { describe, expect, it } from 'vitest';
import { page, readPage, useHarness } from '../../fixtures/snapshot/harness';
import { lineOf, named, target } from '../../fixtures/snapshot/lines';

const harness = useHarness();

describe('controls inside controls', () => {
  it('names a card and a tab without the buttons inside them', async () => {
    const p = await harness().open(
      page(`<div role="button" tabindex="0"><span>Fix login</span> <span>3 Dec</span><button title="Assigned to Ada">AB</button></div>
        <div role="tablist"><div role="tab" aria-selected="true" tabindex="0"><span>router.ts</span><button aria-label="Close router.ts">×</button></div></div>`),
    );
    const { text } = await readPage(p);
    expect(text).toMatch(target('button', 'Fix login 3 Dec'));
    expect(text).toMatch(target('button', 'AB'));
    expect(text).toMatch(target('tab', 'router.ts'));
    expect(text).toMatch(target('button', 'Close router.ts'));
    expect(text).not.toMatch(/Fix login 3 Dec AB/);
    expect(text).not.toMatch(/router\.ts Close/);
  });

  it('prints a tree branch and its sub-items on lines of their own', async () => {
    const p = await harness().open(
      page(`<ul role="tree" aria-label="Pages"><li role="treeitem" aria-expanded="true"><button aria-label="Collapse">▾</button><a href="/p/1">Roadmap</a>
        <ul role="group"><li role="treeitem"><a href="/p/2">Q1 goals</a></li><li role="treeitem"><a href="/p/3">Q2 goals</a></li></ul></li></ul>`),
    );
    const { text } = await readPage(p);
    const branch = text.split('\n').find((l) => /Roadmap/.test(l)) ?? '';
    expect(branch).not.toMatch(/Q1 goals/);
    expect(text).toMatch(/^\s+treeitem.*: link "?Q1 goals"? \[ref_/m);
    expect(text).toMatch(target('link', 'Q2 goals'));
  });

  it('leaves targets that are no controls by role out of the name of what holds them', async () => {
    // Items with no role a name could skip: a web component's tree items (roles set where the page's DOM does not
    // show them) focusable by a roving tabindex, and a clickable card whose title is clickable on its own.
    const p = await harness().open(
      page(`<style>x-item{display:block;cursor:default}x-item>span{display:block}</style>
        <x-tree aria-label="Folders"><x-item tabindex="0"><span>Inbox</span><x-item tabindex="-1"><span>Clients</span></x-item><x-item tabindex="-1"><span>Invoices</span></x-item></x-item><x-item tabindex="-1"><span>Sent</span></x-item></x-tree>
        <div onclick="" style="cursor:pointer;width:300px"><div tabindex="0" style="font-weight:bold">Quarterly report</div><p>Filed by Ada, 3 Dec</p></div>`),
    );
    const { text } = await readPage(p);
    expect(text).toMatch(target('generic', 'Inbox'));
    expect(text).toMatch(target('generic', 'Clients'));
    expect(text).toMatch(target('generic', 'Invoices'));
    expect(text).toMatch(target('generic', 'Filed by Ada, 3 Dec'));
    expect(text).toMatch(target('generic', 'Quarterly report'));
    expect(text).not.toMatch(/Inbox Clients|Quarterly report Filed/);
  });
});

it('shows the tooltip of an icon button named by its glyph', async () => {
  const p = await harness().open(page('<button title="Resolve">✓</button><button title="Save draft">Save</button>'));
  const { text } = await readPage(p);
  expect(lineOf(text, 'button', '✓')).toMatch(/title="Resolve"/);
  expect(lineOf(text, 'button', 'Save')).not.toMatch(/title=/);
});

it("keeps an editor's paragraphs apart in its value", async () => {
  const p = await harness().open(
    page('<div contenteditable="true" role="textbox" aria-label="Page"><h2>Storage</h2><p>Tiering plan</p></div>'),
  );
  const { text } = await readPage(p);
  expect(lineOf(text, 'textbox', 'Page')).toMatch(/value="Storage Tiering plan"/);
});

it('reads rows laid out by a CSS grid (display:contents) as rows', async () => {
  const p = await harness().open(
    page(`<div role="grid" aria-label="December" style="display:grid;grid-template-columns:repeat(3,40px)">
      <div role="row" style="display:contents"><span role="columnheader">M</span><span role="columnheader">T</span><span role="columnheader">W</span></div>
      <div role="row" style="display:contents"><span role="gridcell" tabindex="-1">1</span><span role="gridcell" tabindex="-1">2</span><span role="gridcell" tabindex="0" aria-selected="true">3</span></div>
    </div>`),
  );
  const { text } = await readPage(p);
  expect(text).toMatch(/^ row: "?M"? \| "?T"? \| "?W"?$/m);
  expect(text).toMatch(
    /^ row: gridcell "?1"? \[ref_\d+\] \| gridcell "?2"? \[ref_\d+\] \| gridcell "?3"? \[ref_\d+\] selected$/m,
  );
});

it('keeps column header names when text lines are cut to fit', async () => {
  const rows = Array.from(
    { length: 90 },
    (_, i) =>
      `<tr><td><a href="/c/${i}">Contact ${i}</a></td><td>${'Senior account executive for the northern region '.repeat(2)}</td><td>${'Notes about the last call and the next steps '.repeat(2)}</td></tr>`,
  ).join('');
  const p = await harness().open(
    page(`<table><thead><tr><th>Name</th><th>Title</th><th>Notes</th></tr></thead><tbody>${rows}</tbody></table>`),
    { viewport: { width: 1200, height: 2800 } },
  );
  const { text } = await readPage(p);
  expect(text).toMatch(/text lines left out/);
  expect(text).toMatch(/row: "?Name"? \| "?Title"? \| "?Notes"?$/m);
});

it('counts tabs and tree items as such in a summary, not as fields', async () => {
  const tabs = Array.from({ length: 30 }, (_, i) => `<div role="tab" tabindex="-1">file-${i}.ts</div>`).join('');
  const p = await harness().open(
    page(
      `<div role="tablist" aria-label="Open editors" style="display:flex;overflow-x:auto;width:400px">${tabs.replace(/<div role="tab"/g, '<div style="flex:0 0 120px" role="tab"')}</div>`,
    ),
  );
  const { text } = await readPage(p);
  expect(text).toMatch(/\(more to the right in this region: ~2\d tabs/);
  expect(text).not.toMatch(/fields/);
  expect(text).toMatch(named('tablist', 'Open editors'));
});

it('does not call the editable body of an editor frame focused when nothing focused it', async () => {
  const p = await harness().open(
    page(
      '<iframe title="Rich text editor" srcdoc="<body contenteditable=true aria-label=\'Reply body\'><p>Hi there,</p></body>"></iframe>',
    ),
  );
  await p.waitForFunction(() => document.querySelector('iframe')?.contentDocument?.body?.textContent === 'Hi there,');
  const { text } = await readPage(p);
  expect(lineOf(text, 'textbox', 'Reply body')).toMatch(/\[ref_\d+\] value="?Hi there,"?$/);
});

it("says a group's name once: a legend read together with the hint under it keeps only the hint", async () => {
  const p = await harness().open(
    page(`<fieldset><legend>What is your date of birth?</legend><div>For example, 27 3 2007</div>
        <input aria-label="Day"><input aria-label="Month"><input aria-label="Year"></fieldset>
      <fieldset><legend>Delivery</legend><div style="height:40px"></div><label><input type="radio" name="d">Standard</label>
        <div><label><input type="radio" name="d">Express</label></div><p>Express costs more</p><p>Orders after 4pm ship next day</p></fieldset>
      <div role="status" aria-label="Loading">Loading your ledger…</div>
      <section aria-labelledby="q3"><h2 id="q3">Which plan are you on?</h2><p>Pick one.</p>
        <div role="radiogroup" aria-labelledby="q3"><div role="radio" aria-checked="false" tabindex="0">Free</div><div role="radio" aria-checked="false" tabindex="-1">Team</div></div></section>`),
  );
  const { text } = await readPage(p);
  // A question's region and its radio group, both named by the question: said once.
  expect(text.match(/Which plan are you on\?/g)).toHaveLength(1);
  expect(text).toMatch(/^ radiogroup\n {2}radio "Free" \[ref_\d+\]/m);
  // A name that is only the first word of the sentence under it leaves the sentence whole.
  expect(text).toMatch(/Loading your ledger…/);
  expect(text).toMatch(/^group "What is your date of birth\?": For example, 27 3 2007 \| textbox "Day"/m);
  expect(text.match(/What is your date of birth\?/g)).toHaveLength(1);
  expect(text.match(/Delivery/g)).toHaveLength(1);
});

describe('text that names a control by aria-labelledby', () => {
  it('is said once, as the control’s name, in view and below the fold; headings and what names no shown control stay', async () => {
    const block = (where: string) => `
      <div><div role="checkbox" aria-checked="false" tabindex="0" aria-labelledby="robot-${where}" style="display:inline-block;width:20px;height:20px;border:1px solid"></div>
        <span id="robot-${where}">Not a robot ${where}</span> <span>Captcha ${where}</span></div>
      <div><span id="skills-${where}">Skill set ${where}</span><input aria-labelledby="skills-${where}" value="Rust"></div>
      <h3 id="plan-${where}">Which plan ${where}</h3><textarea aria-labelledby="plan-${where}"></textarea>
      <div role="dialog" aria-labelledby="dlg-${where}" style="border:1px solid"><span id="dlg-${where}">Dialog title ${where}</span><button>Close ${where}</button></div>
      <span id="gone-${where}">Hidden field ${where}</span><input aria-labelledby="gone-${where}" style="display:none">`;
    const p = await harness().open(page(`${block('top')}<div style="height:1500px"></div>${block('below')}`));
    for (const filter of [undefined, 'all'] as const) {
      const { text } = await readPage(p, { filter });
      for (const where of filter ? ['top', 'below'] : ['top']) {
        expect(text).toMatch(new RegExp(`checkbox "Not a robot ${where}" \\[ref_`));
        expect(text).toMatch(new RegExp(`textbox "Skill set ${where}" \\[ref_`));
        expect(text.split(`Not a robot ${where}`)).toHaveLength(2);
        expect(text.split(`Skill set ${where}`)).toHaveLength(2);
        expect(text).toContain(`Captcha ${where}`);
        expect(text).toMatch(new RegExp(`heading "Which plan ${where}"`));
        expect(text).toContain(`Dialog title ${where}`);
        expect(text).toContain(`Hidden field ${where}`);
      }
    }
  });
});
