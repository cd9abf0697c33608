// What is exposed, and how it is described: hidden kinds, covered, disabled, shadow DOM, frames,
// names, states, password values. Real Chromium, small fixtures.
import { describe, expect, it } from 'vitest';
import { page, readPage, refOn, useHarness } from '../../fixtures/snapshot/harness';

const harness = useHarness();

describe('hidden elements are not exposed', () => {
  it('leaves out every kind of hidden control and keeps the visible one', async () => {
    const p = await harness().open(
      page(`
      <button>Visible</button>
      <button style="display:none">Display none</button>
      <button style="visibility:hidden">Visibility hidden</button>
      <button style="opacity:0">Opacity zero</button>
      <div style="opacity:0"><a href="/x">Inside transparent</a></div>
      <button style="width:0;height:0;padding:0;border:0;overflow:hidden">Zero size</button>
      <div style="width:40px;height:20px;overflow:hidden;position:relative"><button style="position:absolute;left:200px">Clipped away</button></div>
      <a href="/off" style="position:absolute;left:-9999px">Off screen</a>
      <input hidden aria-label="Hidden attribute">
      <div aria-hidden="true"><button>Aria hidden</button></div>
      <div inert><button>Inert</button></div>
      <details><summary>More</summary><a href="/in">In closed details</a></details>
      <div role="combobox" aria-expanded="false" aria-controls="lb" tabindex="0">Pick</div>
      <ul role="listbox" id="lb"><li role="option" tabindex="-1">Collapsed option</li></ul>
      <iframe style="width:1px;height:1px;border:0" srcdoc="<button>In tiny frame</button>"></iframe>`),
    );
    await p.waitForTimeout(50);
    const { text } = await readPage(p, { filter: 'all' });
    expect(text).toContain('button "Visible" [ref_');
    for (const hidden of [
      'Display none',
      'Visibility hidden',
      'Opacity zero',
      'Inside transparent',
      'Zero size',
      'Clipped away',
      'Off screen',
      'Hidden attribute',
      'Aria hidden',
      'Inert',
      'In closed details',
      'Collapsed option',
      'In tiny frame',
    ]) {
      expect(text, hidden).not.toContain(hidden);
    }
    expect(text).toContain('button "More" [ref_');
    expect(text).toContain('combobox [ref_');
  });

  it('keeps a visible child of a visibility:hidden parent', async () => {
    const p = await harness().open(
      page('<div style="visibility:hidden">Ghost text <button style="visibility:visible">Shown</button></div>'),
    );
    const { text } = await readPage(p);
    expect(text).toContain('button "Shown"');
    expect(text).not.toContain('Ghost text');
  });
});

describe('covered elements are not exposed', () => {
  it('hides the page behind a modal backdrop and exposes the dialog', async () => {
    const p = await harness().open(
      page(`
      <main><h1>Background</h1><button>Behind</button><a href="/bg">Behind link</a><div style="height:2000px"></div><button>Far behind</button></main>
      <div style="position:fixed;inset:0;background:rgba(0,0,0,.5)"></div>
      <div role="dialog" aria-label="Sign in" style="position:fixed;top:100px;left:100px;width:300px;background:#fff;padding:10px">
        <button>Close</button>
        <div style="position:relative;height:30px"><button style="position:absolute;inset:0">Under cover</button><div style="position:absolute;inset:0;background:#fff">cover</div></div>
      </div>`),
    );
    const viewport = await readPage(p);
    expect(viewport.text).toContain('dialog "Sign in"');
    expect(viewport.text).toContain('button "Close" [ref_');
    expect(viewport.text).toMatch(/^~\d+ controls behind the overlay are unreachable until it closes\.$/m);
    const all = await readPage(p, { filter: 'all' });
    for (const text of [viewport.text, all.text]) {
      for (const trap of ['"Behind"', 'Behind link', 'Far behind', 'Under cover', 'Background'])
        expect(text, trap).not.toContain(trap);
    }
  });

  it('hides a control covered by a sticky banner but not the uncovered one', async () => {
    const p = await harness().open(
      page(`<div style="position:fixed;left:0;right:0;top:0;height:60px;background:#fff">Cookie banner <button>Accept</button></div>
      <button style="margin-top:20px">Under banner</button><p style="margin-top:80px"><button>Free</button></p>`),
    );
    const { text } = await readPage(p);
    expect(text).toContain('button "Accept" [ref_');
    expect(text).toContain('button "Free" [ref_');
    expect(text).not.toContain('Under banner');
  });
});

describe('disabled controls', () => {
  it('shows them as disabled, without a ref', async () => {
    const p = await harness().open(
      page(
        '<button disabled>Save</button><fieldset disabled><input aria-label="Inside"></fieldset><div role="button" aria-disabled="true" tabindex="0">Aria off</div>',
      ),
    );
    const { text } = await readPage(p);
    expect(text).toMatch(/^button "Save" disabled$/m);
    expect(text).toMatch(/textbox "Inside" disabled/);
    expect(text).toMatch(/button "Aria off" disabled/);
    expect(text).not.toMatch(/Save" \[ref_/);
  });
});

describe('coverage', () => {
  it('walks nested open shadow roots and slotted content', async () => {
    const p = await harness().open(
      page(`<outer-card><a slot="s" href="/slotted">Slotted link</a></outer-card>
      <script>
        class Inner extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '<button>Deep button</button><input aria-label="Deep input">'; } }
        class Outer extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '<h2>Card</h2><inner-card></inner-card><button><slot name="s"></slot></button>'; } }
        customElements.define('inner-card', Inner); customElements.define('outer-card', Outer);
      </script>`),
    );
    const { text } = await readPage(p);
    expect(text).toContain('button "Deep button" [ref_');
    expect(text).toContain('textbox "Deep input" [ref_');
    expect(text).toContain('link "Slotted link" [ref_');
    expect(text).toContain('heading "Card"');
  });

  it('walks same-origin frames in place, with refs that resolve inside the frame', async () => {
    const p = await harness().open(
      page(
        `<p>Top</p><iframe title="Inner" style="width:400px;height:200px" srcdoc="<button>Framed</button><iframe title='Nested' srcdoc='<a href=/n>Nested link</a>'></iframe>"></iframe>`,
      ),
    );
    await p.waitForTimeout(100);
    const { text } = await readPage(p);
    expect(text).toMatch(/iframe "Inner" \[ref_\d+\]\n\s+button "Framed" \[ref_\d+\]/);
    expect(text).toContain('link "Nested link" [ref_');
    const ref = refOn(text, 'button "Framed"');
    const tag = await p.evaluate((r) => {
      const found = (
        window as unknown as { TabwrightSnapshot: { resolveRef(r: string): Element | { stale: true } } }
      ).TabwrightSnapshot.resolveRef(r);
      return 'stale' in found ? 'stale' : `${found.localName}:${found.ownerDocument !== document}`;
    }, ref);
    expect(tag).toBe('button:true');
  });

  it('leaves a slot for a cross-origin frame and stitches its own snapshot by ref', async () => {
    const child = harness().serve('/child.html', page('<button>Pay now</button>'));
    const p = await harness().open(
      page(`<h1>Checkout</h1><iframe title="Payment" src="${child}" style="width:400px;height:200px"></iframe>`),
    );
    await p.waitForTimeout(100);
    const top = await readPage(p);
    const frameRef = refOn(top.text, 'iframe "Payment"');
    expect(top.text).toContain(`iframe "Payment" [${frameRef}] (cross-origin frame: contents follow)`);
    expect(top.text).toMatch(new RegExp(`^ <<frame ${frameRef}>>$`, 'm'));
    expect(top.frameRefs).toEqual([frameRef]);
    const frame = p.frames().find((f) => f.url().startsWith('http://localhost'));
    if (!frame) throw new Error('no child frame');
    await harness().inject(frame);
    await frame.evaluate(() =>
      (
        window as unknown as { TabwrightSnapshot: { setRefNamespace(ns: string): void } }
      ).TabwrightSnapshot.setRefNamespace('f1'),
    );
    const inner = await readPage(frame);
    expect(inner.text).toMatch(/button "Pay now" \[ref_f1_\d+\]/);
    const stitched = await p.evaluate(
      ([text, ref, frameText]) =>
        (
          window as unknown as { TabwrightSnapshot: { stitchFrame(a: string, b: string, c: string): string } }
        ).TabwrightSnapshot.stitchFrame(text, ref, frameText),
      [top.text, frameRef, inner.text] as const,
    );
    expect(stitched).toMatch(
      new RegExp(`iframe "Payment" \\[${frameRef}\\].*\\n Viewport .*\\n button "Pay now" \\[ref_f1_\\d+\\]`),
    );
    expect(stitched).not.toContain('<<frame');
  });
});

describe('names, roles and states', () => {
  it('takes names from every source', async () => {
    const p = await harness().open(
      page(`
      <span id="lbl">Labelled by span</span><input aria-labelledby="lbl">
      <button aria-label="By aria-label">x</button>
      <label for="f">By label for</label><input id="f">
      <label>By wrapping label <input type="checkbox"></label>
      <a href="/i"><img alt="By alt" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="20" height="20"></a>
      <button title="By title" style="width:30px;height:20px"></button>
      <input placeholder="By placeholder">
      <a href="/t">By text</a>
      <input type="submit" value="By value">
      <button><svg width="10" height="10"><title>By svg title</title></svg></button>`),
    );
    const { text } = await readPage(p);
    for (const line of [
      'textbox "Labelled by span"',
      'button "By aria-label"',
      'textbox "By label for"',
      'checkbox "By wrapping label"',
      'link "By alt"',
      'button "By title"',
      'textbox "By placeholder"',
      'link "By text"',
      'button "By value"',
      'button "By svg title"',
    ]) {
      expect(text, line).toContain(`${line} [ref_`);
    }
  });

  it('says an input type only when the name does not already say it, and always for types that say how to fill', async () => {
    const p = await harness().open(
      page(`<input type="email" aria-label="Email"><input type="email" aria-label="Contact"><input type="password" aria-label="Your password">
      <input type="password" aria-label="PIN"><input type="tel" aria-label="Mobile phone"><input type="tel" aria-label="Fax"><input type="date" aria-label="Date">
      <input type="url" aria-label="Website URL">`),
    );
    const { text } = await readPage(p, { filter: 'all' });
    expect(text).toMatch(/^textbox "Email" \[ref_\d+\]$/m);
    expect(text).toMatch(/^textbox "Contact" \[ref_\d+\] type=email$/m);
    expect(text).toMatch(/^textbox "Your password" \[ref_\d+\]$/m);
    expect(text).toMatch(/^textbox "PIN" \[ref_\d+\] type=password$/m);
    expect(text).toMatch(/^textbox "Mobile phone" \[ref_\d+\]$/m);
    expect(text).toMatch(/^textbox "Fax" \[ref_\d+\] type=tel$/m);
    expect(text).toMatch(/^textbox "Date" \[ref_\d+\] type=date$/m);
    expect(text).toMatch(/^textbox "Website URL" \[ref_\d+\]$/m);
  });

  it('reports states and values, never a password', async () => {
    const p = await harness().open(
      page(`<input type="checkbox" checked aria-label="Agree"><select aria-label="Size"><option>S</option><option selected>M</option></select>
      <button aria-expanded="false">Menu</button><input aria-label="Email" value="a@b.c"><input type="password" aria-label="Password">
      <div role="switch" aria-checked="true" tabindex="0">Dark mode</div>`),
    );
    await p.fill('input[type=password]', 'hunter2-secret');
    const { text } = await readPage(p, { filter: 'all' });
    expect(text).toMatch(/checkbox "Agree" \[ref_\d+\] checked/);
    expect(text).toMatch(/combobox "Size" \[ref_\d+\] value="M" options="S \| M"/);
    expect(text).toMatch(/button "Menu" \[ref_\d+\] collapsed/);
    expect(text).toMatch(
      /textbox "Email" \[ref_\d+\] value="a@b.c" type=email|textbox "Email" \[ref_\d+\] value="a@b.c"/,
    );
    expect(text).toMatch(/textbox "Password" \[ref_\d+\].* filled$/m);
    expect(text).toMatch(/switch "Dark mode" \[ref_\d+\] checked/);
    expect(text).not.toContain('hunter2');
  });

  it('exposes script-clickable elements, not their children that merely inherit the cursor', async () => {
    const p = await harness().open(
      page(`<div id="card" style="cursor:pointer;padding:8px"><span>Open the report</span></div><span onclick="void 0">Inline handler</span>
      <script>document.getElementById('card').addEventListener('click', () => {});</script>`),
    );
    const { text } = await readPage(p);
    expect(text).toMatch(/generic "Open the report" \[ref_\d+\] clickable/);
    expect(text).toMatch(/generic "Inline handler" \[ref_\d+\]/);
    expect(text.match(/Open the report/g)).toHaveLength(1);
  });

  it('reads labels of visually hidden controls as the control', async () => {
    const p = await harness().open(
      page('<label><input type="radio" name="c" style="opacity:0;position:absolute"> Express delivery</label>'),
    );
    const { text } = await readPage(p);
    expect(text).toMatch(/radio "Express delivery" \[ref_\d+\]/);
  });
});

describe('progress bars and meters', () => {
  it('say how far they have got: the value text, else the share of their range', async () => {
    const p = await harness().open(
      page(`<progress max="200" value="50" aria-label="Upload agenda.pdf"></progress><progress aria-label="Loading"></progress>
        <meter min="0" max="10" value="7" aria-label="Disk used"></meter>
        <div role="progressbar" aria-label="Sync" aria-valuenow="3" aria-valuemin="0" aria-valuemax="12"></div>
        <div role="progressbar" aria-label="Import" aria-valuenow="5" aria-valuetext="Step 5 of 8"></div>`),
    );
    for (const filter of [null, 'all'] as const) {
      const { text } = await readPage(p, { filter });
      expect(text).toMatch(/^progressbar "Upload agenda\.pdf" value="25%"$/m);
      // Indeterminate: no value to say.
      expect(text).toMatch(/^progressbar "Loading"$/m);
      expect(text).toMatch(/^meter "Disk used" value="70%"$/m);
      expect(text).toMatch(/^progressbar "Sync" value="25%"$/m);
      expect(text).toMatch(/^progressbar "Import" value="Step 5 of 8"$/m);
    }
  });
});
