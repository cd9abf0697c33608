// "New since the previous snapshot": a MutationObserver per document / shadow root records the
// nodes inserted between two snapshots. An element is new when it, or one of its flat-tree
// ancestors, was inserted. Nothing is new in the first snapshot of a document (there is no
// previous one to compare with). Marker in the output: a leading `*` on the line.

let added = new WeakSet<Node>();
const observed = new WeakSet<Node>();
const observers: MutationObserver[] = [];
let snapshotsTaken = 0;

function record(mutations: MutationRecord[]): void {
  for (const m of mutations) for (const node of m.addedNodes) added.add(node);
}

/** Starts watching a document or shadow root for insertions (idempotent). */
export function watch(root: Document | ShadowRoot): void {
  if (observed.has(root)) return;
  observed.add(root);
  const view = (root.ownerDocument ?? (root as Document)).defaultView;
  if (!view) return;
  const observer = new view.MutationObserver(record);
  observer.observe(root, { childList: true, subtree: true });
  observers.push(observer);
}

/** Flushes pending records; returns whether elements can be marked new in this snapshot. */
export function beginSnapshot(): boolean {
  for (const o of observers) record(o.takeRecords());
  return snapshotsTaken > 0;
}

export function wasInserted(node: Node): boolean {
  return added.has(node);
}

/** The next snapshot compares against this one. */
export function endSnapshot(): void {
  for (const o of observers) o.takeRecords();
  added = new WeakSet<Node>();
  snapshotsTaken++;
}
