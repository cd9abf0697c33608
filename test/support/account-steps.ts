import { findRef, lastUserText, type RecordedRequest, text, toolUse } from './model-server';

/**
 * The model's step on test/fixtures/pages/account.html: click "Delete account", the irreversible action the
 * confirmation gate must hold for a person. `intent`: the model's words before acting, which the gate passes on.
 */
export function clickDeleteAccount(intent?: string) {
  return (request: RecordedRequest) => ({
    content: [
      ...(intent ? [text(intent)] : []),
      toolUse(
        'left_click',
        { target: { type: 'ref', ref: findRef(lastUserText(request), /button "Delete account"/) } },
        { toolset: 'browser' },
      ),
    ],
  });
}
