import type { ApprovalRequest } from '../../shared/approval';

/** Why an action of each kind waits for a person, said as what could happen. */
const WHY: ReadonlyMap<string, string> = new Map([
  ['delete', 'It may delete something that cannot be brought back.'],
  ['payment', 'It may spend money.'],
  ['send', 'It may send or publish something in your name.'],
  ['account', "It may change your account's password, contact details or security."],
  ['form_submit', 'It submits a form to the site.'],
  ['download', 'It downloads a file to your computer.'],
  ['action', 'Settings ask you to approve every action that changes a page.'],
  ['script', "A script runs with the page's full authority."],
  ['upload', 'It sends your attached files to the site.'],
]);

const VERBS: ReadonlyMap<string, string> = new Map([
  ['left_click', 'click'],
  ['double_click', 'double-click'],
  ['triple_click', 'triple-click'],
  ['right_click', 'right-click'],
  ['key', 'press a key in'],
  ['type', 'type into'],
  ['form_input', 'set'],
  ['file_upload', 'upload files to'],
  ['javascript_exec', 'run a script on'],
]);

/** What will happen, in a sentence: `The agent wants to click the “Delete account” button.` */
export function approvalWhat(request: ApprovalRequest): string {
  const verb = request.member ? VERBS.get(request.member) : undefined;
  if (!verb) return request.action;
  const target = request.target;
  const element = target?.name ? `the “${target.name}” ${target.role}` : target ? `a ${target.role}` : 'the page';
  return `The agent wants to ${verb} ${element}.`;
}

/** Where: the site's host (with its port), which is what a person recognises. */
export function approvalWhere(request: ApprovalRequest): string | undefined {
  if (!request.site) return undefined;
  try {
    return new URL(request.site).host || request.site;
  } catch {
    return request.site;
  }
}

/** Why a person is asked: the kind's consequence, plus the classifier's own reason for the curious. */
export function approvalWhy(request: ApprovalRequest): string {
  return (request.category ? WHY.get(request.category) : undefined) ?? request.reason ?? 'It may not be reversible.';
}
