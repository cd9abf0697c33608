// Whether dist/ was built after every file the extension is built from changed: `npm start` then opens it as it is
// instead of building again (a restart, or a start right after `npm test`, takes seconds less).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = [
  'src',
  'public',
  'manifest.json',
  'vite.config.ts',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];

/**
 * The newest modification time (ms) of a file or of any file below a folder; 0 when it does not exist. Folders' own
 * times are left out: a build step's scratch file coming and going in one changes it (removing a source changes the
 * files that imported it).
 */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

/** True when `root`/dist holds a build newer than every source of it. */
export function buildIsCurrent(root) {
  const built = join(root, 'dist', 'manifest.json');
  if (!existsSync(built)) return false;
  const builtAt = statSync(built).mtimeMs;
  return SOURCES.every((source) => newest(join(root, source)) <= builtAt);
}
