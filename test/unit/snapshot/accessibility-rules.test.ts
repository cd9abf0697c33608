// The accessibility core (src/content/accessibility) against a table of cases written from the rules of accname 1.2
// (steps 2A–2I) and HTML-AAM (element → role), one case per rule, in real Chromium. Each case is also compared with
// Chromium's own accessibility tree (CDP Accessibility.getPartialAXTree): where Chromium disagrees, the case says why
// in `chromium` (or the comparison would fail), so the table cannot drift from the browser silently.
//
// Skipped on purpose (not cases below):
// - accname 2E for <label> on elements that are not labelable (custom elements with ElementInternals): no model-facing
//   control takes its name that way on the sites Tabwright meets, and the walk names them from content anyway.
// - aria-describedby / descriptions: the snapshot prints no descriptions.
// - CSS `content` alt text (`content: "x" / "alt"`) and counters: only quoted strings are read.
// - Roles of SVG/MathML internals and of `<area>` image maps beyond link/generic.
// - Whitespace inside `white-space: pre` text: names are collapsed to single spaces for the model on purpose.
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { page, useHarness } from '../../fixtures/snapshot/harness';

interface Case {
  rule: string;
  html: string;
  role: string;
  name: string;
  /** Why Chromium's own tree differs here (role or name), when it does. */
  chromium?: string;
}

const NAME_CASES: Case[] = [
  {
    rule: 'accname 2A: hidden descendants contribute nothing',
    html: '<button id="t">Buy<span hidden> secret</span></button>',
    role: 'button',
    name: 'Buy',
  },
  {
    rule: 'accname 2A: visibility:hidden descendants contribute nothing',
    html: '<button id="t">Buy<span style="visibility:hidden"> later</span></button>',
    role: 'button',
    name: 'Buy',
  },
  {
    rule: 'accname 2A: aria-hidden descendants contribute nothing',
    html: '<button id="t"><span aria-hidden="true">★ </span>Star</button>',
    role: 'button',
    name: 'Star',
  },
  {
    rule: 'accname 2A: a hidden node referenced by aria-labelledby is used',
    html: '<button id="t" aria-labelledby="l">x</button><span id="l" hidden>Hidden label</span>',
    role: 'button',
    name: 'Hidden label',
  },
  {
    rule: 'accname 2B: aria-labelledby wins over aria-label and content',
    html: '<button id="t" aria-label="A" aria-labelledby="l">x</button><span id="l">From labelledby</span>',
    role: 'button',
    name: 'From labelledby',
  },
  {
    rule: 'accname 2B: several ids are joined in order',
    html: '<a id="t" href="#" aria-labelledby="b a">x</a><span id="a">Second</span><span id="b">First</span>',
    role: 'link',
    name: 'First Second',
  },
  {
    rule: 'accname 2B: no second aria-labelledby hop',
    html: '<button id="t" aria-labelledby="l1"></button><span id="l1" aria-labelledby="l2">one</span><span id="l2">two</span>',
    role: 'button',
    name: 'one',
  },
  {
    rule: 'accname 2B: an element may reference itself',
    html: '<button id="t" aria-labelledby="t l">Delete</button><span id="l">file.txt</span>',
    role: 'button',
    name: 'Delete file.txt',
  },
  {
    rule: 'accname 2C: an embedded textbox gives its value',
    html: '<input id="t" type="checkbox" aria-labelledby="l"><span id="l">Flash <input value="3" aria-label="n"> times</span>',
    role: 'checkbox',
    name: 'Flash 3 times',
  },
  {
    rule: 'accname 2C: an embedded select gives its selected option',
    html: '<input id="t" type="checkbox" aria-labelledby="l"><span id="l">Every <select aria-label="u"><option>day</option><option selected>week</option></select></span>',
    role: 'checkbox',
    name: 'Every week',
  },
  {
    rule: 'accname 2C: an embedded range gives its value text',
    html: '<input id="t" type="checkbox" aria-labelledby="l"><span id="l">Volume <span role="slider" tabindex="0" aria-valuenow="7" aria-valuetext="seven" aria-label="v"></span></span>',
    role: 'checkbox',
    name: 'Volume seven',
  },
  {
    rule: 'accname 2D: aria-label',
    html: '<button id="t" aria-label="Close">×</button>',
    role: 'button',
    name: 'Close',
  },
  {
    rule: 'accname 2D: a blank aria-label is ignored',
    html: '<button id="t" aria-label="   ">Open</button>',
    role: 'button',
    name: 'Open',
  },
  {
    rule: 'accname 2E: <label for>',
    html: '<label for="t">Email</label><input id="t">',
    role: 'textbox',
    name: 'Email',
  },
  {
    rule: 'accname 2E: wrapping <label> leaves out the control itself',
    html: '<label>Name <input id="t" value="Ada"></label>',
    role: 'textbox',
    name: 'Name',
  },
  {
    rule: "accname 2E: a <label>'s own aria-label names its control (2C on the label, as Chromium computes it)",
    html: '<label aria-label="Dark mode"><input id="t" type="checkbox" role="switch"></label>',
    role: 'switch',
    name: 'Dark mode',
  },
  {
    rule: "accname 2E: a <label for>'s aria-label wins over its text",
    html: '<label for="t" aria-label="Email me">Mail</label><input id="t" type="checkbox">',
    role: 'checkbox',
    name: 'Email me',
  },
  {
    rule: 'accname 2E: img alt',
    html: '<img id="t" alt="Company logo" width="10" height="10" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">',
    role: 'img',
    name: 'Company logo',
  },
  {
    rule: 'accname 2E: input button value',
    html: '<input id="t" type="button" value="Go">',
    role: 'button',
    name: 'Go',
  },
  {
    rule: 'accname 2E: submit without value is "Submit"',
    html: '<input id="t" type="submit">',
    role: 'button',
    name: 'Submit',
  },
  {
    rule: 'accname 2E: fieldset legend',
    html: '<fieldset id="t"><legend>Shipping</legend><input aria-label="x"></fieldset>',
    role: 'group',
    name: 'Shipping',
  },
  {
    rule: 'accname 2E: table caption',
    html: '<table id="t"><caption>Prices</caption><tr><td>1</td></tr></table>',
    role: 'table',
    name: 'Prices',
  },
  {
    rule: 'accname 2E: figure figcaption',
    html: '<figure id="t"><figcaption>Sales chart</figcaption></figure>',
    role: 'figure',
    name: 'Sales chart',
    chromium: 'Chromium 156 leaves the figure unnamed (HTML-AAM names it from figcaption)',
  },
  {
    rule: 'accname 2E: svg title',
    html: '<svg id="t" width="10" height="10"><title>Chart</title></svg>',
    role: 'img',
    name: 'Chart',
  },
  {
    rule: 'accname 2F: name from content follows descendants',
    html: '<button id="t">Save <b>draft</b></button>',
    role: 'button',
    name: 'Save draft',
  },
  {
    rule: 'accname 2F: whitespace between inline elements separates words',
    html: '<button id="t"><span>Sign</span> <span>in</span></button>',
    role: 'button',
    name: 'Sign in',
  },
  {
    rule: 'accname 2F: inline elements without space are one word',
    html: '<button id="t"><span>Sign</span><span>in</span></button>',
    role: 'button',
    name: 'Signin',
  },
  {
    rule: 'accname 2F: block-level children are separated',
    html: '<a id="t" href="#"><div>12:00</div><div>Bar</div></a>',
    role: 'link',
    name: '12:00 Bar',
  },
  {
    rule: 'accname 2F: inline-block children are separated',
    html: '<button id="t"><span style="display:inline-block">A</span><span style="display:inline-block">B</span></button>',
    role: 'button',
    name: 'A B',
  },
  {
    rule: 'accname 2F: table cells are separated',
    html: '<a id="t" href="#"><span style="display:table-cell">12:00</span><span style="display:table-cell">Bar</span></a>',
    role: 'link',
    name: '12:00 Bar',
  },
  {
    rule: 'accname 2F: ::before and ::after content is included',
    html: '<style>#t::before{content:"Go "}#t::after{content:" now"}</style><button id="t">home</button>',
    role: 'button',
    name: 'Go home now',
  },
  {
    rule: 'accname 2F: non-breaking spaces are spaces',
    html: '<button id="t">Sign&nbsp;in</button>',
    role: 'button',
    name: 'Sign in',
  },
  {
    rule: 'accname 2F: aria-owns adds owned elements',
    html: '<div id="t" role="button" tabindex="0" aria-owns="o">Open</div><span id="o">menu</span>',
    role: 'button',
    name: 'Open menu',
  },
  {
    rule: 'accname 2F: descendants with aria-label use it',
    html: '<a id="t" href="#">Cart <span aria-label="3 items">3</span></a>',
    role: 'link',
    name: 'Cart 3 items',
  },
  {
    rule: 'accname 2F: roles without name from content get none',
    html: '<nav id="t">Links</nav>',
    role: 'navigation',
    name: '',
  },
  {
    rule: 'accname 2I: title when nothing else',
    html: '<button id="t" title="Help"></button>',
    role: 'button',
    name: 'Help',
  },
  {
    rule: 'accname 2I: title of a descendant that gives nothing else',
    html: '<a id="t" href="#"><span title="Home" style="display:inline-block;width:5px;height:5px"></span></a>',
    role: 'link',
    name: 'Home',
    chromium: "Chromium 156 skips a descendant's title during name from content",
  },
  {
    rule: 'HTML-AAM: placeholder as a last resort',
    html: '<input id="t" placeholder="Search">',
    role: 'textbox',
    name: 'Search',
  },
];

const ROLE_CASES: Case[] = [
  { rule: 'hr → separator', html: '<hr id="t">', role: 'separator', name: '' },
  { rule: 'p → paragraph', html: '<p id="t">Text</p>', role: 'paragraph', name: '' },
  { rule: 'dt → term', html: '<dl><dt id="t">Term</dt><dd>Def</dd></dl>', role: 'term', name: 'Term' },
  { rule: 'dd → definition', html: '<dl><dt>Term</dt><dd id="t">Def</dd></dl>', role: 'definition', name: '' },
  { rule: 'details → group', html: '<details id="t"><summary>More</summary>x</details>', role: 'group', name: '' },
  {
    rule: 'summary → button (disclosure)',
    html: '<details><summary id="t">More</summary>x</details>',
    role: 'button',
    name: 'More',
    chromium: 'Chromium names the role DisclosureTriangle',
  },
  {
    rule: 'tbody → rowgroup',
    html: '<table><thead><tr><th>A</th></tr></thead><tbody id="t"><tr><td>1</td></tr></tbody></table>',
    role: 'rowgroup',
    name: '',
  },
  { rule: 'output → status', html: '<output id="t">42</output>', role: 'status', name: '' },
  { rule: 'blockquote → blockquote', html: '<blockquote id="t">Quote</blockquote>', role: 'blockquote', name: '' },
  { rule: 'strong → strong', html: '<p><strong id="t">Bold</strong></p>', role: 'strong', name: '' },
  {
    rule: 'th in a header row → columnheader',
    html: '<table><tr><th id="t">Name</th></tr><tr><td>Ada</td></tr></table>',
    role: 'columnheader',
    name: 'Name',
  },
  {
    rule: 'th scope=row → rowheader',
    html: '<table><tr><th id="t" scope="row">Ada</th><td>42</td></tr></table>',
    role: 'rowheader',
    name: 'Ada',
  },
  {
    rule: 'td in a grid → gridcell',
    html: '<table role="grid"><tr><td id="t">5</td></tr></table>',
    role: 'gridcell',
    name: '5',
  },
  { rule: 'a without href → generic', html: '<a id="t">Anchor</a>', role: 'generic', name: '' },
  {
    rule: 'input with list → combobox',
    html: '<input id="t" list="d" aria-label="City"><datalist id="d"><option value="Lisbon"></datalist>',
    role: 'combobox',
    name: 'City',
  },
  { rule: 'header outside sectioning → banner', html: '<header id="t">Top</header>', role: 'banner', name: '' },
  {
    rule: 'footer inside article → generic',
    html: '<article><footer id="t">Foot</footer></article>',
    role: 'generic',
    name: '',
    chromium: 'Chromium reports a scoped footer as its own SectionFooter role',
  },
  { rule: 'section without a name → generic', html: '<section id="t">x</section>', role: 'generic', name: '' },
  {
    rule: 'section with a name → region',
    html: '<section id="t" aria-label="News">x</section>',
    role: 'region',
    name: 'News',
  },
  {
    rule: 'presentational role ignored on a focusable element',
    html: '<button id="t" role="none">X</button>',
    role: 'button',
    name: 'X',
  },
  {
    rule: 'presentational role ignored with a global ARIA attribute',
    html: '<h2 id="t" role="presentation" aria-label="Kept">X</h2>',
    role: 'heading',
    name: 'Kept',
  },
  {
    rule: 'presentational role honoured otherwise',
    html: '<h2 id="t" role="presentation">X</h2>',
    role: 'generic',
    name: '',
  },
  {
    rule: 'role fallback list takes the first valid token',
    html: '<div id="t" role="fancy button" tabindex="0">Go</div>',
    role: 'button',
    name: 'Go',
  },
  {
    rule: 'an unknown role falls back to the implicit role',
    html: '<div id="t" role="bogus">x</div>',
    role: 'generic',
    name: '',
  },
  {
    rule: 'lookups by page strings: role "constructor"',
    html: '<div id="t" role="constructor">x</div>',
    role: 'generic',
    name: '',
  },
  {
    rule: 'lookups by page strings: element <constructor>',
    html: '<constructor id="t">x</constructor>',
    role: 'generic',
    name: '',
  },
  {
    rule: 'lookups by page strings: input type "constructor"',
    html: '<input id="t" type="constructor" aria-label="Q">',
    role: 'textbox',
    name: 'Q',
  },
];

/** Chromium role names that mean the same as ours. */
const CHROMIUM_ALIASES = new Map([
  ['image', 'img'],
  ['none', 'generic'],
  ['LabelText', 'generic'],
]);

const harness = useHarness({ keepPages: true });

type Api = {
  TabwrightSnapshot: { computeRole(el: Element): string; accessibleName(el: Element, role: string): string };
};

async function ours(p: Page): Promise<{ role: string; name: string }> {
  return p.evaluate(() => {
    const api = (window as unknown as Api).TabwrightSnapshot;
    const el = document.getElementById('t') as Element;
    const role = api.computeRole(el);
    return { role, name: api.accessibleName(el, role) };
  });
}

async function chromiums(cdp: CDPSession): Promise<{ role: string; name: string }> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
  const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#t' })) as {
    nodeId: number;
  };
  const { nodes } = (await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false })) as {
    nodes: Array<{ role?: { value: string }; name?: { value: string } }>;
  };
  const node = nodes[0];
  const role = String(node?.role?.value ?? '');
  return {
    role: CHROMIUM_ALIASES.get(role) ?? role,
    name: String(node?.name?.value ?? '')
      .replace(/\s+/g, ' ')
      .trim(),
  };
}

/**
 * One page for every case: each case replaces the body (the snapshotter stays injected), which is what a context and a
 * navigation per case did, at a fraction of the time.
 */
let shared: { page: Page; cdp: CDPSession } | undefined;
async function pageWith(html: string): Promise<{ page: Page; cdp: CDPSession }> {
  if (!shared) {
    const opened = await harness().open(page(''));
    shared = { page: opened, cdp: await opened.context().newCDPSession(opened) };
  }
  await shared.page.evaluate((body) => {
    document.body.innerHTML = body;
  }, html);
  return shared;
}

describe.each([
  ['names (accname 1.2)', NAME_CASES],
  ['roles (HTML-AAM)', ROLE_CASES],
])('%s', (_title, cases) => {
  it.each(cases.map((c) => [c.rule, c] as const))('%s', async (_rule, c) => {
    const { page: p, cdp } = await pageWith(c.html);
    const got = await ours(p);
    expect(got, c.rule).toEqual({ role: c.role, name: c.name });
    const browser = await chromiums(cdp);
    if (c.chromium) {
      expect(browser, `${c.rule}: the case says Chromium differs (${c.chromium})`).not.toEqual({
        role: c.role,
        name: c.name,
      });
    } else {
      expect(browser, `${c.rule}: Chromium's own tree`).toEqual({ role: c.role, name: c.name });
    }
  });
});
