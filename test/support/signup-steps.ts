import { findRef, lastUserText, type RecordedRequest, text, toolUse } from './model-server';

/**
 * The model's calls that fill test/fixtures/pages/signup.html for Ada (name, email, topic), after `intent`, read off
 * the page state the extension sent; `subscribe` adds the click on "Subscribe".
 */
export function fillSignup(intent: string, subscribe = false) {
  return (request: RecordedRequest) => {
    const snapshot = lastUserText(request);
    const input = (field: RegExp, value: string) =>
      toolUse('form_input', { target: { type: 'ref', ref: findRef(snapshot, field) }, value }, { toolset: 'browser' });
    return {
      content: [
        text(intent),
        input(/Full name/, 'Ada Lovelace'),
        input(/Email/, 'ada@example.com'),
        input(/Topic/, 'Travel'),
        ...(subscribe
          ? [
              toolUse(
                'left_click',
                { target: { type: 'ref', ref: findRef(snapshot, /button "Subscribe"/) } },
                { toolset: 'browser' },
              ),
            ]
          : []),
      ],
    };
  };
}
