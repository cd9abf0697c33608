import type { BetaToolUseBlock } from '@anthropic-ai/sdk/resources/beta';
import { TabwrightError } from '../../shared/errors';
import type { TaskOptions } from '../../shared/task';
import { parseSecrets, redactDeep, type Secret, substitute } from './secrets';
import { SiteFence } from './site-fence';
import { isNeutralUrl, parseUrlPattern, type UrlPattern, urlMatches } from './url-patterns';
import { toolError } from '../agent/tool-error';

/** Members whose input carries text that may hold secret placeholders, and the field that does. */
const SECRET_FIELDS: Record<string, string> = { form_input: 'value', type: 'text' };

/**
 * One task's guards: its allowed sites and its secrets. Built from the task options before anything runs, so a bad
 * pattern or secret is refused with the field named.
 */
export class TaskSafety {
  readonly secrets: Secret[];
  readonly allowed: UrlPattern[] | undefined;
  readonly fence: SiteFence | undefined;

  private constructor(secrets: Secret[], allowed: UrlPattern[] | undefined) {
    this.secrets = secrets;
    this.allowed = allowed;
    this.fence = allowed ? new SiteFence(allowed) : undefined;
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

  static from(options: TaskOptions): TaskSafety {
    const { secrets, allowed } = TaskSafety.check(options);
    return new TaskSafety(secrets, allowed);
  }

  allows(url: string): boolean {
    return !this.allowed || isNeutralUrl(url) || urlMatches(url, this.allowed);
  }

  /** Everything bound for the model or for storage passes through here. */
  redact<T>(value: T): T {
    return redactDeep(value, this.secrets);
  }

  /** The toolset's URL policy: refuses a navigate outside the allowed sites before the driver sees it. */
  readonly urlPolicy = (_context: unknown, url: string): void => {
    if (['back', 'forward', 'reload'].includes(url.trim().toLowerCase()) || this.allows(url)) return;
    throw toolError(`Navigation to ${url} is blocked: it is outside the sites this task may visit (${this.allowedList()}).`);
  };

  allowedList(): string {
    return this.allowed?.map((pattern) => pattern.source).join(', ') ?? 'any';
  }

  /** Puts secret values into a member call's text, or says why not; other calls pass unchanged. */
  prepare(toolUse: BetaToolUseBlock, pageUrl: string): { toolUse: BetaToolUseBlock } | { refused: string } {
    const field = SECRET_FIELDS[toolUse.name];
    const input = toolUse.input as Record<string, unknown>;
    const text = field ? input[field] : undefined;
    if (typeof text !== 'string' || !text.includes('<secret>')) return { toolUse };
    const substituted = substitute(text, this.secrets, pageUrl);
    if ('refused' in substituted) return { refused: substituted.refused };
    return { toolUse: { ...toolUse, input: { ...input, [field!]: substituted.text } } as BetaToolUseBlock };
  }

  /** What the model is told about the task's secrets and sites: names and places, never values. */
  secretHints(): string | undefined {
    const lines: string[] = [];
    if (this.secrets.length > 0) {
      lines.push('Secrets: to type one, write its placeholder exactly where the value belongs; Tabwright fills it in on the sites listed.');
      for (const secret of this.secrets) lines.push(`- <secret>${secret.name}</secret> (on ${secret.allowed.map((p) => p.source).join(', ')})`);
    }
    if (this.allowed) lines.push(`This task may only visit: ${this.allowedList()}. Anything else is blocked.`);
    return lines.length > 0 ? lines.join('\n') : undefined;
  }

  async dispose(): Promise<void> {
    await this.fence?.lift();
  }
}
