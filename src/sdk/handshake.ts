import {
  BRIDGE_PROTOCOL_VERSION,
  bridgeProof,
  type HandshakeMessage,
  newNonce,
  parseHandshakeMessage,
  sameProof,
} from '../shared/bridge-protocol';

/** `malformed`: the answer was not an extension's proof at all; `refused`: a proof of another token. */
export type SdkHandshakeStep = { send: HandshakeMessage } | { refused: string } | { malformed: true };

/** The SDK's side of pairing (see bridge-protocol.ts): challenge the extension, check its proof, prove the token back. */
export class SdkHandshake {
  private readonly nonce = newNonce();

  constructor(
    private readonly token: string,
    private readonly client: string,
  ) {}

  hello(): HandshakeMessage {
    return { type: 'hello', version: BRIDGE_PROTOCOL_VERSION, nonce: this.nonce, client: this.client };
  }

  async receive(raw: unknown): Promise<SdkHandshakeStep> {
    const message = parseHandshakeMessage(raw);
    if (message?.type !== 'auth') return { malformed: true };
    if (!sameProof(message.proof, await bridgeProof(this.token, 'extension', this.nonce))) {
      return { refused: 'pairing token refused: the browser holds a different pairing token.' };
    }
    return { send: { type: 'welcome', proof: await bridgeProof(this.token, 'sdk', message.nonce) } };
  }
}
