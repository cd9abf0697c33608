import { afterEach, describe, expect, it, vi } from 'vitest';
import { untilStopped } from '../../../src/background/agent/until-stopped';
import { ANSWER_TIMEOUT_MS, withinAnswerTime } from '../../../src/background/browser/answer-time';
import { setLiveView } from '../../../src/background/browser/live-view';
import { takeDialogNotes } from '../../../src/background/browser/native-dialogs';
import { unreadablePage } from '../../../src/background/browser/unreadable-page';
import { secretScreenGuard } from '../../../src/background/safety/screen-guard';
import { parseSecrets } from '../../../src/background/safety/secrets';
import { installFakeChrome } from '../../support/fake-chrome';
import { TabwrightError } from '../../../src/shared/errors';

/** A page whose script never yields never answers: neither the model nor Stop may wait on it forever. */
const never = () => new Promise<string>(() => undefined);

describe('a page that never answers', () => {
  afterEach(() => vi.useRealTimers());

  it('costs the model one tool error after the answer bound, not the task', async () => {
    vi.useFakeTimers();
    const answer = withinAnswerTime(never());
    const outcome = expect(answer).rejects.toThrow(
      /^Error: The page did not answer within 20 seconds: a script on it keeps it busy\. It may answer later/,
    );
    await vi.advanceTimersByTimeAsync(ANSWER_TIMEOUT_MS - 1);
    await vi.advanceTimersByTimeAsync(1);
    await outcome;
  });

  it('passes a page that answers in time through, and leaves no timer behind', async () => {
    vi.useFakeTimers();
    await expect(withinAnswerTime(Promise.resolve('read'))).resolves.toBe('read');
    await expect(withinAnswerTime(Promise.reject(new Error('no receiver')))).rejects.toThrow('no receiver');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('lets Stop end the task at once, with the reason given, while the call still hangs', async () => {
    const controller = new AbortController();
    const run = untilStopped(never(), controller.signal);
    controller.abort('Stopped from the script (Ctrl-C).');
    const error = await run.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TabwrightError);
    expect(error).toMatchObject({ code: 'interrupted', message: 'Stopped from the script (Ctrl-C).' });
    // Stopped before it began: refused at once, and the abandoned work's own failure is not left unhandled.
    await expect(untilStopped(Promise.reject(new Error('late')), controller.signal)).rejects.toMatchObject({
      code: 'interrupted',
    });
  });

  it('takes back the live view waiting a second at most, and fails a picture whose page cannot hide it', async () => {
    vi.useFakeTimers();
    const fake = installFakeChrome();
    try {
      Object.assign(chrome.tabs, { sendMessage: never });
      let off = false;
      void setLiveView(1, 'off').then(() => {
        off = true;
      });
      await vi.advanceTimersByTimeAsync(999);
      expect(off).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(off).toBe(true);
      // A picture is never taken with the frame showing, nor waited on forever.
      const conceal = expect(setLiveView(1, 'conceal')).rejects.toThrow(/The page did not answer within 20 seconds/);
      await vi.advanceTimersByTimeAsync(ANSWER_TIMEOUT_MS);
      await conceal;
    } finally {
      fake.uninstall();
    }
  });

  it('returns what the work returns while nobody stops it', async () => {
    const controller = new AbortController();
    await expect(untilStopped(Promise.resolve(7), controller.signal)).resolves.toBe(7);
    await expect(untilStopped(Promise.reject(new Error('page gone')), controller.signal)).rejects.toThrow('page gone');
  });

  it('reads a page that runs no script (busy, or showing a dialog) as one that does not answer, after the bound', async () => {
    vi.useFakeTimers();
    const fake = installFakeChrome();
    try {
      const tab = fake.tabs.add({ url: 'https://shop.example/cart' });
      Object.assign(chrome, {
        scripting: { executeScript: never },
        webNavigation: {
          ...chrome.webNavigation,
          getFrame: async () => ({ errorOccurred: false }),
          getAllFrames: async () => [{ frameId: 0, errorOccurred: false, url: 'https://shop.example/cart' }],
        },
      });
      let read: Awaited<ReturnType<typeof unreadablePage>> | 'waiting' = 'waiting';
      void unreadablePage(tab.id).then((page) => {
        read = page;
      });
      await vi.advanceTimersByTimeAsync(ANSWER_TIMEOUT_MS - 1);
      expect(read).toBe('waiting');
      await vi.advanceTimersByTimeAsync(1);
      expect(read).toEqual({
        message:
          'The page in this tab (https://shop.example/cart) does not answer: a script on it keeps it busy, or it ' +
          'shows a dialog (an alert, a confirmation, a "leave this page?" prompt) that waits for a person. Answer ' +
          'the dialog or reload the page, or open another one.',
        empty: false,
      });
      // The dialog notes after an action are not waited on for ever either: none are read from such a page.
      const notes = takeDialogNotes(tab.id, [0]);
      await vi.advanceTimersByTimeAsync(ANSWER_TIMEOUT_MS);
      await expect(notes).resolves.toEqual([]);
      // Nor is a picture taken of a page whose text cannot be checked for a secret.
      const guard = secretScreenGuard(
        parseSecrets({ card: { value: 'Vault-Key-7731x', allowedUrls: ['https://shop.example/*'] } }),
      )!;
      const verdict = guard(tab.id);
      await vi.advanceTimersByTimeAsync(ANSWER_TIMEOUT_MS);
      await expect(verdict).resolves.toMatch(/^No picture of this page was taken: its text could not be checked/);
    } finally {
      fake.uninstall();
    }
  });

  it('still tells a PDF and a page apart when the page answers', async () => {
    const fake = installFakeChrome();
    try {
      const tab = fake.tabs.add({ url: 'https://shop.example/invoice.pdf' });
      let contentType = 'application/pdf';
      Object.assign(chrome, {
        scripting: { executeScript: async () => [{ frameId: 0, result: contentType }] },
        webNavigation: {
          ...chrome.webNavigation,
          getFrame: async () => ({ errorOccurred: false }),
          getAllFrames: async () => [{ frameId: 0, errorOccurred: false, url: 'https://shop.example/cart' }],
        },
      });
      expect((await unreadablePage(tab.id))?.message).toMatch(/^This tab shows a PDF document/);
      contentType = 'text/html';
      expect(await unreadablePage(tab.id)).toBeUndefined();
    } finally {
      fake.uninstall();
    }
  });
});
