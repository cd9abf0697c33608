import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTemporaryProfile } from '../../../src/sdk/temporary-profile';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function profile(name: string, owner?: number) {
  mkdirSync(join(root, name));
  writeFileSync(join(root, name, 'Preferences'), '{}');
  if (owner !== undefined) writeFileSync(join(root, name, 'tabwright-owner.pid'), String(owner));
}

describe("a launched browser's temporary profile", () => {
  it('is marked with its launching process, and removes the profiles of launches whose process has ended', () => {
    root = mkdtempSync(join(tmpdir(), 'tabwright-profiles-'));
    // A script that ran and was ended by a signal: its process id no longer runs.
    const ended = spawnSync(process.execPath, ['-e', '']).pid!;
    profile('tabwright-sdk-killed', ended);
    profile('tabwright-sdk-running', process.pid);
    // Not marked (another version, or not a profile of ours): left alone.
    profile('tabwright-sdk-unmarked');
    profile('someone-else', ended);

    const fresh = createTemporaryProfile(root);

    expect(readdirSync(root).sort()).toEqual(
      ['someone-else', 'tabwright-sdk-running', 'tabwright-sdk-unmarked', fresh.slice(root.length + 1)].sort(),
    );
    expect(existsSync(join(fresh, 'tabwright-owner.pid'))).toBe(true);
  });
});
