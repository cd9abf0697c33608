/** What the server answered to a top-frame navigation, from its response headers. */
export interface NavigationResponse {
  status: number;
  contentType?: string;
  disposition?: string;
  /** The WWW-Authenticate (or Proxy-Authenticate) challenge of a 401 (407). */
  authenticate?: string;
}

/**
 * Why a navigation the server answered ended without a page: Chrome reports a download or an empty answer as
 * net::ERR_ABORTED before any commit (as it reports a navigation another one replaced), and a sign-in it cannot give
 * as an auth error. Undefined when the answer does not say.
 */
export function unshownResponse(url: string, response: NavigationResponse): string | undefined {
  if ((response.status === 401 || response.status === 407) && response.authenticate) {
    const realm = /realm\s*=\s*"([^"]*)"/i.exec(response.authenticate)?.[1];
    return (
      `${response.status === 407 ? `The proxy for ${url}` : url} asks for a user name and password (HTTP ` +
      `authentication${realm ? `, "${realm}"` : ''}), which Tabwright cannot type into the browser's sign-in ` +
      'prompt: sign in to it in this browser first, then run the task again.'
    );
  }
  if (response.status === 204 || response.status === 205) {
    return `${url} opened no page: the server's answer had no content (HTTP ${response.status}). ${STAYED}`;
  }
  if (response.status < 200 || response.status >= 300) return undefined;
  const disposition = response.disposition ?? '';
  if (/^\s*attachment\b/i.test(disposition)) return downloaded(url, fileNameOf(disposition));
  const type = (response.contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type && !shownInTab(type)) return downloaded(url, type);
  return undefined;
}

/** A success the browser answered with no document, though the answer does not say why (no type, no disposition). */
export function noPageOpened(url: string): string {
  return `${url} opened no page: the browser took the server's answer as a file to download (or it had no content). ${STAYED}`;
}

const STAYED = 'The tab still shows the page it showed before.';

function downloaded(url: string, what: string | undefined): string {
  return `${url} opened no page: the browser took the server's answer as a file to download${what ? ` (${what})` : ''}. ${STAYED}`;
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
