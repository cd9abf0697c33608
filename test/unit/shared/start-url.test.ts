import { describe, expect, it } from 'vitest';
import { checkStartUrl, parseStartUrl } from '../../../src/shared/start-url';
import { parseTaskOptions } from '../../../src/shared/task-options';

describe('the Start URL check shared by the form, the worker, the SDK and the CLI', () => {
  it('takes what people type: bare hosts get https, full addresses stay', () => {
    expect(checkStartUrl('example.com/shop')).toEqual({ url: 'https://example.com/shop' });
    expect(checkStartUrl(' http://127.0.0.1:8080/a ')).toEqual({ url: 'http://127.0.0.1:8080/a' });
    expect(checkStartUrl('localhost:3000')).toEqual({ url: 'https://localhost:3000/' });
  });

  it('refuses phrases, single words and other schemes with a sentence that says how to write it', () => {
    expect(checkStartUrl('not a url at all')).toEqual({
      error: expect.stringContaining('is not a web address: write it like example.com'),
    });
    expect(checkStartUrl('lisbon')).toEqual({ error: expect.stringContaining('has no domain') });
    expect(checkStartUrl('file:///etc/passwd')).toEqual({ error: 'Start URL must be an http(s) address, not file:' });
    expect(checkStartUrl(42)).toEqual({ error: 'Start URL must be text.' });
  });

  it('is the check task options use, naming the url option', () => {
    expect(() => parseTaskOptions({ task: 't', url: 'not a url at all' })).toThrow(
      expect.objectContaining({ field: 'url' }),
    );
    expect(() => parseStartUrl('lisbon')).toThrow(/no domain/);
    expect(parseTaskOptions({ task: 't', url: 'example.com' }).url).toBe('https://example.com/');
  });
});
