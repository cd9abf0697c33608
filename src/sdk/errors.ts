import type { BridgeErrorCode } from '../shared/bridge-protocol';

/**
 * The extension's own error codes (an invalid option, a missing API key, a closed tab, …) plus the SDK's:
 * `pairing_refused` (the browser holds another pairing token), `not_connected` (no browser paired in time),
 * `disconnected` (the browser went away during a request), `port_in_use`, `launch_failed`.
 */
export type SdkErrorCode =
  | BridgeErrorCode
  | 'pairing_refused'
  | 'not_connected'
  | 'disconnected'
  | 'port_in_use'
  | 'launch_failed';

export class TabwrightSdkError extends Error {
  readonly code: SdkErrorCode;
  /** The option at fault, in the SDK's own (camelCase) name, when there is one. */
  readonly field?: string;

  constructor(code: SdkErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'TabwrightSdkError';
    this.code = code;
    if (field !== undefined) this.field = field;
  }
}
