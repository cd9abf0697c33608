import { traitsOf } from '../../shared/member-catalogue';
import { NOT_EXECUTED_PREFIX } from '../browser/batch';

/**
 * Notices an agent going round in circles — the same action again and again, or actions that leave the page
 * unchanged — and answers with escalating nudges. It never blocks an action; only a run of consecutive failures
 * ends the task, because by then the model has been told each time what went wrong.
 */
export interface GuardedAction {
  tool: string;
  input: unknown;
  ok: boolean;
  result: string;
}

export interface LoopGuardLimits {
  /** Repeats of one action (within the window) at which a nudge is sent; the last is the strongest. */
  repeatNudges: number[];
  /** Consecutive acting steps that leave the page unchanged at which a nudge is sent. */
  unchangedNudges: number[];
  window: number;
  maxConsecutiveFailures: number;
}

export const DEFAULT_LIMITS: LoopGuardLimits = {
  repeatNudges: [3, 5, 8],
  unchangedNudges: [3, 5, 8],
  window: 20,
  maxConsecutiveFailures: 5,
};

export class LoopGuard {
  private readonly limits: LoopGuardLimits;
  private readonly recent: string[] = [];
  private consecutiveFailures = 0;
  private lastFailure = '';
  private unchangedSteps = 0;
  private lastFingerprint: string | undefined;

  constructor(limits: LoopGuardLimits = DEFAULT_LIMITS) {
    this.limits = limits;
  }

  /** Records one step's actions and the page after them; returns a nudge for the model, if one is due. */
  afterStep(actions: GuardedAction[], pageFingerprint: string): string | undefined {
    const nudges: string[] = [];
    // Members that only look: repeating them is reading, not looping, and they do not change the page.
    const acting = actions.filter((action) => traitsOf(action.tool)?.reads !== true);
    for (const action of actions) {
      // A call the batch skipped did not fail on the page; one bad action must not count once per skipped call.
      if (action.result.startsWith(NOT_EXECUTED_PREFIX)) continue;
      if (action.ok) this.consecutiveFailures = 0;
      else {
        this.consecutiveFailures++;
        this.lastFailure = action.result;
      }
    }
    for (const action of acting) {
      const key = actionKey(action);
      this.recent.push(key);
      if (this.recent.length > this.limits.window) this.recent.shift();
      const repeats = this.recent.filter((k) => k === key).length;
      const level = this.limits.repeatNudges.indexOf(repeats);
      if (level >= 0) nudges.push(repeatNudge(action.tool, repeats, level === this.limits.repeatNudges.length - 1));
    }
    if (acting.length > 0) {
      this.unchangedSteps = pageFingerprint === this.lastFingerprint ? this.unchangedSteps + 1 : 0;
      const level = this.limits.unchangedNudges.indexOf(this.unchangedSteps);
      if (level >= 0)
        nudges.push(unchangedNudge(this.unchangedSteps, level === this.limits.unchangedNudges.length - 1));
    }
    this.lastFingerprint = pageFingerprint;
    return nudges.length > 0 ? [...new Set(nudges)].join(' ') : undefined;
  }

  /** Why the task should end as failed, once too many actions in a row have failed. */
  failureReason(): string | undefined {
    if (this.consecutiveFailures < this.limits.maxConsecutiveFailures) return undefined;
    return `${this.consecutiveFailures} actions failed in a row; the last one: ${this.lastFailure}`;
  }
}

/** Same member, same target and same value count as the same action; ids and tab ids do not matter. */
export function actionKey(action: { tool: string; input: unknown }): string {
  return `${action.tool}:${stableJson(action.input, new Set(['tab_id']))}`;
}

function stableJson(value: unknown, skip: Set<string>): string {
  if (Array.isArray(value)) return `[${value.map((item) => stableJson(item, skip)).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([key]) => !skip.has(key))
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item, skip)}`).join(',')}}`;
  }
  return JSON.stringify(typeof value === 'string' ? value.trim().toLowerCase() : value) ?? 'null';
}

function repeatNudge(tool: string, repeats: number, last: boolean): string {
  return last
    ? `You have now done the same ${tool} ${repeats} times. It is not working: stop repeating it. Either take ` +
        `a clearly different approach or call done with success false and explain what blocks you.`
    : `Note: you have done the same ${tool} ${repeats} times. If it did not have the effect you expected, try ` +
        `something different (another element, read_page to check the state, or a different route).`;
}

function unchangedNudge(steps: number, last: boolean): string {
  return last
    ? `Your last ${steps} steps did not change the page at all. Re-think the approach, or call done with success false if the task cannot be done.`
    : `Your last ${steps} steps left the page unchanged. Check with read_page or a screenshot whether your actions have any effect.`;
}

/** A cheap fingerprint of what the model sees of the page: equal text means no visible change. */
export function pageFingerprint(url: string, snapshot: string): string {
  let hash = 2166136261;
  const text = `${url}\n${snapshot.replace(/^\s*\*/gm, '')}`;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return `${text.length}:${(hash >>> 0).toString(36)}`;
}
