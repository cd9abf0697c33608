import type { BetaToolUseBlock } from '@anthropic-ai/sdk/resources/beta';
import { TabwrightError } from '../../shared/errors';
import { traitsOf } from '../../shared/member-catalogue';
import type { TaskOptions } from '../../shared/task';
import type { ActionTarget } from './action-target';
import { pastes } from './clipboard-paste';
import { savesLink, submitsAForm } from './high-stakes';
import { parseModifiers } from '../../shared/keys';
import {
  type EarlierSecret,
  parseSecrets,
  placeholderNames,
  redactDeep,
  redactionOnly,
  type Secret,
  substitute,
} from './secrets';
import { SiteFence } from './site-fence';
import { isNeutralUrl, parseUrlPattern, type UrlPattern, urlMatches } from '../../shared/url-patterns';
import { toolError } from '../agent/tool-error';

/** Where a member call carrying a secret may deliver it: exactly the document its target was checked in. */
export interface SecretPin {
  tabId: number;
  frameId: number;
  documentId: string;
}

/**
 * One task's guards: its allowed sites and its secrets. Built from the task options before anything runs, so a bad
 * pattern or secret is refused with the field named.
 */
export class TaskSafety {
  readonly secrets: Secret[];
  /** What is kept out of the model's reading and out of pictures: the task's secrets and its session's earlier ones. */
  readonly keptFromModel: Secret[];
  readonly allowed: UrlPattern[] | undefined;
  readonly fence: SiteFence | undefined;
  /** Per document (its documentId), the secrets typed into it: a form there may not carry them elsewhere. */
  private readonly typedInto = new Map<string, Set<Secret>>();

  private constructor(
    secrets: Secret[],
    allowed: UrlPattern[] | undefined,
    taskId: string,
    holdsPosts: boolean,
    earlier: Secret[],
  ) {
    this.secrets = secrets;
    this.keptFromModel = [...secrets, ...earlier];
    this.allowed = allowed;
    this.fence = allowed || holdsPosts ? new SiteFence(allowed, taskId, holdsPosts) : undefined;
  }

  static check(options: TaskOptions): { secrets: Secret[]; allowed: UrlPattern[] | undefined } {
    let allowed: UrlPattern[] | undefined;
    try {
      allowed = options.allowed_urls?.map(parseUrlPattern);
    } catch (error) {
      throw new TabwrightError('invalid_option', (error as Error).message, 'allowed_urls');
    }
    let secrets: Secret[];
    try {
      secrets = parseSecrets(options.secrets);
    } catch (error) {
      throw new TabwrightError('invalid_option', (error as Error).message, 'secrets');
    }
    if (options.url && allowed && !urlMatches(options.url, allowed)) {
      throw new TabwrightError('invalid_option', `Start URL ${options.url} is outside the allowed URLs.`, 'url');
    }
    return { secrets, allowed };
  }

  /**
   * `holdsPosts`: form posts leave the task's tabs only while a call a person approved runs (see SiteFence).
   * `earlier`: values earlier tasks of its session typed, which the page may still show: redacted, never typed.
   */
  static from(options: TaskOptions, taskId: string, holdsPosts = false, earlier: EarlierSecret[] = []): TaskSafety {
    const { secrets, allowed } = TaskSafety.check(options);
    return new TaskSafety(secrets, allowed, taskId, holdsPosts, redactionOnly(earlier));
  }

  allows(url: string): boolean {
    return !this.allowed || isNeutralUrl(url) || urlMatches(url, this.allowed);
  }

  /** Everything bound for the model or for storage passes through here. */
  redact<T>(value: T): T {
    return redactDeep(value, this.keptFromModel);
  }

  /** The toolset's URL policy: refuses a navigate outside the allowed sites before the driver sees it. */
  readonly urlPolicy = (_context: unknown, url: string): void => {
    if (['back', 'forward', 'reload'].includes(url.trim().toLowerCase()) || this.allows(url)) return;
    throw toolError(
      `Navigation to ${url} is blocked: it is outside the sites this task may visit (${this.allowedList()}).`,
    );
  };

  allowedList(): string {
    return this.allowed?.map((pattern) => pattern.source).join(', ') ?? 'any';
  }

  /** Whether a member call's input carries a secret placeholder (its target must then be resolved and checked). */
  carriesSecret(toolUse: BetaToolUseBlock): boolean {
    const field = traitsOf(toolUse.name)?.secretField;
    const text = field ? (toolUse.input as Record<string, unknown>)[field] : undefined;
    return typeof text === 'string' && text.includes('<secret>');
  }

  /**
   * Puts secret values into a member call's text, or says why not; other calls pass unchanged. The check is made on
   * the document that will receive the value — the call's tab, the frame of its ref or of the focus — and the call
   * is pinned to that document, so it cannot land in another one (a frame that navigated, focus that moved).
   */
  prepare(
    toolUse: BetaToolUseBlock,
    target: ActionTarget,
  ): { toolUse: BetaToolUseBlock; pin?: SecretPin } | { refused: string } {
    const carried =
      this.savedOutside(toolUse, target) ?? this.carriedAway(toolUse, target) ?? this.pastedAway(toolUse, target);
    if (carried) return { refused: carried };
    if (!this.carriesSecret(toolUse)) return { toolUse };
    const field = traitsOf(toolUse.name)!.secretField!;
    const input = toolUse.input as Record<string, string>;
    if (!target.documentId || !target.url) {
      return {
        refused:
          'Error: The document that would receive the secret could not be identified, so it was not typed. ' +
          'Read the page again.',
      };
    }
    const substituted = substitute(input[field]!, this.secrets, target.url);
    if ('refused' in substituted) return { refused: `Error: ${substituted.refused} Nothing was typed.` };
    const typed = this.typedInto.get(target.documentId) ?? new Set<Secret>();
    for (const secret of this.named(input[field]!)) typed.add(secret);
    this.typedInto.set(target.documentId, typed);
    return {
      toolUse: { ...toolUse, input: { ...input, [field]: substituted.text } } as BetaToolUseBlock,
      pin: { tabId: target.tabId, frameId: target.frameId, documentId: target.documentId },
    };
  }

  /**
   * Why a call may not save a link's target (Alt+click, Alt+Enter): the browser fetches it as a download, which the
   * fence's page rules do not see, so an address outside the allowed sites is refused here, approved or not.
   */
  private savedOutside(toolUse: BetaToolUseBlock, target: ActionTarget): string | undefined {
    const href = target.facts?.href;
    if (!href || this.allows(href)) return undefined;
    const input = toolUse.input as { text?: unknown; modifiers?: unknown };
    let modifiers: string[] = [];
    try {
      modifiers = typeof input.modifiers === 'string' ? parseModifiers(input.modifiers) : [];
    } catch {
      // The driver refuses modifiers it cannot read; nothing is clicked.
    }
    const saving = savesLink(
      {
        member: toolUse.name,
        pageUrl: target.url,
        modifiers,
        ...(typeof input.text === 'string' ? { text: input.text } : {}),
      },
      target.facts,
    );
    if (!saving) return undefined;
    return `Error: ${saving} on this link would save what ${href.split('?')[0]} answers, which is outside the sites this task may visit (${this.allowedList()}). Nothing was done.`;
  }

  /**
   * Why a call may not submit its form, when it would carry a secret typed into that document (earlier, or by this
   * very call) to an address the secret is not allowed on: typing was allowed on the page, but the page's form sends
   * elsewhere.
   */
  private carriedAway(toolUse: BetaToolUseBlock, target: ActionTarget): string | undefined {
    // A page that keeps its element from being read keeps its form's address unknown too: nothing typed into that
    // document leaves by an activation the page hides.
    const typedHere = target.documentId ? [...(this.typedInto.get(target.documentId) ?? [])] : [];
    if (target.unreadable && typedHere.length > 0 && traitsOf(toolUse.name)?.activates) {
      return `Error: What this would press could not be read from the page, so it cannot be shown not to send the secret "${typedHere[0]!.name}" elsewhere. Nothing was done.`;
    }
    const form = target.facts?.form;
    if (!form?.action || !target.documentId) return undefined;
    const input = toolUse.input as { text?: unknown };
    const text = typeof input.text === 'string' ? input.text : undefined;
    const submits = submitsAForm({
      member: toolUse.name,
      pageUrl: target.url,
      element: target.facts!,
      ...(text !== undefined ? { text } : {}),
    });
    if (!submits) return undefined;
    const typed = [...(this.typedInto.get(target.documentId) ?? []), ...this.named(text ?? '')];
    const secret = typed.find((candidate) => !urlMatches(form.action, candidate.allowed));
    if (!secret) return undefined;
    return `Error: This would submit a form to ${form.action.split('?')[0]}, carrying the secret "${secret.name}", which is only allowed on ${secret.allowed.map((p) => p.source).join(', ')}. Nothing was done.`;
  }

  /**
   * Why a call may not paste here: once a secret has been typed, the clipboard may hold it (copied from its field by
   * a key, or by the page's own "Copy" button), so a paste goes only where every secret typed so far is allowed.
   */
  private pastedAway(toolUse: BetaToolUseBlock, target: ActionTarget): string | undefined {
    const text = (toolUse.input as { text?: unknown }).text;
    if (!pastes(toolUse.name, typeof text === 'string' ? text : undefined)) return undefined;
    const typed = new Set([...this.typedInto.values()].flatMap((secrets) => [...secrets]));
    const secret = [...typed].find((candidate) => !target.url || !urlMatches(target.url, candidate.allowed));
    if (!secret) return undefined;
    return `Error: This could paste the secret "${secret.name}" (typed earlier in this task, so the clipboard may hold it) into ${target.url.split('?')[0] || 'a document that could not be identified'}; it is only allowed on ${secret.allowed.map((p) => p.source).join(', ')}. Nothing was done.`;
  }

  private named(text: string): Secret[] {
    const names = new Set(placeholderNames(text));
    return this.secrets.filter((secret) => names.has(secret.name));
  }

  /** What the model is told about the task's secrets and sites: names and places, never values. */
  secretHints(): string | undefined {
    const lines: string[] = [];
    if (this.secrets.length > 0) {
      lines.push(
        'Secrets: to type one, write its placeholder exactly where the value belongs; ' +
          'Tabwright fills it in on the sites listed.',
      );
      for (const secret of this.secrets)
        lines.push(`- <secret>${secret.name}</secret> (on ${secret.allowed.map((p) => p.source).join(', ')})`);
    }
    if (this.allowed) lines.push(`This task may only visit: ${this.allowedList()}. Anything else is blocked.`);
    return lines.length > 0 ? lines.join('\n') : undefined;
  }

  async dispose(): Promise<void> {
    await this.fence?.lift();
  }
}
