import { describe, expect, it } from 'vitest';
import { hasPlaceholder, parseSecrets, redact, redactDeep, substitute } from '../../../src/background/safety/secrets';

const secrets = parseSecrets({ password: { value: 'hunter2-Secret!', allowedUrls: ['https://bank.example/*'] } });

describe('secrets', () => {
  it('substitutes the value only on allowed pages', () => {
    expect(substitute('<secret>password</secret>', secrets, 'https://bank.example/login')).toEqual({
      text: 'hunter2-Secret!',
    });
    const refused = substitute('<secret>password</secret>', secrets, 'https://phish.example/login');
    expect(refused).toEqual({
      refused: expect.stringMatching(
        /may not be used on https:\/\/phish\.example; it is only allowed on https:\/\/bank\.example\/\*/,
      ),
    });
    expect(substitute('<secret>pin</secret>', secrets, 'https://bank.example/')).toEqual({
      refused: 'There is no secret named "pin".',
    });
    expect(substitute('plain text', secrets, 'https://x.test/')).toEqual({ text: 'plain text' });
  });

  it('redacts the value and its encodings from anything bound for the model', () => {
    expect(redact('typed hunter2-Secret! here', secrets)).toBe('typed <secret>password</secret> here');
    expect(redact(`url ?p=${encodeURIComponent('hunter2-Secret!')}`, secrets)).toBe('url ?p=<secret>password</secret>');
    const body = { messages: [{ content: [{ type: 'text', text: '"value":"hunter2-Secret!"' }] }], n: 3 };
    expect(JSON.stringify(redactDeep(body, secrets))).not.toContain('hunter2');
    expect(redactDeep(body, []).messages[0]!.content[0]!.text).toContain('hunter2');
  });

  it('checks secret definitions', () => {
    expect(() => parseSecrets({ pw: { value: 'abc', allowedUrls: ['x.test'] } })).toThrow(/shorter than 8/);
    expect(() => parseSecrets({ pw: { value: 'Abcd-1234' } })).toThrow(/allowedUrls/);
    expect(() => parseSecrets({ '1pw': { value: 'Abcd-1234', allowedUrls: ['x.test'] } })).toThrow(
      /must start with a letter/,
    );
    expect(() => parseSecrets({ pw: { value: 'Abcd-1234', allowedUrls: ['ftp://x'] } })).toThrow(/only http and https/);
    expect(parseSecrets(undefined)).toEqual([]);
  });

  it('spots placeholders', () => {
    expect(hasPlaceholder('a <secret>x</secret> b')).toBe(true);
    expect(hasPlaceholder('a <secret> b')).toBe(false);
  });
});
