/** How long a best-effort request to a page is waited on: the page's script may never yield. */
const BRIEF_WAIT_MS = 1000;

/**
 * Best-effort work on a page (the live view's frame, taking the dialog guard back), waited on at most a second. It
 * still runs when the page gets round to it, in the order it was sent; only the task stops waiting (a Stop on a page
 * whose script never yields would otherwise end the task only when the page lets go).
 */
export async function briefly(work: Promise<unknown>): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    work.catch(() => undefined),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, BRIEF_WAIT_MS);
    }),
  ]).finally(() => clearTimeout(timer));
}
