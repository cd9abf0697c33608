// Bundles src/content/snapshot/index.ts into one classic script (IIFE) that defines the global
// `TabwrightSnapshot`, so tests and the benchmark can inject the real snapshotter into any page
// or frame with a single evaluate. Shared by test/unit/snapshot and bench/snapshot-adapter.mjs.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const ENTRY = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/content/snapshot/index.ts');
export const GLOBAL_NAME = 'TabwrightSnapshot';

/** @returns {Promise<string>} the IIFE source */
export async function buildSnapshotScript() {
  const bundle = await rolldown({ input: ENTRY, platform: 'browser', logLevel: 'warn' });
  try {
    const { output } = await bundle.generate({ format: 'iife', name: GLOBAL_NAME });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}
