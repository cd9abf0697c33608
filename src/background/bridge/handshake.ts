import {
  BRIDGE_PROTOCOL_VERSION,
  bridgeProof,
  type HandshakeMessage,
  newNonce,
  parseHandshakeMessage,
  sameProof,
} from '../../shared/bridge-protocol';

/** `paired`: the SDK client's id, trusted only now that the SDK has proved the token. */
export type HandshakeStep = { send: HandshakeMessage } | { paired: string } | { refused: string };

/**
 * The extension's side of pairing (see bridge-protocol.ts): it proves it holds the token, then accepts requests only
 * once the SDK has proved it too, over a nonce of the extension's own, so a program that merely listens on the port
 * cannot drive the browser.
 */
export class ExtensionHandshake {
  private expectedProof: string | undefined;
  private client = '';

  constructor(private readonly token: string) {}

  async receive(raw: unknown): Promise<HandshakeStep> {
    const message = parseHandshakeMessage(raw);
    if (this.expectedProof === undefined) {
      if (message?.type !== 'hello') return { refused: 'The SDK did not start the pairing handshake.' };
      if (message.version !== BRIDGE_PROTOCOL_VERSION) {
        return {
          refused: `The SDK speaks bridge protocol ${message.version}; this extension speaks ${BRIDGE_PROTOCOL_VERSION}. Update the older one.`,
        };
      }
      const nonce = newNonce();
      this.client = message.client;
      this.expectedProof = await bridgeProof(this.token, 'sdk', nonce);
      return { send: { type: 'auth', proof: await bridgeProof(this.token, 'extension', message.nonce), nonce } };
    }
    if (message?.type !== 'welcome' || !sameProof(message.proof, this.expectedProof)) {
      return { refused: 'The program on the bridge port does not know the pairing token.' };
    }
    return { paired: this.client };
  }
}
