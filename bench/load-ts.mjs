// Benchmarks are TypeScript that share the test support code; Node 20 cannot run TypeScript, so each entry is
// bundled with rolldown (already installed with vite) into a temporary ES module and imported from there.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { rolldown } from 'rolldown';

export async function importTs(entry) {
  const bundle = await rolldown({
    input: entry,
    platform: 'node',
    logLevel: 'warn',
    // Packages stay external: they are resolved from the project's node_modules at run time.
    external: (id) => builtinModules.includes(id.replace(/^node:/, '')) || id.startsWith('node:') || /^[@a-z]/.test(id),
  });
  try {
    const { output } = await bundle.generate({ format: 'esm' });
    const dir = mkdtempSync(path.join(path.dirname(entry), '.bench-'));
    const file = path.join(dir, 'entry.mjs');
    writeFileSync(file, output[0].code);
    try {
      return await import(pathToFileURL(file).href);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    await bundle.close();
  }
}
