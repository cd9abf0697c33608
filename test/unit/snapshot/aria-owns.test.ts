// aria-owns in the walk: an owned element is read as a child of its owner, once, wherever it sits in the DOM.
// Real Chromium, the real snapshotter.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { find, page, readPage, useHarness } from '../../fixtures/snapshot/harness';

const harness = useHarness();

const occurrences = (text: string, needle: string): number => text.split(needle).length - 1;

interface AxNode {
  nodeId: string;
  parentId?: string;
  role?: { value: string };
  name?: { value: string };
}

/** The `role "name"` of the nearest ancestor with `role` of the node named `name`, in Chromium's own tree (CDP). */
async function chromiumAncestor(p: Page, name: string, role: string): Promise<string> {
  const cdp = await p.context().newCDPSession(p);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  let at = nodes.find((n) => n.name?.value === name);
  while (at?.parentId) {
    at = byId.get(at.parentId);
    if (at?.role?.value === role) return `${role} "${at.name?.value ?? ''}"`;
  }
  return 'none';
}

describe('aria-owns', () => {
  it('reads a listbox a combobox input owns under the combobox, not where the DOM puts it', async () => {
    const p = await harness().open(
      page(`<label>City <input role="combobox" aria-expanded="true" aria-owns="cities"></label>
        <p>Some text between.</p><button>Search</button>
        <ul role="listbox" id="cities" style="margin-left:300px"><li role="option">Paris</li><li role="option">Oslo</li></ul>`),
    );
    const { text } = await readPage(p);
    expect(text).toMatch(
      /^combobox "City" \[ref_\d+\] expanded\n listbox \[ref_\d+\]\n {2}option "Paris" \[ref_\d+\]\n {2}option "Oslo"/m,
    );
    expect(occurrences(text, 'option "Paris"')).toBe(1);
    expect(text.indexOf('option "Oslo"')).toBeLessThan(text.indexOf('button "Search"'));
  });

  it('moves an owned item into the owning list, after the list’s own items, and leaves its DOM parent without it', async () => {
    const p = await harness().open(
      page(`<ul aria-label="Chosen" aria-owns="moved"><li><a href="/a">Apple</a></li></ul>
        <ul aria-label="Others"><li><a href="/b">Banana</a></li><li id="moved"><a href="/c">Cherry</a></li><li><a href="/d">Date</a></li></ul>`),
    );
    const { text } = await readPage(p, { filter: 'all' });
    const chosen = text.slice(text.indexOf('list "Chosen"'), text.indexOf('list "Others"'));
    const others = text.slice(text.indexOf('list "Others"'));
    expect(chosen).toContain('link "Apple"');
    expect(chosen).toContain('link "Cherry"');
    expect(chosen.indexOf('Apple')).toBeLessThan(chosen.indexOf('Cherry'));
    expect(others).not.toContain('Cherry');
    expect(occurrences(text, 'link "Cherry"')).toBe(1);
    expect(await find(p, 'cherry link')).toMatch(/^link "Cherry" \[ref_\d+\]/m);
    expect(await chromiumAncestor(p, 'Cherry', 'list')).toBe('list "Chosen"');
  });

  it('gives an element claimed twice to the first owner, and walks an ownership cycle once', async () => {
    const p = await harness().open(
      page(`<div role="group" aria-label="First" aria-owns="shared"><button>One</button></div>
        <div role="group" aria-label="Second" aria-owns="shared"><button>Two</button></div>
        <button id="shared">Shared</button>
        <div role="group" id="a" aria-label="Ring A" aria-owns="b"><button>In A</button></div>
        <div role="group" id="b" aria-label="Ring B" aria-owns="a"><button>In B</button></div>
        <div role="group" aria-label="Self" id="self" aria-owns="self"><button>Alone</button></div>`),
    );
    const { text } = await readPage(p, { filter: 'all' });
    const first = text.slice(text.indexOf('group "First"'), text.indexOf('group "Second"'));
    expect(first).toContain('button "Shared"');
    // ARIA forbids two owners; Chromium 156 picks either, by its own processing order: the walk keeps the first.
    expect(occurrences(text, 'button "Shared"')).toBe(1);
    for (const name of ['In A', 'In B', 'Alone']) expect(occurrences(text, `button "${name}"`)).toBe(1);
    // A owns B (the first claim); B's claim on A would make A its own ancestor.
    const ringA = text.slice(text.indexOf('group "Ring A"'));
    expect(ringA).toMatch(/group "Ring A"[\s\S]*group "Ring B"[\s\S]*button "In B"/);
  });

  it('does not clip an owned popup by the overflow of the owner’s container', async () => {
    const p = await harness().open(
      page(`<div style="height:40px;overflow:hidden"><input role="combobox" aria-label="Fruit" aria-expanded="true" aria-owns="menu"></div>
        <div role="listbox" id="menu" aria-label="Fruits" style="position:absolute;top:200px;left:10px"><div role="option" tabindex="-1">Kiwi</div></div>`),
    );
    const { text } = await readPage(p);
    expect(text).toMatch(
      /combobox "Fruit" \[ref_\d+\] expanded\n listbox "Fruits" \[ref_\d+\]\n {2}option "Kiwi" \[ref_\d+\]/,
    );
  });
});
