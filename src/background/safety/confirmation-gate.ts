import type { BetaToolUseBlock } from '@anthropic-ai/sdk/resources/beta';
import type { ElementFacts } from '../../shared/element-facts';
import type { ApprovalRequest } from '../../shared/approval';
import type { ConfirmationPolicy } from '../../shared/settings';
import { assessStakes, type Stakes } from './high-stakes';

export interface ConfirmDecision {
  approved: boolean;
  /** "Always allow on this site": the same kind of action on the same site is not asked again. */
  remember?: boolean;
}

/** `rect`: where the target element is in the viewport, so the person can be shown a picture of it. */
export type AskPerson = (request: ApprovalRequest, rect?: ElementFacts['rect']) => Promise<ConfirmDecision>;

/** Site origin → kinds of action a person allowed there for good. */
export type SiteApprovals = Record<string, string[]>;

/** Members that can change something; under the "always" policy each of them asks. */
const CHANGING = new Set(['left_click', 'right_click', 'middle_click', 'double_click', 'triple_click', 'left_click_drag', 'left_mouse_down', 'left_mouse_up', 'type', 'key', 'hold_key', 'form_input', 'file_upload', 'javascript_exec']);
/** Members worth reading the target's facts for. */
const ACTIVATING = new Set(['left_click', 'double_click', 'triple_click', 'key', 'type']);

/**
 * Pauses an irreversible or high-stakes action until a person approves it. The SDK's own `confirm` hook sees only
 * the model's input; this gate also reads what the element is, and it is the one place the policy is applied.
 */
export class ConfirmationGate {
  private nextId = 1;

  constructor(
    private readonly policy: ConfirmationPolicy,
    private readonly approvals: SiteApprovals,
    private readonly ask: AskPerson,
    private readonly remember: (origin: string, category: string) => Promise<void>,
  ) {}

  needsFacts(member: string): boolean {
    return this.policy !== 'never' && ACTIVATING.has(member);
  }

  /** Undefined to go ahead, or the refusal the model reads. */
  async check(toolUse: BetaToolUseBlock, pageUrl: string, facts: ElementFacts | undefined, intent: string | undefined): Promise<string | undefined> {
    if (this.policy === 'never') return undefined;
    const input = toolUse.input as { text?: unknown };
    const text = typeof input.text === 'string' ? input.text : undefined;
    let stakes: Stakes | undefined = assessStakes({
      member: toolUse.name,
      pageUrl,
      ...(text !== undefined ? { text } : {}),
      ...(facts ? { element: facts } : {}),
      ...(intent ? { intent } : {}),
    });
    if (!stakes && this.policy === 'always' && CHANGING.has(toolUse.name)) stakes = { category: 'action', reason: 'every action is confirmed (Settings)' };
    if (!stakes) return undefined;
    const origin = originOf(pageUrl);
    if (this.approvals[origin]?.includes(stakes.category)) return undefined;

    const decision = await this.ask({
      kind: 'confirmation',
      id: `confirm-${Date.now()}-${this.nextId++}`,
      action: describeAction(toolUse.name, facts, text, origin),
      reason: stakes.reason,
      category: stakes.category,
      member: toolUse.name,
      site: origin,
      ...(facts ? { target: { role: facts.role, name: facts.name } } : {}),
      ...(intent ? { intent } : {}),
    }, facts?.rect);
    if (!decision.approved) {
      return `Error: The user did not approve this action (${stakes.reason}). Do not attempt it another way; continue without it, or call done with success false if the task needs it.`;
    }
    if (decision.remember) {
      this.approvals[origin] = [...(this.approvals[origin] ?? []), stakes.category];
      await this.remember(origin, stakes.category);
    }
    return undefined;
  }
}

/** The action in words, as the person approving it sees it: what, on which element, on which site. */
export function describeAction(member: string, facts: ElementFacts | undefined, text: string | undefined, origin: string): string {
  const element = facts ? (facts.name ? `${facts.role} "${facts.name}"` : facts.role) : 'the page';
  const verb: Record<string, string> = {
    left_click: 'Click',
    double_click: 'Double-click',
    triple_click: 'Triple-click',
    right_click: 'Right-click',
    key: `Press ${text ?? 'a key'} in`,
    type: `Type "${(text ?? '').slice(0, 60)}" into`,
    form_input: 'Set',
  };
  return `${verb[member] ?? member} ${element} on ${origin}`;
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}
