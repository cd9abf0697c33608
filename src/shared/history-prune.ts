import type { TaskState } from './task';

/**
 * chrome.storage.local holds 10 MB in all (without the unlimitedStorage permission) and settings live there too, so
 * history keeps well under it. Sizes are counted as Chrome does: the length of the JSON.
 */
export const HISTORY_BUDGET_CHARS = 6_000_000;
export const MAX_HISTORY_ENTRIES = 300;

/**
 * Fits the history (newest first) into the budget: screenshots are the bulk, so the oldest runs lose theirs first;
 * whole runs go, oldest first, only when no screenshots are left to drop.
 */
export function pruneHistory(
  entries: TaskState[],
  budget = HISTORY_BUDGET_CHARS,
  maxEntries = MAX_HISTORY_ENTRIES,
): TaskState[] {
  const kept = entries.slice(0, maxEntries);
  const sizes = kept.map((entry) => JSON.stringify(entry).length);
  let total = sizes.reduce((sum, size) => sum + size, 0);
  for (let i = kept.length - 1; i >= 0 && total > budget; i--) {
    const entry = kept[i]!;
    if (!entry.steps.some((step) => step.screenshot)) continue;
    const stripped = { ...entry, steps: entry.steps.map(({ screenshot: _dropped, ...step }) => step) };
    const size = JSON.stringify(stripped).length;
    total -= sizes[i]! - size;
    sizes[i] = size;
    kept[i] = stripped;
  }
  while (kept.length > 0 && total > budget) {
    kept.pop();
    total -= sizes.pop()!;
  }
  return kept;
}
