import { TabwrightError } from '../../shared/errors';
import { loadSettings } from '../../shared/settings';
import { ensureTab } from '../browser/content-channel';

const TIMEOUT_MS = 30_000;

type PageOutcome = { ok: true; json: string } | { ok: false; error: string };

/**
 * Runs a script in the page's own world and returns its JSON value. Off unless the user allowed JavaScript in
 * settings, because it gives the caller the page's full power (cookies, the signed-in session, the DOM).
 */
export async function evaluateInPage(tabId: number, code: string, args: unknown): Promise<unknown> {
  if (!(await loadSettings()).allowJavascript) {
    throw new TabwrightError(
      'invalid_option',
      'Running JavaScript in pages is off. Turn on "Allow JavaScript" in Tabwright Settings to use evaluateJs.',
      'allowJavascript',
    );
  }
  await ensureTab(tabId);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new TabwrightError('internal', `The script did not finish within ${TIMEOUT_MS / 1000} seconds.`)),
      TIMEOUT_MS,
    );
  });
  try {
    const injection = chrome.scripting.executeScript({
      target: { tabId },
      world: 'MAIN',
      func: runInPage,
      args: [code, args ?? null],
    });
    const [frame] = await Promise.race([injection, timeout]);
    const outcome = frame?.result as PageOutcome | undefined;
    if (!outcome) throw new TabwrightError('page_forbidden', 'The page did not run the script.');
    if (!outcome.ok) throw new TabwrightError('invalid_option', outcome.error, 'code');
    return JSON.parse(outcome.json);
  } catch (error) {
    if (error instanceof TabwrightError) throw error;
    throw new TabwrightError(
      'page_forbidden',
      `The script could not run in this page: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Injected on its own (it may use nothing from this module). Like Playwright's evaluate: the code is evaluated, and
 * when it is a function it is called with `args`; a promise is awaited. Indirect eval obeys the page's CSP.
 */
async function runInPage(code: string, args: unknown): Promise<PageOutcome> {
  try {
    // Called as a method, eval is indirect: the code runs in the page's global scope, not in this function's.
    // biome-ignore lint/security/noGlobalEval: evaluateJs exists to run the caller's code, and only when the user allowed it.
    const evaluated: unknown = globalThis.eval(code);
    const value: unknown = await (typeof evaluated === 'function' ? evaluated(args) : evaluated);
    const json = JSON.stringify(value === undefined ? null : value);
    if (json === undefined)
      return { ok: false, error: 'The script returned a value that is not JSON (a function or a symbol).' };
    return { ok: true, json };
  } catch (error) {
    if (error instanceof EvalError) {
      return { ok: false, error: `This page's Content Security Policy forbids evaluating scripts (${error.message}).` };
    }
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { ok: false, error: `The script threw ${text}` };
  }
}
