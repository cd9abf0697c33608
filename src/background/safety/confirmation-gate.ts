import type { BetaToolUseBlock } from '@anthropic-ai/sdk/resources/beta';
import type { ElementFacts } from '../../shared/element-facts';
import type { ApprovalRequest } from '../../shared/approval';
import type { ConfirmationPolicy } from '../../shared/settings';
import { parseModifiers } from '../../shared/keys';
import { traitsOf } from '../../shared/member-catalogue';
import { toHttpUrl } from '../browser/navigation';
import { assessStakes, type Stakes } from './high-stakes';

export interface ConfirmDecision {
  approved: boolean;
  /** "Always allow on this site": the same kind of action on the same site is not asked again. */
  remember?: boolean;
}

/**
 * `at`: the tab the call acts on and where its element is in that tab's viewport, so the person can be shown a
 * picture of that element (not of whatever another tab shows there).
 */
export type AskPerson = (
  request: ApprovalRequest,
  at?: { tabId?: number; rect: NonNullable<ElementFacts['rect']> },
) => Promise<ConfirmDecision>;

/** Site origin → kinds of action a person allowed there for good. */
export type SiteApprovals = Record<string, string[]>;

/** What the gate knows of a call's target, read from the page (see action-target.ts). */
export interface GateTarget {
  /** The tab the call acts on (its `tab_id`, else the active tab). */
  tabId?: number;
  /** The URL of the document the call really reaches (its tab and frame). */
  url: string;
  facts?: ElementFacts;
  /** A drag's press point: the element there receives the press, so it is judged too. */
  pressed?: ElementFacts;
  leavesDirtyForm?: boolean;
  /** A reload of a page a form submission produced (it would send the form again). */
  resendsForm?: boolean;
  /** What the call would activate could not be read (its frame did not answer). */
  unreadable?: boolean;
}

/**
 * Pauses an irreversible or high-stakes action until a person approves it. The SDK's own `confirm` hook sees only
 * the model's input; this gate also reads what the element is, and it is the one place the policy is applied.
 */
export class ConfirmationGate {
  private nextId = 1;
  /** Calls this gate let through, so the SDK's own confirm hook runs them without asking a second time. */
  private readonly passed = new Set<string>();
  /** Calls judged high-stakes that a person let through (now or for good): only these may send a form post. */
  private readonly approved = new Set<string>();

  constructor(
    private readonly policy: ConfirmationPolicy,
    private readonly approvals: SiteApprovals,
    private readonly ask: AskPerson,
    private readonly remember: (origin: string, category: string) => Promise<void>,
    /** Whether an address answered with a file that was held earlier in the task (see SiteFence). */
    private readonly heldDownloadFrom: (url: string) => boolean = () => false,
  ) {}

  /** Whether a call's target must be read from the page before it is judged: what it activates, or what it leaves. */
  needsFacts(member: string): boolean {
    const traits = traitsOf(member);
    return this.policy !== 'never' && traits !== undefined && (traits.activates || traits.navigates);
  }

  /**
   * The SDK toolset's confirm hook: true only for a call this gate let through (each once), so what the gate asked
   * about is not asked again and nothing reaches the SDK around the gate.
   */
  readonly confirmHook = (call: { toolUse?: { id?: string } | undefined }): boolean => {
    const id = call.toolUse?.id;
    return id !== undefined && this.passed.delete(id);
  };

  /** Whether a call was judged high-stakes and a person let it through (each call once). */
  wasApproved(toolUseId: string): boolean {
    return this.approved.delete(toolUseId);
  }

  /** Undefined to go ahead, or the refusal the model reads. */
  async check(toolUse: BetaToolUseBlock, target: GateTarget, intent: string | undefined): Promise<string | undefined> {
    const refusal = await this.judge(toolUse, target, intent);
    if (refusal === undefined) this.passed.add(toolUse.id);
    return refusal;
  }

  private async judge(
    toolUse: BetaToolUseBlock,
    target: GateTarget,
    intent: string | undefined,
  ): Promise<string | undefined> {
    if (this.policy === 'never') return undefined;
    const { url: pageUrl, facts } = target;
    const input = toolUse.input as { text?: unknown; url?: unknown; value?: unknown; modifiers?: unknown };
    const text = typeof input.text === 'string' ? input.text : undefined;
    const url = typeof input.url === 'string' ? openedUrl(input.url) : undefined;
    const value = ['string', 'number', 'boolean'].includes(typeof input.value) ? String(input.value) : undefined;
    const modifiers = clickModifiers(input.modifiers);
    const action = {
      member: toolUse.name,
      pageUrl,
      ...(text !== undefined ? { text } : {}),
      ...(url !== undefined ? { url } : {}),
      ...(value !== undefined ? { value } : {}),
      ...(modifiers.length > 0 ? { modifiers } : {}),
      ...(intent ? { intent } : {}),
      ...(target.leavesDirtyForm ? { leavesDirtyForm: true } : {}),
      ...(target.resendsForm ? { resendsForm: true } : {}),
    };
    let stakes: Stakes | undefined =
      assessStakes({ ...action, ...(facts ? { element: facts } : {}) }) ??
      (target.pressed ? assessStakes({ ...action, element: target.pressed }) : undefined);
    const traits = traitsOf(toolUse.name);
    // Going to an address whose file was held (by navigate, or its link again) would save it: a download.
    const address = url ?? facts?.href;
    if (!stakes && address && this.heldDownloadFrom(address)) {
      stakes = { category: 'download', reason: `${address.split('?')[0]} answers with a file to download` };
    }
    if (!stakes && traits?.activates && target.unreadable) {
      stakes = { category: 'action', reason: 'what it would activate could not be read from the page' };
    }
    // An unknown member never reaches here (the loop refuses it); one without traits would be asked about.
    if (!stakes && this.policy === 'always' && (!traits || traits.changesPage || traits.navigates)) {
      stakes = { category: 'action', reason: 'every action is confirmed (Settings)' };
    }
    if (!stakes) return undefined;
    const origin = originOf(pageUrl);
    // An opaque origin ("null": a data: frame, a file) is no site: every such document would share a standing approval.
    const site = origin === 'null' ? undefined : origin;
    if (site && Object.hasOwn(this.approvals, site) && this.approvals[site]!.includes(stakes.category)) {
      this.approved.add(toolUse.id);
      return undefined;
    }

    const decision = await this.ask(
      {
        kind: 'confirmation',
        id: `confirm-${Date.now()}-${this.nextId++}`,
        action: describeAction(toolUse.name, facts, typeof input.url === 'string' ? input.url : text, origin),
        reason: stakes.reason,
        category: stakes.category,
        member: toolUse.name,
        site: origin,
        ...(facts ? { target: { role: facts.role, name: facts.name } } : {}),
        ...(facts ? { element: facts.name ? `${facts.role} "${facts.name}"` : facts.role } : {}),
        ...(intent ? { intent } : {}),
      },
      facts?.rect ? { rect: facts.rect, ...(target.tabId !== undefined ? { tabId: target.tabId } : {}) } : undefined,
    );
    if (!decision.approved) {
      return (
        `The user did not approve this action (${stakes.reason}). Do not attempt it another way; continue ` +
        `without it, or call done with success false if the task needs it.`
      );
    }
    if (decision.remember && site) {
      this.approvals[site] = [...(this.approvals[site] ?? []), stakes.category];
      await this.remember(site, stakes.category);
    }
    this.approved.add(toolUse.id);
    return undefined;
  }
}

/** The action in words, as the person approving it sees it: what, on which element, on which site. */
export function describeAction(
  member: string,
  facts: ElementFacts | undefined,
  text: string | undefined,
  origin: string,
): string {
  // The name is the page's: quoted in part, so it cannot push the site out of the line a person reads.
  const element = facts ? (facts.name ? `${facts.role} "${facts.name.slice(0, 80)}"` : facts.role) : 'the page';
  const traits = traitsOf(member);
  if (member === 'key') return `Press ${text ?? 'a key'} in ${element} on ${origin}`;
  if (member === 'type') return `Type "${(text ?? '').slice(0, 60)}" into ${element} on ${origin}`;
  if (member === 'navigate') return `Go to ${(text ?? '').slice(0, 120)} from ${origin}`;
  if (traits && traits.acts !== 'element' && traits.acts !== 'focus') return `${traits.verb} on ${origin}`;
  return `${traits?.verb ?? member} ${element} on ${origin}`;
}

/** The keys a click holds down, as the driver reads them; none for a value it refuses (the call then does nothing). */
function clickModifiers(modifiers: unknown): string[] {
  if (typeof modifiers !== 'string') return [];
  try {
    return parseModifiers(modifiers);
  } catch {
    return [];
  }
}

/** A navigate URL as the driver opens it (https when the scheme is left out); undefined for one it refuses. */
function openedUrl(url: string): string | undefined {
  try {
    return toHttpUrl(url);
  } catch {
    return undefined;
  }
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}
