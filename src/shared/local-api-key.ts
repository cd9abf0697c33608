/**
 * The key of `tabwright serve`'s local API, derived from the bridge's pairing token: Settings can show it beside the
 * token without any storage, renewing the token renews the key, and knowing the key does not reveal the token.
 */
export async function localApiKey(pairingToken: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(pairingToken),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode('tabwright local API key')));
  return `tw_${Array.from(signature.slice(0, 20), (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
