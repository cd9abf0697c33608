/**
 * Commands come only from Tabwright's own pages: never from content scripts (whose sender URL is the web page's),
 * web pages (which have no route to the worker without externally_connectable) or other extensions.
 */
export function isFromExtensionPage(
  sender: chrome.runtime.MessageSender,
  extensionId: string,
  extensionOrigin: string,
): boolean {
  return (
    sender.id === extensionId &&
    (sender.url ?? '').startsWith(extensionOrigin) &&
    (sender.origin === undefined || `${sender.origin}/` === extensionOrigin)
  );
}
