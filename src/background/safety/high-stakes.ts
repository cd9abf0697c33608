/**
 * Decides whether an action is irreversible or high-stakes and so needs a person's approval. It combines what the
 * element and its form really are (read from the page, not from the model) with the model's own stated intent, so a
 * "Delete account" button is caught even when the model calls it "tidying up", and a vague icon is caught when the
 * model says it is paying.
 */
import type { ElementFacts } from '../../shared/element-facts';
import { traitsOf } from '../../shared/member-catalogue';

export type { ElementFacts };

/**
 * `action` is any page-changing action, asked about only under the "always" policy; `page_authority` a page script or
 * an upload; `leave_form` a navigation away from a form holding unsent input.
 */
export type StakesCategory =
  | 'payment'
  | 'send'
  | 'delete'
  | 'account'
  | 'form_submit'
  | 'download'
  | 'page_authority'
  | 'leave_form'
  | 'action';

export interface ActionFacts {
  member: string;
  /** Text the action types or keys it presses, when any. */
  text?: string;
  element?: ElementFacts;
  pageUrl: string;
  /** What the model said it was doing in the same turn. */
  intent?: string;
  /** For a member that navigates: the document it leaves has a form with input that was never sent. */
  leavesDirtyForm?: boolean;
}

export interface Stakes {
  category: StakesCategory;
  reason: string;
}

/** Labels that decline or dismiss: such a button in a "Close your account?" dialog is the safe way out. */
const DISMISSING = /^(no|cancel|close|dismiss|back|go back|not now|keep|stay|never mind|x|×)\b/i;

const WORDS: Array<[StakesCategory, RegExp]> = [
  [
    'delete',
    /\b(delete|remove|erase|destroy|discard|deactivate|close (my |your )?account|cancel (my |your )?(account|subscription|membership|order)|unsubscribe)\b/i,
  ],
  [
    'payment',
    /\b(buy|purchase|place (my |your )?order|pay|checkout|check out|confirm (the )?(order|purchase|payment)|complete (the )?(order|purchase)|donate|add to (cart|basket) and pay|subscribe and pay|book now)\b/i,
  ],
  ['send', /\b(send|post|publish|reply|tweet|share|comment|submit (a |the )?review|invite)\b/i],
  [
    'account',
    /\b(change|reset|update) (the |my |your )?(password|email|e-mail|phone|username|security|2fa|two-factor)|\b(security settings|transfer (money|funds)|wire)\b/i,
  ],
];

const DOWNLOAD_EXTENSIONS = /\.(exe|msi|dmg|pkg|apk|zip|rar|7z|tar|gz|iso|bin|sh|bat|ps1|deb|rpm)(\?|#|$)/i;

export function assessStakes(action: ActionFacts): Stakes | undefined {
  const traits = traitsOf(action.member);
  if (!traits) return undefined;
  if (traits.needsConsent)
    return { category: 'page_authority', reason: `${action.member} acts with the page's own authority` };
  if (traits.navigates && action.leavesDirtyForm) {
    return {
      category: 'leave_form',
      reason: 'it leaves a form whose input was never sent (a page may send or discard it on the way out)',
    };
  }
  if (!traits.activates) return undefined;
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
    // A neutral "Yes" or "OK" does what its dialog, form or heading says; a "Cancel" there is the way out.
    if (element.context && !DISMISSING.test(element.name.trim())) {
      for (const [category, pattern] of WORDS) {
        const match = pattern.exec(element.context);
        if (match)
          return {
            category,
            reason: `${label(element)} answers "${element.context.slice(0, 80)}", which looks like "${match[0]}"`,
          };
      }
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

/**
 * Whether the call can activate its target. Pointer members always can. Keys and typing into a text field only by
 * Enter (a submit); on anything else (a focused button, link, checkbox) every key can, Tab included: space and Enter
 * press it, and a page's key handler can act on any key. form_input activates what it toggles or selects.
 */
function isActivation(action: ActionFacts): boolean {
  const element = action.element;
  if (action.member === 'form_input') return element !== undefined && TOGGLES.has(element.role);
  const acts = traitsOf(action.member)?.acts;
  if (acts !== 'focus') return true;
  const text = action.text ?? '';
  if (element?.editable) return /(^|\s|\+)(enter|return|kp_enter)$|\n/i.test(text);
  return text !== '';
}

/** Controls whose form_input flips or picks something: pages act on their change like on a click. */
const TOGGLES = new Set([
  'checkbox',
  'switch',
  'radio',
  'combobox',
  'listbox',
  'option',
  'menuitemcheckbox',
  'menuitemradio',
]);

function submitsForm(action: ActionFacts): boolean {
  const element = action.element;
  if (!element?.form) return false;
  if (traitsOf(action.member)?.acts === 'focus') return true;
  return (
    element.type === 'submit' ||
    element.type === 'image' ||
    (element.tag === 'button' && (element.type ?? 'submit') === 'submit')
  );
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
