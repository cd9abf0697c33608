import { localApiKey } from '../shared/local-api-key';
import { newPairingToken } from '../shared/bridge-protocol';
import { TabwrightClient } from '../sdk/client';
import { LocalApiServer } from '../sdk/serve/local-api-server';
import type { ServeCommand } from './arguments';
import { ERROR_EXIT_CODE } from './exit-codes';
import type { Output } from './run-command';
import { clientOptions } from './client-options';

/**
 * `tabwright serve`: connects to the browser (yours through the bridge, or a launched Chromium), then serves the
 * hosted agent API on 127.0.0.1 until interrupted. Returns the exit code.
 */
export async function serveCommand(
  command: ServeCommand,
  output: Output,
  stopped: Promise<unknown> = untilInterrupted(),
): Promise<number> {
  const say = (line: string) => output.stderr.write(`${line}\n`);
  let api: LocalApiServer | undefined;
  const token = command.token ?? process.env.TABWRIGHT_TOKEN;
  const client = new TabwrightClient({
    ...clientOptions({ ...command, ...(token !== undefined ? { token } : {}) }, command.bridgePort),
    onProgress: (sessionId, progress) => api?.progress(sessionId, progress),
  });
  try {
    say('Connecting to the browser…');
    await client.connect();
    // The key Settings show beside the pairing token; a launched browser has no token a person knows, so a fresh one.
    const apiKey = command.localKey ?? process.env.TABWRIGHT_API_KEY ?? (await localApiKey(token ?? newPairingToken()));
    api = await LocalApiServer.listen({
      client,
      apiKey,
      port: command.port,
      ...(command.confirm ? { confirmationPolicy: command.confirm } : {}),
    });
    output.stdout.write(`Tabwright local API: ${api.baseUrl}\nAPI key: ${apiKey}\n`);
    say(
      'Give your SDK the base URL above (SMOOTH_BASE_URL=… for both SDKs and the smooth command, or Python ' +
        'base_url=…, TypeScript baseUrl: …) and the key (CIRCLEMIND_API_KEY=…). Ctrl-C stops the server.',
    );
    await stopped;
    return 0;
  } catch (error) {
    say(`tabwright: ${error instanceof Error ? error.message : String(error)}`);
    return ERROR_EXIT_CODE;
  } finally {
    await api?.close();
    await client.close();
  }
}

function untilInterrupted(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}
