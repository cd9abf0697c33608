/**
 * The elements the confirmation gate judged, by token: `content/describe` hands the service worker a token for what it
 * read at a point or the focus, and the action that follows carries it back, so the action lands only on what was
 * judged (see judged-target.ts). A few recent entries suffice: a call's action follows its own describe.
 */
const KEEP = 16;
const judged = new Map<string, { element: Element; key: string }>();

export function rememberJudged(element: Element, key: string): string {
  const token = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
  judged.set(token, { element, key });
  for (const old of judged.keys()) {
    if (judged.size <= KEEP) break;
    judged.delete(old);
  }
  return token;
}

export function recallJudged(token: string): { element: Element; key: string } | undefined {
  return judged.get(token);
}
