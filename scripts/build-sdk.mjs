/**
 * Builds the Node SDK (src/sdk/index.ts) and the `tabwright` CLI (src/cli/main.ts) into dist-sdk/ as ES modules for
 * Node 20. Rolldown is the bundler vite itself runs on. The package's dependencies (ws) stay imports; the shared
 * extension code the SDK uses (task options, the bridge protocol) is bundled in.
 *
 *   node scripts/build-sdk.mjs [--outDir DIR]
 */
import { chmodSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'rolldown';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { outDir: { type: 'string' } } });
const outDir = resolve(root, values.outDir ?? 'dist-sdk');

await build({
  input: { index: resolve(root, 'src/sdk/index.ts'), cli: resolve(root, 'src/cli/main.ts') },
  platform: 'node',
  external: [/^node:/, 'ws'],
  output: {
    dir: outDir,
    format: 'esm',
    entryFileNames: '[name].mjs',
    chunkFileNames: 'shared-[hash].mjs',
    banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
    cleanDir: true,
  },
});
chmodSync(resolve(outDir, 'cli.mjs'), 0o755);
console.log(`SDK and CLI built into ${outDir}`);
