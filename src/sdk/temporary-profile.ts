import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PROFILE_PREFIX = 'tabwright-sdk-';
/** Names the process that launched the browser using the profile; Chromium itself never writes such a file. */
const OWNER_FILE = 'tabwright-owner.pid';

/**
 * A fresh temporary profile for a launched browser, marked with this process's id. A script ended by a signal
 * (SIGTERM, SIGKILL) runs no exit hook: its browser goes with it (the DevTools pipe closes), but its profile stays.
 * Each launch first removes the profiles whose launching process is gone, so they do not pile up in the temp folder.
 */
export function createTemporaryProfile(root = tmpdir()): string {
  removeOrphanedProfiles(root);
  const profile = mkdtempSync(join(root, PROFILE_PREFIX));
  writeFileSync(join(profile, OWNER_FILE), String(process.pid));
  return profile;
}

/** Removes the marked profiles under `root` whose launching process no longer runs; returns their paths. */
function removeOrphanedProfiles(root = tmpdir()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(root).filter((name) => name.startsWith(PROFILE_PREFIX));
  } catch {
    return removed;
  }
  for (const name of names) {
    const profile = join(root, name);
    const owner = ownerOf(profile);
    if (owner === undefined || isRunning(owner)) continue;
    try {
      rmSync(profile, { recursive: true, force: true });
      removed.push(profile);
    } catch {
      // Another launch may be removing it too, or it is not ours to remove: leaving it is harmless.
    }
  }
  return removed;
}

function ownerOf(profile: string): number | undefined {
  try {
    const pid = Number(readFileSync(join(profile, OWNER_FILE), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
