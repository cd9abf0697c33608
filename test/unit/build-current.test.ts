import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildIsCurrent } from '../../scripts/build-current.mjs';

/** `npm start` skips its build only when dist/ is newer than every source of the extension. */
describe('npm start builds only when the sources changed', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const at = (path: string, seconds: number) => utimesSync(join(root, path), seconds, seconds);

  it('builds without a build, and after a source, the manifest or a dependency changed; not otherwise', () => {
    root = mkdtempSync(join(tmpdir(), 'tabwright-start-'));
    mkdirSync(join(root, 'src/background'), { recursive: true });
    writeFileSync(join(root, 'src/background/index.ts'), '');
    writeFileSync(join(root, 'manifest.json'), '{}');
    writeFileSync(join(root, 'package-lock.json'), '{}');
    at('src/background/index.ts', 1000);
    at('src/background', 1000);
    at('src', 1000);
    at('manifest.json', 1000);
    at('package-lock.json', 1000);
    expect(buildIsCurrent(root)).toBe(false);

    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist/manifest.json'), '{}');
    at('dist/manifest.json', 2000);
    expect(buildIsCurrent(root)).toBe(true);

    for (const source of ['src/background/index.ts', 'manifest.json', 'package-lock.json']) {
      at(source, 3000);
      expect(buildIsCurrent(root), source).toBe(false);
      at(source, 1000);
    }
    expect(buildIsCurrent(root)).toBe(true);
  });
});
