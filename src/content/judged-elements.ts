/**
 * The elements the confirmation gate judged, by token: `content/describe` hands the service worker a token for what it
 * read at a point or the focus, and the action that follows carries it back, so the action lands only on what was
 * judged (see judged-target.ts). A few recent entries suffice: a call's action follows its own describe.
 */
const KEEP = 16;
/**
 * `whole`: every fact judged; `decisive`: the facts that say what an activation does (name, labels, href, the form it
 * submits, its choices, its surroundings), without the text around it, which pages update on their own.
 */
export interface JudgedKeys {
  whole: string;
  decisive: string;
}

const judged = new Map<string, { element: Element } & JudgedKeys>();

export function rememberJudged(element: Element, keys: JudgedKeys): string {
  const token = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
  judged.set(token, { element, ...keys });
  for (const old of judged.keys()) {
    if (judged.size <= KEEP) break;
    judged.delete(old);
  }
  return token;
}

export function recallJudged(token: string): ({ element: Element } & JudgedKeys) | undefined {
  return judged.get(token);
}
