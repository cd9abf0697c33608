/**
 * Command-line flags for a Chromium that runs Tabwright unattended (the SDK's launcher, the tests): one list, so the
 * browser the tests drive starts the way a script's does.
 */

/** No first-run UI and no traffic of the browser's own (the network may be closed to it). */
export const QUIET_CHROMIUM_FLAGS = [
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Loads the unpacked extension at `extension`, and no other. */
export function loadExtensionFlags(extension: string): string[] {
  return [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`];
}
