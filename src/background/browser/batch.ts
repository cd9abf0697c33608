import type { BetaToolResultBlockParam, BetaToolUseBlock } from '@anthropic-ai/sdk/resources/beta';
import { traitsOf } from '../../shared/member-catalogue';
import { batchBreak, breaksFocus, type PageChange } from './page-change';

/** The toolset's contract for a batch: calls after a failed one are not run, and say so in these exact words. */
export const NOT_EXECUTED = 'Not executed: an earlier action in this turn failed.';
/** How every result of a call the batch skipped begins (after a failure, or after a page change). */
export const NOT_EXECUTED_PREFIX = 'Not executed:';

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
    else if (
      this.broken &&
      actsOnEarlierRead(toolUse.name) &&
      (this.broken.focus || traitsOf(toolUse.name)?.acts !== 'focus')
    ) {
      result = notRun(
        toolUse,
        `${NOT_EXECUTED_PREFIX} ${this.broken.reason} after ${this.broken.after}. Read the page again, then act on what is there now.`,
      );
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

/**
 * Members that act on a ref, a point, the focus or the page as read before a change; those that read, navigate by URL
 * or manage tabs (acts: none) are not stopped by a page change. An unknown name is treated as acting.
 */
function actsOnEarlierRead(name: string): boolean {
  return traitsOf(name)?.acts !== 'none';
}

function notRun(toolUse: BetaToolUseBlock, content: string): BetaToolResultBlockParam {
  const toolsetName = (toolUse as { toolset_name?: string | null }).toolset_name;
  return {
    type: 'tool_result',
    tool_use_id: toolUse.id,
    is_error: true,
    content,
    ...(toolsetName ? { toolset_name: toolsetName } : {}),
  };
}
