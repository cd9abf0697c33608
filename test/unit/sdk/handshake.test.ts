import { describe, expect, it } from 'vitest';
import { ExtensionHandshake } from '../../../src/background/bridge/handshake';
import { bridgeProof, newNonce, newPairingToken } from '../../../src/shared/bridge-protocol';
import { SdkHandshake } from '../../../src/sdk/handshake';

const CLIENT = newNonce();

/** Runs both sides against each other, as the bridge does over its socket (messages go through JSON). */
async function pair(sdkToken: string, extensionToken: string) {
  const sdk = new SdkHandshake(sdkToken, CLIENT);
  const extension = new ExtensionHandshake(extensionToken);
  const wire = (message: unknown) => JSON.parse(JSON.stringify(message)) as unknown;
  const auth = await extension.receive(wire(sdk.hello()));
  if (!('send' in auth)) return { sdk: 'not reached', extension: auth };
  const welcome = await sdk.receive(wire(auth.send));
  if (!('send' in welcome)) return { sdk: welcome, extension: 'not reached' };
  return { sdk: welcome, extension: await extension.receive(wire(welcome.send)) };
}

describe('the pairing handshake', () => {
  it('pairs two sides that hold the same token, and the token itself never crosses the wire', async () => {
    const token = newPairingToken();
    const sdk = new SdkHandshake(token, CLIENT);
    const extension = new ExtensionHandshake(token);
    const hello = sdk.hello();
    const auth = await extension.receive(hello);
    expect(JSON.stringify([hello, auth])).not.toContain(token);
    // Only once the SDK has proved the token does the extension take its client id as true.
    expect(await pair(token, token)).toMatchObject({ extension: { paired: CLIENT } });
  });

  it('lets the SDK refuse an extension with another token, saying so', async () => {
    const outcome = await pair(newPairingToken(), newPairingToken());
    expect(outcome.sdk).toEqual({ refused: expect.stringMatching(/^pairing token refused/) });
  });

  it('lets the extension refuse a server that cannot prove the token, even one that replays its proof', async () => {
    const token = newPairingToken();
    const extension = new ExtensionHandshake(token);
    const step = await extension.receive(new SdkHandshake(token, CLIENT).hello());
    if (!('send' in step) || step.send.type !== 'auth') throw new Error('expected an auth message');
    // A fake server echoes the extension's own proof back: the role label makes it worthless.
    expect(await extension.receive({ type: 'welcome', proof: step.send.proof })).toEqual({
      refused: expect.any(String),
    });
  });

  it('accepts the right proof computed independently', async () => {
    const extension = new ExtensionHandshake('shared-secret');
    const step = await extension.receive(new SdkHandshake('shared-secret', CLIENT).hello());
    if (!('send' in step) || step.send.type !== 'auth') throw new Error('expected an auth message');
    expect(
      await extension.receive({ type: 'welcome', proof: await bridgeProof('shared-secret', 'sdk', step.send.nonce) }),
    ).toEqual({ paired: CLIENT });
  });

  it('refuses malformed messages and another protocol version', async () => {
    expect(await new ExtensionHandshake('t').receive({ type: 'welcome', proof: 'x' })).toMatchObject({
      refused: expect.any(String),
    });
    expect(
      await new ExtensionHandshake('t').receive({ type: 'hello', version: 99, nonce: 'a'.repeat(64), client: CLIENT }),
    ).toMatchObject({
      refused: expect.stringMatching(/protocol 99/),
    });
    // Not an answer to the challenge at all: the bridge drops such a client without failing anyone's connect().
    expect(
      await new SdkHandshake('t', CLIENT).receive({ type: 'auth', proof: 'short', nonce: 'b'.repeat(64) }),
    ).toEqual({ malformed: true });
    expect(await new SdkHandshake('t', CLIENT).receive('garbage')).toEqual({ malformed: true });
  });
});
