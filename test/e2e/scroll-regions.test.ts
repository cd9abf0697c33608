import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRef, lastUserText } from '../support/model-server';
import {
  at,
  call,
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
 * An app shell whose window does not scroll, driven through the built extension by a scripted model that reads only
 * the page state: it scrolls the message pane at the centre the snapshot gives, scrolls the folder pane by its ref,
 * and clicks a message that only the pane's own scrolling brings into view.
 */
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

function centerOf(snapshot: string, pattern: RegExp): { x: number; y: number } {
  const line = snapshot.split('\n').find((l) => pattern.test(l));
  const m = line && /center=\((\d+),(\d+)\)/.exec(line);
  if (!m) throw new Error(`no scrollable region matching ${pattern} in:\n${snapshot}`);
  return { x: Number(m[1]), y: Number(m[2]) };
}

describe.each<InputMode>(['synthetic', 'debugger'])('scrollable regions with %s input', (inputMode) => {
  beforeAll(async () => {
    await useSettings(h, { inputMode });
  });

  it('scrolls an inner pane at its centre and another by its ref, then acts on what came into view', async () => {
    const page = await openGallery(h, 'app-shell.html');
    let firstSnapshot = '';
    let secondSnapshot = '';
    let scrollNote = '';
    const outcome = await runTask(h, page, [
      (request) => {
        firstSnapshot = lastUserText(request);
        const messages = centerOf(firstSnapshot, /^region "Messages" \[ref_\d+\] scrollable/);
        const folders = findRef(firstSnapshot, /^navigation "Folders" \[ref_\d+\] scrollable/);
        return {
          content: [
            call('scroll', { target: at(messages.x, messages.y), scroll_direction: 'down', scroll_amount: 10 }),
            call('scroll', { target: ref(folders), scroll_direction: 'down', scroll_amount: 5 }),
          ],
        };
      },
      (request) => {
        secondSnapshot = lastUserText(request);
        scrollNote = toolResults(request)[0]?.text ?? '';
        return { content: [call('left_click', { target: ref(findRef(secondSnapshot, /button "Open message 2\d"/)) })] };
      },
    ]);
    expect(outcome.status).toBe('success');
    expect(firstSnapshot).toMatch(/\(more below in this region: ~\d+ (links|buttons|checkboxes)/);
    expect(firstSnapshot).not.toMatch(/Below the viewport/);
    const scrolled = await page.evaluate(() => ({
      messages: (document.getElementById('messages') as HTMLElement).scrollTop,
      folders: (document.querySelector('nav') as HTMLElement).scrollTop,
      window: window.scrollY,
    }));
    expect(scrolled.messages).toBeGreaterThan(300);
    expect(scrolled.folders).toBeGreaterThan(200);
    // Ten notches (1,000 px) would carry the 800 px pane past rows never shown: one scroll moves at most 9/10 of the
    // view, and says so (with trusted input the browser's wheel is sent that much, not ten whole notches).
    expect(scrollNote).toMatch(/This region shows 800 px at a time, so it scrolled 720 px, not the 1000 px asked for/);
    expect(scrolled.messages).toBeLessThanOrEqual(720);
    expect(scrolled.window).toBe(0);
    expect(secondSnapshot).toMatch(/\(more above in this region: ~\d+ (links|buttons|checkboxes)/);
    expect(await page.textContent('#opened')).toMatch(/^Opened message 2\d\.$/);
    await page.close();
  });
});
