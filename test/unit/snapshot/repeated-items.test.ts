// Rows built of plain elements (no row or list item role) read as rows: one line each, parts joined by " | ", a
// control named as on the row above said once. Sections, sentences and lone elements keep their lines. Real Chromium.
import { expect, it } from 'vitest';
import { SYSTEM_PROMPT } from '../../../src/background/agent/prompt';
import { find, page, pageText, readPage, useHarness } from '../../fixtures/snapshot/harness';

const harness = useHarness();

const times = (n: number, make: (i: number) => string): string => Array.from({ length: n }, (_, i) => make(i)).join('');

it('prints each row of a list built of divs on one line, with the names the row above repeats said once', async () => {
  const mail = times(
    6,
    (i) => `<div class="row" style="display:flex;gap:8px"><input type="checkbox" aria-label="Select">
      <button aria-pressed="${i === 2}">Star</button><a href="/m/${i}">Sender ${i} — Subject ${i}</a><span>${i + 1} Nov</span></div>`,
  );
  const follow = times(3, (i) => `<follow-row><span>Person ${i}</span> <button>Follow</button></follow-row>`);
  const p = await harness().open(
    page(`<section aria-label="Inbox">${mail}</section><aside><h3>Who to follow</h3>${follow}</aside>`),
  );
  const { text } = await readPage(p);
  expect(text).toMatch(
    /^ checkbox "Select" \[ref_\d+\] \| button "Star" \[ref_\d+\] \| link "Sender 0 — Subject 0" \[ref_\d+\] \| 1 Nov$/m,
  );
  expect(text).toMatch(
    /^ checkbox \[ref_\d+\] \| button \[ref_\d+\] \| link "Sender 1 — Subject 1" \[ref_\d+\] \| 2 Nov$/m,
  );
  // A state is never dropped with the name.
  expect(text).toMatch(
    /^ checkbox \[ref_\d+\] \| button \[ref_\d+\] pressed \| link "Sender 2 — Subject 2" \[ref_\d+\] \| 3 Nov$/m,
  );
  expect(text).toMatch(
    /^ Person 0 \| button "Follow" \[ref_\d+\]\n Person 1 \| button \[ref_\d+\]\n Person 2 \| button \[ref_\d+\]$/m,
  );
  // get_page_text keeps each row on a line of its own too, with every name.
  const plain = await pageText(p);
  expect(plain).toMatch(/^Select \| Star \| Sender 1 — Subject 1 \| 2 Nov$/m);
  expect(plain).toMatch(/^Person 2 \| Follow$/m);
});

it('keeps the lines of sections, cards with a title, sentences, form groups, rows without a control, and pairs', async () => {
  const prose = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(6);
  const p = await harness().open(
    page(`${times(3, (i) => `<div class="section"><p>${prose}</p><a href="/s/${i}">Read section ${i}</a></div>`)}
      ${times(3, (i) => `<div class="card"><h3>Card ${i}</h3><button>Open card ${i}</button></div>`)}
      ${times(3, (i) => `<p>Sentence ${i} has <a href="/l/${i}">a link</a> in it.</p>`)}
      ${times(3, (i) => `<section><span>Group ${i}</span> <label>Field ${i} <input></label></section>`)}
      ${times(3, (i) => `<div class="note"><span>Note ${i}</span> <span>by Ada</span></div>`)}
      ${times(2, (i) => `<div class="pair"><span>Half ${i}</span> <button>Pair ${i}</button></div>`)}`),
    { viewport: { width: 1000, height: 1400 } },
  );
  const { text } = await readPage(p);
  expect(text).toMatch(/^link "Read section 0" \[ref_\d+\]$/m);
  expect(text).toMatch(/^heading "Card 1" level=3$/m);
  expect(text).toMatch(/^button "Open card 1" \[ref_\d+\]$/m);
  expect(text).toMatch(/^link "a link" \[ref_\d+\]$/m);
  expect(text).toMatch(/^textbox "Field 2" \[ref_\d+\]$/m);
  expect(text).toMatch(/^button "Pair 1" \[ref_\d+\]$/m);
  expect(text).not.toContain(' | ');
});

it('reads a row with more parts than a line holds as separate lines', async () => {
  const wide = times(3, (r) => `<div class="toolbar">${times(20, (i) => `<button>Tool ${r}-${i}</button>`)}</div>`);
  const p = await harness().open(page(wide));
  const { text } = await readPage(p);
  expect(text).toMatch(/^button "Tool 1-19" \[ref_\d+\]$/m);
  expect(text).not.toContain(' | ');
});

const POSITIONS = page(`<table><thead><tr><th>Symbol</th><th>Qty</th><th>Actions</th></tr></thead><tbody>
  ${times(4, (i) => `<tr><td><a href="/q/${i}">SYM${i}</a></td><td>${i + 1}</td><td><button title="Close position">✕</button></td></tr>`)}
  <tr><td><a href="/q/9">SYM9</a></td><td>9</td><td><button title="Close all">✕</button></td></tr></tbody></table>`);

it('says a repeated glyph button’s title once, with its name, and again where it changes', async () => {
  const p = await harness().open(POSITIONS);
  const rows = (await readPage(p, { filter: 'all' })).text.split('\n').filter((line) => line.includes('SYM'));
  expect(rows[0]).toMatch(/button "✕" \[ref_\w+\] title="Close position"$/);
  for (const row of rows.slice(1, 4)) expect(row).toMatch(/\| button \[ref_\w+\]$/);
  expect(rows[4]).toMatch(/\| button \[ref_\w+\] title="Close all"$/);
});

it('says a row’s controls by what they do when the row’s line names whom they act on, and only then', async () => {
  const rows = times(
    3,
    (
      i,
    ) => `<tr><td><input type="checkbox" aria-label="Select user${i} Park"></td><td><a href="/u/${i}">user${i} Park</a></td>
      <td>Member</td><td>u${i}@example.com</td><td>Active</td><td>2024-01-0${i + 1}</td><td>Team ${i}</td><td>Berlin</td>
      <td><button aria-label="Actions for user${i} Park">⋯</button><button aria-label="Delete user${i} Park">✕</button></td></tr>`,
  );
  // The name only a hidden text says, and a name that merely starts the same, are kept whole.
  const kept = `<ul><li><button aria-label="Remove Nina Roe">✕</button><span hidden>Nina Roe</span><a href="/n">Profile</a></li>
    <li><button aria-label="Mute Ana Li's thread">🔕</button><a href="/a">Ana Li</a></li>
    <li><a href="/p">Profile</a><button>Profile settings</button></li>
    <li><button aria-label="Add Blue mug to wishlist">♡</button><a href="/b">Blue mug</a> $12</li></ul>
    <table><tr><td><a href="/u/bo">Bo Lee</a></td><td>Manager: <a href="/u/ada">Ada Park</a></td>
      <td><button>Message Ada Park</button><button>Message Bo Lee</button></td></tr>
      <tr><td>Ana</td><td>Ruiz</td><td><input type="checkbox" aria-label="Select Ana Ruiz"></td></tr></table>`;
  const p = await harness().open(page(`<table><tbody>${rows}</tbody></table>${kept}`));
  const { text } = await readPage(p);
  expect(text).toMatch(
    /^ row: checkbox "Select" \[ref_\d+\] \| link "user0 Park" \[ref_\d+\] \| Member \| u0@example\.com \| Active \| 2024-01-01 \| Team 0 \| Berlin \| button "Actions" \[ref_\d+\] button "Delete" \[ref_\d+\]$/m,
  );
  // On the rows below, what the row above said is not said again; whose it is, is.
  expect(text).toMatch(
    /^ row: checkbox \[ref_\d+\] \| link "user1 Park" \[ref_\d+\] \| Member \| u1@example\.com \| Active \| 2024-01-02 \| Team 1 \| Berlin \| button \[ref_\d+\] button \[ref_\d+\]$/m,
  );
  expect(text).toMatch(/button "Remove Nina Roe" \[ref_\d+\] \| link "Profile"/);
  expect(text).toMatch(/button "Mute Ana Li's thread" \[ref_\d+\] \| link "Ana Li"/);
  expect(text).toMatch(/link "Profile" \[ref_\d+\] \| button "Profile settings"/);
  expect(text).toMatch(/button "Add to wishlist" \[ref_\d+\] \| link "Blue mug" \[ref_\d+\] \| \$12/);
  // Only what the line is about (its first link) is left out: a manager's name later on it, and a first name that
  // is only part of the name, are not.
  expect(text).toMatch(/button "Message Ada Park" \[ref_\d+\] button "Message" \[ref_\d+\]$/m);
  expect(text).toMatch(/Ana \| Ruiz \| checkbox "Select Ana Ruiz" \[ref_\d+\]$/m);
  // Filter "all" reads rows the same way; a control a line (filter "interactive") and find say the whole name.
  const all = (await readPage(p, { filter: 'all' })).text;
  // (A row of more parts than one item holds, cells counted: the key is still its first link.)
  expect(all).toMatch(
    /checkbox "Select" \[ref_\d+\] \| link "user0 Park" \[ref_\d+\] href="\/u\/0" \|.* button "Actions"/,
  );
  expect((await readPage(p, { filter: 'interactive' })).text).toMatch(/^checkbox "Select user1 Park" \[ref_\d+\]$/m);
  expect(await find(p, 'delete user2 park')).toMatch(/button "Delete user2 Park" \[ref_\d+\]/);
  expect(SYSTEM_PROMPT).toContain('`checkbox "Select" [ref_4] | link "Ada Park" [ref_5]` selects Ada Park\'s row');
});

it('takes a row’s subject from the button that opens it when the row’s other controls name it', async () => {
  const categories = '<option>Groceries</option><option>Bills</option><option>Transport</option>';
  const row = (merchant: string, category: string) =>
    `<tr><td><input type="checkbox" aria-label="Select ${merchant}"></td><td><button>${merchant}</button></td>
      <td><select aria-label="Category for ${merchant}">${categories.replace(`>${category}<`, ` selected>${category}<`)}</select></td>
      <td>£4.20</td></tr>`;
  const p = await harness().open(
    page(`<table>${row('Crystal Store', 'Bills')}${row('Winter Market', 'Transport')}</table>
      <ul><li><button>Edit</button> <button>Delete</button> Draft</li></ul>`),
  );
  const { text } = await readPage(p);
  // Said once, on the button; the controls say what they do, and the next row's repeat no name or options.
  expect(text).toMatch(
    /^ row: checkbox "Select" \[ref_\d+\] \| button "Crystal Store" \[ref_\d+\] \| combobox "Category" \[ref_\d+\] value="Bills" options="Groceries \| Bills \| Transport" \| £4\.20$/m,
  );
  expect(text).toMatch(
    /^ row: checkbox \[ref_\d+\] \| button "Winter Market" \[ref_\d+\] \| combobox \[ref_\d+\] value="Transport" \| £4\.20$/m,
  );
  // Buttons no other control names are no subject.
  expect(text).toMatch(/button "Edit" \[ref_\d+\] \| button "Delete" \[ref_\d+\] \| Draft/);
});

it('reads an item holding paragraphs of prose (an opened message) a paragraph a line, a short post on one line', async () => {
  const prose = (n: number) => `Paragraph ${n} ${'of the message body runs on for a while '.repeat(6)}end.`;
  const p = await harness().open(
    page(`<article aria-label="Message from Ada Park"><button>Ada Park</button> <button aria-label="Reply">↩</button>
      <p>${prose(1)} <a href="/agenda">the agenda</a></p><p>${prose(2)}</p><button>Forward</button></article>
      <article aria-label="Post"><a href="/bo">Bo Lee</a> <p>${prose(3)}</p><button>Like</button></article>`),
  );
  const { text } = await readPage(p);
  expect(text).toMatch(
    /^article "Message from Ada Park"\n button "Ada Park" \[ref_\d+\]\n button "Reply" \[ref_\d+\]\n Paragraph 1 .* end\.\n link "the agenda" \[ref_\d+\]\n Paragraph 2 .* end\.\n button "Forward" \[ref_\d+\]$/m,
  );
  expect(text).toMatch(
    /^article "Post": link "Bo Lee" \[ref_\d+\] \| Paragraph 3 .* end\. \| button "Like" \[ref_\d+\]$/m,
  );
});

it('reads a description list inside a row as its terms with their values, not as a run of words', async () => {
  const p = await harness().open(
    page(`<table><tr><td>Cafe</td><td>£4.20</td></tr>
      <tr><td></td><td><dl><dt>Reference</dt><dd>609452</dd><dt>Card:</dt><dd>•••• 9495</dd><dt>Tags</dt><dd><a href="/t/food">food</a></dd></dl>
        <button>Report a problem</button></td></tr></table>`),
  );
  const { text } = await readPage(p);
  expect(text).toMatch(
    /^ row: "" \| "Reference: 609452" "Card: •••• 9495" "Tags" link "food" \[ref_\d+\] button "Report a problem" \[ref_\d+\]$/m,
  );
});
