/**
 * Builds the Node SDK (src/sdk/index.ts) and the `tabwright` CLI (src/cli/main.ts) into dist-sdk/ as ES modules for
 * Node 20. Rolldown is the bundler vite itself runs on. Everything the SDK uses is bundled in (ws, and the shared
 * extension code: task options, the bridge protocol), so the package has no runtime dependencies. Its type
 * declarations are emitted by tsc into dist-sdk/types/: an installed package ships built types, not TypeScript source.
 *
 *   node scripts/build-sdk.mjs [--outDir DIR]
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'rolldown';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { outDir: { type: 'string' } } });
const outDir = resolve(root, values.outDir ?? 'dist-sdk');

await build({
  input: { index: resolve(root, 'src/sdk/index.ts'), cli: resolve(root, 'src/cli/main.ts') },
  platform: 'node',
  // ws is bundled too, so the installed package needs no dependencies; its optional native speed-ups stay optional.
  external: [/^node:/, 'bufferutil', 'utf-8-validate'],
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

// Declarations only for what src/sdk/index.ts reaches; package.json "types" points at types/src/sdk/index.d.ts.
const declarations = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules/typescript/bin/tsc'),
    '--ignoreConfig',
    resolve(root, 'src/sdk/index.ts'),
    '--declaration',
    '--emitDeclarationOnly',
    '--outDir',
    join(outDir, 'types'),
    '--rootDir',
    root,
    '--target',
    'ES2022',
    '--module',
    'ESNext',
    '--moduleResolution',
    'Bundler',
    '--lib',
    'ES2023,DOM',
    '--types',
    'node,chrome',
    '--strict',
    '--skipLibCheck',
  ],
  { stdio: 'inherit' },
);
if (declarations.status !== 0) process.exit(declarations.status ?? 1);
// The package is an ES module: Node's resolution (moduleResolution node16/nodenext) wants relative imports with their
// extension, also in declarations; "./client.js" finds ./client.d.ts.
for (const file of readdirSync(join(outDir, 'types'), { recursive: true, encoding: 'utf8' }).filter((name) =>
  name.endsWith('.d.ts'),
)) {
  const path = join(outDir, 'types', file);
  writeFileSync(
    path,
    readFileSync(path, 'utf8').replace(/((?:from|import)\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+?)(?:\.ts)?\2/g, '$1$2$3.js$2'),
  );
}
console.log(`SDK, CLI and SDK types built into ${outDir}`);
