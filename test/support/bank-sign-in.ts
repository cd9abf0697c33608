import { findRef, lastUserText, type RecordedRequest, toolUse } from './model-server';

/**
 * The model's step on test/fixtures/pages/bank/login.html: the username, the password as a secret placeholder (the
 * model never knows the value), and Sign in. The page then echoes what it received, which the model sees redacted.
 */
export function signInWithSecret(secretName: string) {
  return (request: RecordedRequest) => {
    const page = lastUserText(request);
    const ref = (pattern: RegExp) => ({ type: 'ref', ref: findRef(page, pattern) });
    return {
      content: [
        toolUse('form_input', { target: ref(/Username/), value: 'ada' }, { toolset: 'browser' }),
        toolUse(
          'form_input',
          { target: ref(/Password/), value: `<secret>${secretName}</secret>` },
          { toolset: 'browser' },
        ),
        toolUse('left_click', { target: ref(/button "Sign in"/) }, { toolset: 'browser' }),
      ],
    };
  };
}
