import type { TabwrightClientOptions } from '../sdk/client';
import type { BrowserFlags } from './arguments';

/** The SDK client options the browser flags of `run` and `serve` ask for (one reading, so the commands agree). */
export function clientOptions(flags: BrowserFlags, bridgePort: number | undefined): TabwrightClientOptions {
  return {
    ...(flags.token !== undefined ? { token: flags.token } : {}),
    ...(bridgePort !== undefined ? { port: bridgePort } : {}),
    // --headed alone asks for a launched browser with its window shown.
    ...(flags.launch === false
      ? { launch: false }
      : flags.launch === true || flags.headed
        ? { launch: { headless: !flags.headed } }
        : {}),
    ...(flags.model !== undefined ? { model: flags.model } : {}),
    ...(flags.baseUrl !== undefined ? { baseUrl: flags.baseUrl } : {}),
    ...(flags.apiKey !== undefined ? { apiKey: flags.apiKey } : {}),
    ...(flags.allowJavaScript ? { allowJavaScript: true } : {}),
  };
}
