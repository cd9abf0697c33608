import { isNeutralUrl, type UrlPattern } from './url-patterns';

/**
 * Keeps a task's tabs inside its allowed sites with declarativeNetRequest session rules: every top-level or frame
 * request from those tabs to anywhere else is blocked by the browser before it is sent, whoever started it — the
 * model, a link, a redirect, a script or a new tab. The URL policy hook on `navigate` only explains refusals early;
 * this is the boundary.
 */
const BLOCKED_BY_EXTENSION = 'net::ERR_BLOCKED_BY_CLIENT';
const RESOURCE_TYPES: chrome.declarativeNetRequest.ResourceType[] = [
  chrome.declarativeNetRequest.ResourceType.MAIN_FRAME,
  chrome.declarativeNetRequest.ResourceType.SUB_FRAME,
];

export class SiteFence {
  private ruleIds: number[] = [];
  private tabIds: number[] = [];
  private blocked: string[] = [];
  private readonly patterns: UrlPattern[];

  constructor(patterns: UrlPattern[]) {
    this.patterns = patterns;
    chrome.webNavigation.onErrorOccurred.addListener(this.onError);
  }

  private readonly onError = (details: { tabId: number; frameId: number; url: string; error: string }) => {
    if (details.error !== BLOCKED_BY_EXTENSION || !this.tabIds.includes(details.tabId) || isNeutralUrl(details.url)) return;
    this.blocked.push(details.url);
    // Leave the error page a blocked top-level navigation shows, so the agent carries on where it was.
    if (details.frameId === 0) void chrome.tabs.goBack(details.tabId).catch(() => undefined);
  };

  /** Applies the fence to exactly these tabs (called as the task's tab set changes). */
  async cover(tabIds: number[]): Promise<void> {
    if (sameSet(tabIds, this.tabIds)) return;
    this.tabIds = [...tabIds];
    const base = 1 + Math.floor(Math.random() * 1_000_000_000);
    const rules: chrome.declarativeNetRequest.Rule[] = [
      { id: base, priority: 1, action: { type: chrome.declarativeNetRequest.RuleActionType.BLOCK }, condition: { tabIds, resourceTypes: RESOURCE_TYPES } },
      ...this.patterns.map((pattern, i) => ({
        id: base + 1 + i,
        priority: 2,
        action: { type: chrome.declarativeNetRequest.RuleActionType.ALLOW },
        condition: { tabIds, resourceTypes: RESOURCE_TYPES, regexFilter: patternRegex(pattern) },
      })),
    ];
    await chrome.declarativeNetRequest.updateSessionRules({ removeRuleIds: this.ruleIds, addRules: rules });
    this.ruleIds = rules.map((rule) => rule.id);
  }

  /** URLs blocked since the last call. */
  takeBlocked(): string[] {
    const blocked = [...new Set(this.blocked)];
    this.blocked = [];
    return blocked;
  }

  async lift(): Promise<void> {
    chrome.webNavigation.onErrorOccurred.removeListener(this.onError);
    await chrome.declarativeNetRequest.updateSessionRules({ removeRuleIds: this.ruleIds });
    this.ruleIds = [];
  }
}

/** The same pattern as a regular expression over the whole URL, in the RE2 syntax the rules engine takes. */
export function patternRegex(pattern: UrlPattern): string {
  const schemes = pattern.schemes.map((scheme) => scheme.slice(0, -1)).join('|');
  const host = pattern.host.source.replace(/^\^|\$$/g, '');
  const path = pattern.path.source.replace(/^\^|\$$/g, '');
  return `^(?:${schemes})://(?:${host})(?::[0-9]+)?${path}$`;
}

function sameSet(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}
