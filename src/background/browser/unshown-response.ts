/** What the server answered to a top-frame navigation, from its response headers. */
export interface NavigationResponse {
  status: number;
  contentType?: string;
  disposition?: string;
  /** The WWW-Authenticate (or Proxy-Authenticate) challenge of a 401 (407). */
  authenticate?: string;
}

/**
 * Why a navigation the server answered ended without a page (Chrome reports it as net::ERR_ABORTED, as it reports a
 * navigation another one replaced, or as an auth error): the answer was a file to download, had no content, or asked
 * for a user name and password. Undefined when the response does not explain it.
 */
export function unshownResponse(url: string, response: NavigationResponse): string | undefined {
  if ((response.status === 401 || response.status === 407) && response.authenticate) {
    const realm = /realm\s*=\s*"([^"]*)"/i.exec(response.authenticate)?.[1];
    const who = response.status === 407 ? 'The proxy for' : '';
    return (
      `${who ? `${who} ${url}` : url} asks for a user name and password (HTTP authentication` +
      `${realm ? `, "${realm}"` : ''}), which Tabwright cannot type into the browser's sign-in prompt: sign in to ` +
      'it in this browser first, then run the task again.'
    );
  }
  if (response.status === 204 || response.status === 205) {
    return `${url} answered with no content (HTTP ${response.status}), so the tab stayed on the page it was on.`;
  }
  const disposition = response.disposition ?? '';
  if (/^\s*attachment\b/i.test(disposition)) {
    const name = fileNameOf(disposition);
    return (
      `${url} is a file to download${name ? ` (${name})` : ''}, not a page: the browser downloads it instead of ` +
      'showing it, and the tab stays on the page it was on.'
    );
  }
  const type = (response.contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type && !shownInTab(type)) {
    return (
      `${url} is a file the browser does not show (${type}), so it downloads it instead, and the tab stays on ` +
      'the page it was on.'
    );
  }
  return undefined;
}

/** The kinds of content Chrome shows in a tab; anything else it downloads. */
function shownInTab(type: string): boolean {
  return (
    /^(text|image|video|audio)\//.test(type) ||
    /^application\/(pdf|json|xml|xhtml\+xml|javascript|ecmascript)$/.test(type) ||
    /\+(xml|json)$/.test(type)
  );
}

/** The file name a Content-Disposition header gives: RFC 5987's filename* first, else filename. */
function fileNameOf(disposition: string): string | undefined {
  const extended = /filename\*\s*=\s*[^']*'[^']*'([^;]+)/i.exec(disposition)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      return extended.trim();
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(disposition);
  return (plain?.[2] ?? plain?.[1])?.trim() || undefined;
}
