import { describe, expect, it } from 'vitest';
import { unshownResponse } from '../../../src/background/browser/unshown-response';

const URL = 'http://127.0.0.1/x';

describe('a response the browser does not show as a page', () => {
  it('names a download by its file name, however the header spells it', () => {
    expect(unshownResponse(URL, { status: 200, disposition: 'attachment; filename=data.zip' })).toBe(
      "http://127.0.0.1/x opened no page: the browser took the server's answer as a file to download (data.zip). " +
        'The tab still shows the page it showed before.',
    );
    expect(
      unshownResponse(URL, { status: 200, disposition: "attachment; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf" }),
    ).toMatch(/\(résumé\.pdf\)/);
    expect(unshownResponse(URL, { status: 200, disposition: 'ATTACHMENT' })).toMatch(/as a file to download\. The tab/);
  });

  it('names content the browser downloads by its type, and no content by its status', () => {
    expect(unshownResponse(URL, { status: 200, contentType: 'application/zip' })).toMatch(
      /as a file to download \(application\/zip\)\./,
    );
    expect(unshownResponse(URL, { status: 204 })).toBe(
      "http://127.0.0.1/x opened no page: the server's answer had no content (HTTP 204). The tab still shows the " +
        'page it showed before.',
    );
  });

  it('says a site asks for a user name and password (HTTP authentication), naming its realm', () => {
    expect(unshownResponse(URL, { status: 401, authenticate: 'Basic realm="Staff area"' })).toBe(
      'http://127.0.0.1/x asks for a user name and password (HTTP authentication, "Staff area"), which Tabwright ' +
        "cannot type into the browser's sign-in prompt: sign in to it in this browser first, then run the task again.",
    );
    expect(unshownResponse(URL, { status: 401 })).toBeUndefined();
  });

  it('explains nothing for pages the browser shows', () => {
    for (const contentType of ['text/html; charset=utf-8', 'application/pdf', 'image/svg+xml', 'application/json']) {
      expect(unshownResponse(URL, { status: 200, contentType })).toBeUndefined();
    }
    expect(unshownResponse(URL, { status: 200, disposition: 'inline; filename="a.pdf"' })).toBeUndefined();
  });
});
