// Bundles src/content/snapshot/index.ts into one classic script (IIFE) that defines the global
// `TabwrightSnapshot`, so tests and the benchmark can inject the real snapshotter into any page
// or frame with a single evaluate. Shared by test/unit/snapshot and bench/snapshot-adapter.mjs.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const ENTRY = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/content/snapshot/index.ts');
export const GLOBAL_NAME = 'TabwrightSnapshot';

/** @returns {Promise<string>} the IIFE source */
export function buildSnapshotScript() {
  return buildPageScript(ENTRY, GLOBAL_NAME);
}

/**
 * Any content module as one classic script defining the global `name` (tests inject other parts of the content
 * script the same way).
 * @param {string} entry the module's path
 * @param {string} name the global it defines
 * @returns {Promise<string>} the IIFE source
 */
export async function buildPageScript(entry, name) {
  const bundle = await rolldown({ input: entry, platform: 'browser', logLevel: 'warn' });
  try {
    const { output } = await bundle.generate({ format: 'iife', name });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}
