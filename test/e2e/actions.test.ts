import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRef, lastUserText } from '../support/model-server';
import {
  at,
  attachFiles,
  call,
  centerOf,
  type Harness,
  type InputMode,
  openGallery,
  ref,
  runTask,
  startHarness,
  toolResults,
  useSettings,
} from './actions-harness';

/**
 * The hands, end to end: every widget of the gallery driven through the built extension by a scripted model, in both
 * input modes, asserting on the page's real state and on what the model is told.
 */
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

describe.each<InputMode>(['synthetic', 'debugger'])('actions with %s input', (inputMode) => {
  beforeAll(async () => {
    await useSettings(h, { inputMode, allowJavascript: true });
  });

  it('fills every kind of form control, including framework-controlled and custom ones', async () => {
    const page = await openGallery(h, 'forms.html');
    const outcome = await runTask(h, page, [
      (request) => {
        const snap = lastUserText(request);
        return {
          content: [
            call('form_input', { target: ref(findRef(snap, /textbox "React name"/)), value: 'Ada Lovelace' }),
            call('form_input', { target: ref(findRef(snap, /textbox "Vue city"/)), value: 'Paris' }),
            call('form_input', { target: ref(findRef(snap, /textbox "Message body"/)), value: 'Hello there' }),
            call('form_input', { target: ref(findRef(snap, /combobox "Country"/)), value: 'Germany' }),
            call('form_input', { target: ref(findRef(snap, /"Size/)), value: 'Large' }),
            call('form_input', { target: ref(findRef(snap, /combobox "Airport"/)), value: 'Narita' }),
            call('form_input', { target: ref(findRef(snap, /checkbox "I accept the terms"/)), value: true }),
            call('form_input', { target: ref(findRef(snap, /radio "Standard"/)), value: 'Express' }),
            call('form_input', { target: ref(findRef(snap, /switch "Notifications"/)), value: true }),
            call('form_input', { target: ref(findRef(snap, /"Departure"/)), value: '2026-12-24' }),
            call('form_input', { target: ref(findRef(snap, /"Time"/)), value: '09:30' }),
            call('form_input', { target: ref(findRef(snap, /slider "Volume"/)), value: 75 }),
          ],
        };
      },
      (request) => {
        const results = toolResults(request);
        expect(results.filter((r) => r.isError)).toEqual([]);
        const snap = lastUserText(request);
        return {
          content: [
            call('left_click', { target: ref(findRef(snap, /textbox "React name"/)) }),
            call('key', { text: 'ctrl+a' }),
            call('type', { text: 'Grace Hopper' }),
            call('form_input', { target: ref(findRef(snap, /"Departure"/)), value: '24/12/2026' }),
          ],
        };
      },
      (request) => {
        const results = toolResults(request);
        expect(results.slice(0, 3).filter((r) => r.isError)).toEqual([]);
        expect(results[3]).toMatchObject({ isError: true });
        expect(results[3]!.text).toMatch(/did not accept "24\/12\/2026".*YYYY-MM-DD/);
        return { content: [] };
      },
    ]);
    if (outcome.status !== 'success') console.log(outcome.message, outcome.actions);
    expect(outcome.status).toBe('success');
    const state = await page.evaluate(() => (window as unknown as { gallery: Record<string, unknown> }).gallery);
    expect(state).toMatchObject({
      react: 'Grace Hopper',
      vue: 'Paris',
      editor: 'Hello there',
      size: 'l',
      airport: 'NRT',
      terms: true,
      delivery: 'express',
      notify: true,
    });
    expect(await page.locator('#select-state').textContent()).toContain('country=de');
    expect(await page.locator('#misc-state').textContent()).toBe('departure=2026-12-24 time=09:30 volume=75');
    await page.close();
  });

  it('hovers, double/right-clicks, drags, draws and presses keys; refuses disabled and covered targets', async () => {
    const page = await openGallery(h, 'pointer.html');
    let behind = '';
    const outcome = await runTask(h, page, [
      async () => {
        // Coordinates are read off the page as it is when the model looks, as from a screenshot.
        const [first, last, disabled] = await Promise.all(
          ['[data-id="a"]', '[data-id="c"]', '#disabled'].map((selector) => centerOf(page, selector)),
        );
        const pad = (await page.locator('#pad').boundingBox())!;
        return {
          content: [
            call('left_click_drag', { from: at(first!.x, first!.y), target: at(last!.x, last!.y + 10) }),
            call('left_mouse_down', { target: at(pad.x + 20, pad.y + 20) }),
            call('mouse_move', { target: at(pad.x + 120, pad.y + 60) }),
            call('mouse_move', { target: at(pad.x + 200, pad.y + 90) }),
            call('left_mouse_up', { target: at(pad.x + 200, pad.y + 90) }),
            call('left_click', { target: at(disabled!.x, disabled!.y) }),
          ],
        };
      },
      (request) => {
        const results = toolResults(request);
        expect(results.slice(0, 5).filter((r) => r.isError)).toEqual([]);
        expect(results[5]).toEqual({
          isError: true,
          text: expect.stringMatching(/^Error: button "Unavailable" is disabled\.$/),
        });
        const snap = lastUserText(request);
        return {
          content: [
            call('double_click', { target: ref(findRef(snap, /button "Double me"/)) }),
            call('right_click', { target: ref(findRef(snap, /button "Right-click me"/)) }),
            call('left_click', { target: ref(findRef(snap, /"Shortcut area"/)) }),
            call('key', { text: 'ctrl+shift+k' }),
            call('key', { text: 'a Return', repeat: 2 }),
            call('hold_key', { text: 'x', duration: 0.3 }),
            call('hover', { target: ref(findRef(snap, /button "Products"/)) }),
          ],
        };
      },
      (request) => {
        expect(toolResults(request).filter((r) => r.isError)).toEqual([]);
        const snap = lastUserText(request);
        behind = findRef(snap, /button "Behind the dialog"/);
        return {
          content: [
            call('left_click', { target: ref(findRef(snap, /link "Laptops"/)) }),
            call('left_click', { target: ref(findRef(snap, /button "Show shipping options"/)) }),
            call('left_click', { target: ref(behind) }),
            call('screenshot', {}),
          ],
        };
      },
      (request) => {
        const results = toolResults(request);
        expect(results[1]!.text).toMatch(/A dialog opened: dialog "Shipping options"/);
        expect(results[2]).toEqual({
          isError: true,
          text: expect.stringMatching(/^Not executed: a dialog opened .* after left_click\. Read the page again/),
        });
        expect(results[3]!.isError).toBe(false);
        return { content: [call('left_click', { target: ref(behind) })] };
      },
      (request) => {
        expect(toolResults(request)[0]).toEqual({
          isError: true,
          text: expect.stringMatching(
            /^Error: button "Behind the dialog" \[ref_\d+\] is covered by dialog "Shipping options"/,
          ),
        });
        const snap = lastUserText(request);
        return { content: [call('left_click', { target: ref(findRef(snap, /button "Close"/)) })] };
      },
    ]);
    if (outcome.status !== 'success') console.log(outcome.message, outcome.actions);
    expect(outcome.status).toBe('success');
    const state = await page.evaluate(() => (window as unknown as { gallery: Record<string, unknown> }).gallery);
    expect(state).toMatchObject({
      hovered: true,
      menuChoice: 'laptops',
      order: 'b,c,a',
      doubles: 1,
      context: true,
      dialog: 'closed',
      behind: 0,
    });
    expect((state.strokes as number[])[0]).toBeGreaterThanOrEqual(3);
    expect(state.keys).toEqual(['ctrl+shift+K', 'a', 'Enter', 'a', 'Enter', 'x']);
    expect((state.held as Record<string, number>).x).toBeGreaterThanOrEqual(250);
    await page.close();
  });

  it('acts inside nested shadow DOM, a same-origin iframe, a cross-origin iframe and a sandboxed one', async () => {
    const page = await openGallery(h, 'frames.html');
    await page.frameLocator('#cross').locator('#pay').waitFor();
    const cross = await page.locator('#cross').boundingBox();
    const outcome = await runTask(h, page, [
      (request) => {
        const snap = lastUserText(request);
        expect(snap).toMatch(/button "Save holder" \[ref_f\d+_\d+\]/);
        const lines = snap.split('\n');
        const crossAt = lines.findIndex((line) => /Cross-origin widget/.test(line));
        const crossPart = lines.slice(crossAt).join('\n');
        // A frame whose load failed is said to be unreadable, not waited for.
        expect(snap).toMatch(/iframe "Unreachable widget" \[ref_\d+\].*\n +\(frame content unavailable\)/);
        return {
          content: [
            call('form_input', { target: ref(findRef(snap, /textbox "Nickname"/)), value: 'ada' }),
            call('left_click', { target: ref(findRef(snap, /button "Save nickname"/)) }),
            call('form_input', { target: ref(findRef(snap, /textbox "Card holder"/)), value: 'Same Frame' }),
            call('left_click', { target: ref(findRef(snap, /button "Update holder"/)) }),
            call('left_click', { target: ref(findRef(crossPart, /textbox "Card holder"/)) }),
            call('type', { text: 'Cross Frame' }),
            call('left_click', { target: ref(findRef(crossPart, /button "Save holder"/)) }),
            call('left_click', { target: ref(findRef(snap, /button "Acknowledge note" \[(ref_f\d+_\d+)\]/)) }),
          ],
        };
      },
      (request) => {
        expect(toolResults(request).filter((r) => r.isError)).toEqual([]);
        expect(lastUserText(request)).toContain('saved for Cross Frame');
        return { content: [call('left_click', { target: at(cross!.x + 30, cross!.y + 70) })] };
      },
    ]);
    if (outcome.status !== 'success') console.log(outcome.message, outcome.actions);
    expect(outcome.status).toBe('success');
    expect(await page.evaluate(() => (window as unknown as { gallery: unknown }).gallery)).toEqual({
      shadow: 'ada',
      shadowClicks: 1,
    });
    expect(await page.frameLocator('#same').locator('#status').textContent()).toBe('saved for Same Frame');
    expect(await page.frameLocator('#cross').locator('#status').textContent()).toBe('saved for Cross Frame');
    expect(await page.frameLocator('#sandboxed').locator('#ack').textContent()).toBe('Acknowledged');
    await page.close();
  });

  it('refuses a re-rendered target, follows a new tab, stops a batch on navigation, scrolls an infinite feed', async () => {
    const page = await openGallery(h, 'dynamic.html');
    let rerendered = '';
    const outcome = await runTask(h, page, [
      async (request) => {
        rerendered = findRef(lastUserText(request), /button "Rerender me"/);
        await page.evaluate(() => (window as unknown as { rerender: () => void }).rerender());
        return { content: [call('left_click', { target: ref(rerendered) })] };
      },
      (request) => {
        expect(toolResults(request)[0]).toEqual({
          isError: true,
          text: expect.stringMatching(
            new RegExp(`${rerendered} \\(button "Rerender me"\\) is gone: the page removed or re-rendered it`),
          ),
        });
        const snap = lastUserText(request);
        return {
          content: [
            call('left_click', { target: ref(findRef(snap, /button "Rerender me"/)) }),
            call('find', { query: 'add one button' }),
            call('scroll', { target: at(400, 400), scroll_direction: 'down', scroll_amount: 10 }),
            call('get_page_text', {}),
          ],
        };
      },
      (request) => {
        const results = toolResults(request);
        expect(results.filter((r) => r.isError)).toEqual([]);
        expect(results[1]!.text).toMatch(/button "Add one" \[ref_\d+\]/);
        expect(results[2]!.text).toMatch(/new elements appeared/);
        expect(results[3]!.text).toContain('Story 11');
        const snap = lastUserText(request);
        return {
          content: [
            call('scroll_to', { target: ref(findRef(snap, /link "Open the docs in a new tab"/)) }),
            call('left_click', { target: ref(findRef(snap, /link "Open the docs in a new tab"/)) }),
          ],
        };
      },
      (request) => {
        const results = toolResults(request);
        expect(results[1]!.text).toMatch(
          /It opened a new tab \(tab_id \d+, http.*newtab\.html\); later actions go to that tab\./,
        );
        const snap = lastUserText(request);
        expect(snap).toContain('Documentation');
        return { content: [call('left_click', { target: ref(findRef(snap, /button "Mark as read"/)) })] };
      },
      (request) => {
        expect(toolResults(request)[0]!.isError).toBe(false);
        const original = /Other tabs: \[(\d+)\]/.exec(lastUserText(request))?.[1];
        return { content: [call('switch_tab', { tab_id: original })] };
      },
      (request) => {
        const snap = lastUserText(request);
        return {
          content: [
            call('left_click', { target: ref(findRef(snap, /link "Next page"/)) }),
            call('left_click', { target: ref(findRef(snap, /button "Add one"/)) }),
            call('read_page', { filter: 'interactive' }),
          ],
        };
      },
      (request) => {
        const results = toolResults(request);
        expect(results[0]!.text).toMatch(/The page navigated to http.*newtab\.html\?same/);
        expect(results[1]).toEqual({
          isError: true,
          text: expect.stringMatching(/^Not executed: the page navigated to .* after left_click\./),
        });
        expect(results[2]).toMatchObject({ isError: false, text: expect.stringContaining('Mark as read') });
        return {
          content: [
            call('navigate', { url: 'back' }),
            call('navigate', { url: 'forward' }),
            call('navigate', { url: 'reload' }),
          ],
        };
      },
      (request) => {
        const results = toolResults(request);
        expect(results.map((r) => r.isError)).toEqual([false, false, false]);
        expect(results[0]!.text).toMatch(/Navigated to http.*dynamic\.html/);
        return { content: [call('navigate', { url: 'javascript:alert(1)' })] };
      },
      (request) => {
        expect(toolResults(request)[0]).toEqual({
          isError: true,
          text: expect.stringMatching(/Navigation refused\. Only http and https/),
        });
        return { content: [] };
      },
    ]);
    if (outcome.status !== 'success') console.log(outcome.message, outcome.actions);
    expect(outcome.status).toBe('success');
    expect(await page.url()).toContain('newtab.html?same');
    for (const other of h.browser.context.pages())
      if (other.url().includes('newtab.html') && other !== page) await other.close();
    await page.close();
  });

  it('uploads an attached file, runs JavaScript when allowed, reads console and network', async () => {
    await attachFiles(h, [{ name: 'resume.txt', type: 'text/plain', data: Buffer.from('Ada CV').toString('base64') }]);
    const page = await openGallery(h, 'forms.html');
    const outcome = await runTask(h, page, [
      {
        content: [
          call('find', { query: 'resume file input' }),
          call('javascript_exec', {
            text: "console.log('hello from the agent'); fetch('airports.json').then((r) => r.status)",
          }),
          call('read_console', {}),
          call('read_network', {}),
        ],
      },
      (request) => {
        const results = toolResults(request);
        expect(results.filter((r) => r.isError)).toEqual([]);
        expect(results[1]!.text).toContain('200');
        expect(results[2]!.text).toContain('[log] hello from the agent');
        expect(results[3]!.text).toMatch(/GET http.*airports\.json → 200/);
        const resume = findRef(results[0]!.text, /"Resume"/);
        return {
          content: [
            call('form_input', { target: ref(resume), value: 'resume.txt' }),
            call('file_upload', { target: ref(resume), paths: ['/etc/passwd'] }),
          ],
        };
      },
      (request) => {
        const results = toolResults(request);
        expect(results[0]).toEqual({
          isError: true,
          text: expect.stringMatching(/is a file input; use file_upload\./),
        });
        expect(results[1]).toEqual({ isError: true, text: 'Not executed: an earlier action in this turn failed.' });
        return {
          content: [
            call('file_upload', { target: ref(findRef(lastUserText(request), /"Resume"/)), paths: ['/etc/passwd'] }),
          ],
        };
      },
      (request) => {
        expect(toolResults(request)[0]).toEqual({
          isError: true,
          text: expect.stringMatching(/"\/etc\/passwd" is not a file attached to this task\. Attached: "resume\.txt"/),
        });
        return {
          content: [
            call('file_upload', { target: ref(findRef(lastUserText(request), /"Resume"/)), paths: ['resume.txt'] }),
          ],
        };
      },
      (request) => {
        expect(toolResults(request)[0]).toMatchObject({
          isError: false,
          text: expect.stringContaining('resume.txt →'),
        });
        return { content: [] };
      },
    ]);
    if (outcome.status !== 'success') console.log(outcome.message, outcome.actions);
    expect(outcome.status).toBe('success');
    expect(await page.locator('#file-state').textContent()).toBe('resume.txt 6 bytes: Ada CV');
    await page.close();
  });
});

describe('what a page paints over its cross-origin frames', () => {
  beforeAll(async () => {
    await useSettings(h, { inputMode: 'synthetic' });
  });

  it("gives no ref to a frame's control under the page's banner, through a frame nested in that frame", async () => {
    // A cross-origin frame's snapshot cannot see what its parents paint over it: the parent's read sends it along.
    const page = await openGallery(h, 'covered-frames.html');
    await page.frameLocator('#embed').frameLocator('iframe').locator('a').first().waitFor();
    await page.frameLocator('#choices').locator('button').waitFor();
    const outcome = await runTask(h, page, [
      (request) => {
        const snap = lastUserText(request);
        for (const shown of [
          'button "Pause"',
          'link "Subtitles"',
          'button "Accept cookies"',
          'button "Manage choices"',
        ])
          expect(snap, shown).toMatch(new RegExp(`${shown} \\[ref_`));
        for (const hidden of ['button "Play"', 'link "Chapters"'])
          expect(snap, hidden).not.toMatch(new RegExp(`${hidden} \\[ref_`));
        return { content: [] };
      },
    ]);
    expect(outcome.status).toBe('success');
    await page.close();
  });

  it("keeps a frame's control under a bar that stays put when scrolling the page brings it out", async () => {
    const page = await openGallery(h, 'barred-frame.html');
    await page.frameLocator('#long').locator('button').first().waitFor();
    const outcome = await runTask(h, page, [
      (request) => {
        const snap = lastUserText(request);
        for (const shown of ['Clear', 'Under bar'])
          expect(snap, shown).toMatch(new RegExp(`button "${shown}" \\[ref_`));
        expect(snap).not.toMatch(/button "Under header" \[ref_/);
        return { content: [call('left_click', { target: ref(findRef(snap, /button "Under bar"/)) })] };
      },
      (request) => {
        expect(toolResults(request).filter((r) => r.isError)).toEqual([]);
        return { content: [] };
      },
    ]);
    expect(outcome.status).toBe('success');
    await page.close();
  });
});

describe('find, page text and drag points through cross-origin frames', () => {
  beforeAll(async () => {
    await useSettings(h, { inputMode: 'synthetic' });
  });

  /** The `x, y` a drag-point line gives for `ref`, in the top viewport. */
  const centreOf = (text: string, ref: string) => {
    const match = new RegExp(`^${ref}: centre \\((\\d+), (\\d+)\\)$`, 'm').exec(text);
    if (!match) throw new Error(`no drag point for ${ref} in:\n${text}`);
    return { x: Number(match[1]), y: Number(match[2]) };
  };
  const inside = (point: { x: number; y: number }, box: { x: number; y: number; width: number; height: number }) =>
    point.x >= box.x && point.x <= box.x + box.width && point.y >= box.y && point.y <= box.y + box.height;

  it('finds controls in every frame by one ranking, places them in the top viewport, and reads every frame', async () => {
    const page = await openGallery(h, 'frames.html');
    await page.frameLocator('#cross').locator('#pay').waitFor();
    const crossButton = await page.frameLocator('#cross').locator('#pay').boundingBox();
    const sameButton = await page.frameLocator('#same').locator('#pay').boundingBox();
    let crossRef = '';
    const outcome = await runTask(h, page, [
      () => ({
        content: [
          call('find', { query: 'save holder button' }),
          call('find', { query: 'update holder' }),
          call('find', { query: 'acknowledge note' }),
          call('get_page_text', {}),
        ],
      }),
      (request) => {
        const [cross, same, sandboxed, text] = toolResults(request);
        expect([cross, same, sandboxed, text].filter((r) => r?.isError)).toEqual([]);
        // The cross-origin frame's button is the best match, under its own ref namespace, ahead of the top page's.
        const lines = cross!.text.split('\n');
        const best = lines[lines.findIndex((line) => line.includes('best first:')) + 1] ?? '';
        expect(best).toMatch(/^button "Save holder" \[ref_f\d+_\d+\]$/);
        crossRef = findRef(best, /button "Save holder"/);
        expect(inside(centreOf(cross!.text, crossRef), crossButton!)).toBe(true);
        // A same-origin frame's element is measured where its frame sits, not at its place in its own document.
        const sameRef = findRef(same!.text, /button "Update holder"/);
        expect(inside(centreOf(same!.text, sameRef), sameButton!)).toBe(true);
        expect(sandboxed!.text).toMatch(/button "Acknowledge note" \[ref_f\d+_\d+\]/);
        // Page text holds each frame's text where the frame sits, and no slot is left open.
        expect(text!.text).toMatch(/Frames gallery[\s\S]*Update holder[\s\S]*Save holder[\s\S]*Acknowledge note/);
        expect(text!.text).not.toContain('<<frame');
        return { content: [call('left_click', { target: ref(crossRef) })] };
      },
      (request) => {
        expect(toolResults(request).filter((r) => r.isError)).toEqual([]);
        return { content: [] };
      },
    ]);
    if (outcome.status !== 'success') console.log(outcome.message, outcome.actions);
    expect(outcome.status).toBe('success');
    // The ref find gave routes to the frame that owns it.
    expect(await page.frameLocator('#cross').locator('#status').textContent()).toBe('saved for ');
    await page.close();
  });

  it("cuts a page's text stitched from its frames where one reading ends, and says so", async () => {
    const page = await openGallery(h, 'long-frames.html');
    for (const id of ['#first', '#second']) await page.frameLocator(id).locator('p').nth(299).waitFor();
    const outcome = await runTask(h, page, [
      () => ({ content: [call('get_page_text', {})] }),
      (request) => {
        const [text] = toolResults(request);
        expect(text!.isError).toBe(false);
        // Each frame's text fits one reading; both do not, and the cut is said.
        expect(text!.text).toContain('first paragraph 299:');
        expect(text!.text).toContain('second paragraph 0:');
        expect(text!.text).not.toContain('second paragraph 299:');
        expect(text!.text).toMatch(/\[Truncated at 50,000 characters: the page and its frames hold [\d,]+ more\./);
        expect(text!.text.length).toBeLessThan(52_000);
        return { content: [] };
      },
    ]);
    expect(outcome.status).toBe('success');
    await page.close();
  });

  it('reads a cross-origin frame half below the fold as a frame walked in place: what shows, then what is below', async () => {
    const page = await openGallery(h, 'tall-frame.html');
    await page.frameLocator('#form').locator('input').nth(19).waitFor();
    const outcome = await runTask(h, page, [
      (request) => {
        const snap = lastUserText(request);
        // The frame starts 400 px down an 800 px window: its first five fields show, the rest are summarized as
        // below the viewport (the page scrolls to them), not as past the edge of a window that does not scroll.
        expect(snap).toMatch(/textbox "Answer 1" \[ref_f\d+_\d+\]/);
        expect(snap).toMatch(/textbox "Answer 5" \[ref_f\d+_\d+\]/);
        expect(snap).not.toMatch(/textbox "Answer 12"/);
        expect(snap).toMatch(/^ +Below the viewport: ~15 fields\.$/m);
        expect(snap).not.toContain('Past the window edge');
        return { content: [call('find', { query: 'answer 12' }), call('find', { query: 'answer 2' })] };
      },
      (request) => {
        const [far, near] = toolResults(request);
        expect(far!.text).toMatch(/textbox "Answer 12" \[ref_f\d+_\d+\] \(outside the viewport\)/);
        expect(near!.text).toMatch(/textbox "Answer 2" \[ref_f\d+_\d+\]\n/);
        // Acting on the far field brings it into the page's view first.
        const far12 = findRef(far!.text, /textbox "Answer 12"/);
        return { content: [call('left_click', { target: ref(far12) }), call('type', { text: 'twelve' })] };
      },
      (request) => {
        expect(toolResults(request).filter((r) => r.isError)).toEqual([]);
        return { content: [] };
      },
    ]);
    if (outcome.status !== 'success') console.log(outcome.message);
    expect(outcome.status).toBe('success');
    expect(await page.frameLocator('#form').locator('input[name=a12]').inputValue()).toBe('twelve');
    await page.close();
  });

  it("does not find a frame's control that the page paints over, and finds what the banner holds", async () => {
    const page = await openGallery(h, 'covered-frames.html');
    await page.frameLocator('#embed').frameLocator('iframe').locator('a').first().waitFor();
    await page.frameLocator('#choices').locator('button').waitFor();
    const outcome = await runTask(h, page, [
      () => ({
        content: [
          call('find', { query: 'play button' }),
          call('find', { query: 'chapters link' }),
          call('find', { query: 'manage choices' }),
          call('find', { query: 'subtitles' }),
        ],
      }),
      (request) => {
        const [play, chapters, choices, subtitles] = toolResults(request);
        expect(play!.text).not.toMatch(/"Play" \[ref_/);
        expect(chapters!.text).not.toMatch(/"Chapters" \[ref_/);
        expect(choices!.text).toMatch(/button "Manage choices" \[ref_f\d+_\d+\]/);
        expect(subtitles!.text).toMatch(/link "Subtitles" \[ref_f\d+_\d+\]/);
        return { content: [] };
      },
    ]);
    expect(outcome.status).toBe('success');
    await page.close();
  });
});
