// `npm run bench`: builds the extension into a scratch directory and runs every benchmark in turn (one browser
// at a time), printing the numbers that BENCHMARKS.md records.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './load-ts.mjs';
import { compare } from './snapshot-versus-peers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);
const wanted = (name) => only.length === 0 || only.includes(name);

const dist = mkdtempSync(path.join(tmpdir(), 'tabwright-bench-dist-'));
const build = spawnSync('npx', ['vite', 'build', '--outDir', dist, '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

if (wanted('snapshot')) {
  // Beside the main checkout (../shared) or beside a worktree's parent (../../shared); SNAPBENCH_DIR overrides.
  const candidates = [process.env.SNAPBENCH_DIR, '../shared/bench/snapshot', '../../shared/bench/snapshot']
    .filter(Boolean)
    .map((dir) => path.resolve(root, dir));
  const shared = candidates.find((dir) => existsSync(path.join(dir, 'run.mjs'))) ?? candidates[0];
  if (existsSync(path.join(shared, 'run.mjs'))) {
    console.log('\n# Snapshot benchmark (../shared/bench/snapshot)');
    // shared/ is read-only: the harness runs from a scratch copy with its own dependencies.
    const harness = mkdtempSync(path.join(tmpdir(), 'tabwright-snapbench-'));
    cpSync(shared, harness, { recursive: true, filter: (source) => !source.includes('node_modules') });
    // Our own app-shell pages (r–z, sh-*) join the public ones (a–h). The harness picks up pages/<letter>-*.mjs
    // only: its copy is widened to ids of several letters, or the sh-* pages would be skipped without a word.
    cpSync(path.join(root, 'bench/snapshot-pages'), path.join(harness, 'pages'), { recursive: true });
    const server = path.join(harness, 'server.mjs');
    const source = readFileSync(server, 'utf8');
    const widened = source.replaceAll('[a-z]-[\\w-]+', '[a-z]+-[\\w-]+');
    if (widened === source) throw new Error(`${server}: its page id pattern changed; the sh-* pages would be skipped`);
    writeFileSync(server, widened);
    const env = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
    spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: harness, stdio: 'inherit', env });
    const out = path.join(harness, 'results');
    const adapter = path.join(root, 'bench/snapshot-adapter.mjs');
    spawnSync('node', ['run.mjs', '--snapshotter', adapter, '--variant', 'default,all', '--out', out], {
      cwd: harness,
      stdio: 'inherit',
    });
    if (existsSync(path.join(out, 'results.json'))) {
      console.log('\n## Default view beside the peers (their figures from ../shared/bench/snapshot/README.md)\n');
      console.log(compare(harness, out, 'default'));
    }
  } else {
    console.log('\n# Snapshot benchmark skipped: ../shared/bench/snapshot is not present');
  }
}

if (wanted('actions')) {
  console.log('\n# Action overhead per step (snapshot + action + settle, model time excluded)');
  spawnSync('node', [path.join(root, 'bench/action-overhead.mjs')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TABWRIGHT_DIST: dist },
  });
}

if (wanted('tokens')) {
  console.log('\n# Token usage');
  const { run } = await importTs(path.join(root, 'bench/token-usage.ts'));
  await run(dist);
}
process.exit(0);
