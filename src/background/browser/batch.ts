import type { BetaToolResultBlockParam, BetaToolUseBlock } from '@anthropic-ai/sdk/resources/beta';
import { batchBreak, breaksFocus, type PageChange } from './page-change';

/** The toolset's contract for a batch: calls after a failed one are not run, and say so in these exact words. */
export const NOT_EXECUTED = 'Not executed: an earlier action in this turn failed.';
/** How every result of a call the batch skipped begins (after a failure, or after a page change). */
export const NOT_EXECUTED_PREFIX = 'Not executed:';

/**
 * Members that read, navigate by URL or manage tabs: they never act on refs, points or focus chosen before the change,
 * so a page change does not stop them.
 */
const INDEPENDENT = new Set(['navigate', 'read_page', 'find', 'get_page_text', 'screenshot', 'zoom', 'wait', 'list_tabs', 'new_tab', 'switch_tab', 'close_tab', 'read_console', 'read_network']);
/** Members that act on the focus rather than a ref or a point: only a new document or tab invalidates them. */
const FOCUS_ONLY = new Set(['type', 'key', 'hold_key']);

export interface BatchHost {
  /** How many actions have reported a change so far, and the last one. */
  readonly changes: { count: number; last: PageChange | null };
}

/**
 * One model turn's calls, run in order. After a failure the rest are answered with the toolset's fixed text; after an
 * action that changed the page under the batch (navigation, new tab, a dialog, many new elements), the calls that
 * act on a ref, a point or the focus are skipped with the reason, while reads still run.
 */
export class BrowserBatch {
  private failed = false;
  private broken: { after: string; reason: string; focus: boolean } | null = null;
  private readonly host: BatchHost;
  private seen: number;
  /** Results this batch wrote itself: a skip is not a failure of the page. */
  private readonly own = new WeakSet<BetaToolResultBlockParam>();

  constructor(host: BatchHost) {
    this.host = host;
    this.seen = host.changes.count;
  }

  /** The result for a call that must not run, or null to run it. */
  skipped(toolUse: BetaToolUseBlock): BetaToolResultBlockParam | null {
    let result: BetaToolResultBlockParam | null = null;
    if (this.failed) result = notRun(toolUse, NOT_EXECUTED);
    else if (this.broken && !INDEPENDENT.has(toolUse.name) && (this.broken.focus || !FOCUS_ONLY.has(toolUse.name))) {
      result = notRun(toolUse, `${NOT_EXECUTED_PREFIX} ${this.broken.reason} after ${this.broken.after}. Read the page again, then act on what is there now.`);
    }
    if (result) this.own.add(result);
    return result;
  }

  /** Records what a call that ran did: a failure, or a page change, decides what the rest of the batch may do. */
  ran(toolUse: BetaToolUseBlock, result: BetaToolResultBlockParam): void {
    if (this.own.has(result)) return;
    if (result.is_error) this.failed = true;
    const change = this.host.changes.count > this.seen ? this.host.changes.last : null;
    this.seen = this.host.changes.count;
    const reason = change ? batchBreak(change) : null;
    if (change && reason) this.broken = { after: toolUse.name, reason, focus: breaksFocus(change) };
  }
}

function notRun(toolUse: BetaToolUseBlock, content: string): BetaToolResultBlockParam {
  const toolsetName = (toolUse as { toolset_name?: string | null }).toolset_name;
  return { type: 'tool_result', tool_use_id: toolUse.id, is_error: true, content, ...(toolsetName ? { toolset_name: toolsetName } : {}) };
}
