/**
 * Decides whether an action is irreversible or high-stakes and so needs a person's approval. It combines what the
 * element and its form really are (read from the page, not from the model) with the model's own stated intent, so a
 * "Delete account" button is caught even when the model calls it "tidying up", and a vague icon is caught when the
 * model says it is paying.
 */
import type { ElementFacts } from '../../shared/element-facts';

export type { ElementFacts };

/** `action` is any page-changing action, asked about only under the "always" policy. */
export type StakesCategory = 'payment' | 'send' | 'delete' | 'account' | 'form_submit' | 'download' | 'action';

export interface ActionFacts {
  member: string;
  /** Text the action types or keys it presses, when any. */
  text?: string;
  element?: ElementFacts;
  pageUrl: string;
  /** What the model said it was doing in the same turn. */
  intent?: string;
}

export interface Stakes {
  category: StakesCategory;
  reason: string;
}

const ACTIVATING = new Set(['left_click', 'double_click', 'triple_click', 'key', 'type', 'form_input']);

const WORDS: Array<[StakesCategory, RegExp]> = [
  ['delete', /\b(delete|remove|erase|destroy|discard|deactivate|close (my |your )?account|cancel (my |your )?(account|subscription|membership|order)|unsubscribe)\b/i],
  ['payment', /\b(buy|purchase|place (my |your )?order|pay|checkout|check out|confirm (the )?(order|purchase|payment)|complete (the )?(order|purchase)|donate|add to (cart|basket) and pay|subscribe and pay|book now)\b/i],
  ['send', /\b(send|post|publish|reply|tweet|share|comment|submit (a |the )?review|invite)\b/i],
  ['account', /\b(change|reset|update) (the |my |your )?(password|email|e-mail|phone|username|security|2fa|two-factor)|\b(security settings|transfer (money|funds)|wire)\b/i],
];

const DOWNLOAD_EXTENSIONS = /\.(exe|msi|dmg|pkg|apk|zip|rar|7z|tar|gz|iso|bin|sh|bat|ps1|deb|rpm)(\?|#|$)/i;

export function assessStakes(action: ActionFacts): Stakes | undefined {
  if (!ACTIVATING.has(action.member)) return undefined;
  const element = action.element;
  const activates = isActivation(action);
  if (element && activates) {
    if (element.download || (element.href && DOWNLOAD_EXTENSIONS.test(element.href))) {
      return { category: 'download', reason: `${label(element)} downloads a file` };
    }
    const words = `${element.name} ${element.form?.action ?? ''}`;
    for (const [category, pattern] of WORDS) {
      const match = pattern.exec(words);
      if (match) return { category, reason: `${label(element)} looks like "${match[0]}"` };
    }
    if (element.form && submitsForm(action) && element.form.method === 'post') {
      return {
        category: 'form_submit',
        reason: `${label(element)} submits a form to ${hostOf(element.form.action || action.pageUrl)}${element.form.hasPassword ? ' (with a password)' : ''}`,
      };
    }
  }
  if (activates && action.intent) {
    for (const [category, pattern] of WORDS) {
      const match = pattern.exec(action.intent);
      if (match && category !== 'send') return { category, reason: `the agent says it will "${match[0]}"` };
    }
  }
  return undefined;
}

/** Clicks activate; typing only when it ends with Enter; form_input only toggles, which is reversible. */
function isActivation(action: ActionFacts): boolean {
  if (action.member === 'form_input') return false;
  if (action.member === 'key' || action.member === 'type') return /(^|\s|\+)(enter|return)$|\n$/i.test(action.text ?? '');
  return true;
}

function submitsForm(action: ActionFacts): boolean {
  const element = action.element;
  if (!element?.form) return false;
  if (action.member === 'key' || action.member === 'type') return true;
  return element.type === 'submit' || element.type === 'image' || (element.tag === 'button' && (element.type ?? 'submit') === 'submit');
}

function label(element: ElementFacts): string {
  return element.name ? `${element.role} "${element.name}"` : element.role;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'this site';
  }
}
