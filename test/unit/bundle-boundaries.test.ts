import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const TSC = join(ROOT, 'node_modules/.bin/tsc');

/**
 * Type-checks one program's project with a probe file that imports `target`, and returns what tsc said. The probe
 * lives in the program's folder only while tsc runs; build info goes to a temporary folder, not the shared one.
 */
async function checkWithProbe(program: string, target: string): Promise<string> {
  const probe = join(ROOT, 'src', program, `zz-boundary-probe-${process.pid}.ts`);
  const scratch = mkdtempSync(join(tmpdir(), 'tabwright-boundary-'));
  writeFileSync(probe, `import * as probe from '${target}';\nexport const used = probe;\n`);
  try {
    const args = ['-p', join(ROOT, 'src', program), '--tsBuildInfoFile', join(scratch, 'probe.tsbuildinfo')];
    const { stdout } = await promisify(execFile)(TSC, args, { cwd: ROOT }).catch((error: { stdout?: string }) => ({
      stdout: error.stdout ?? '',
    }));
    return stdout;
  } finally {
    rmSync(probe, { force: true });
    rmSync(scratch, { recursive: true, force: true });
  }
}

describe('bundle boundaries', () => {
  // The three checks run at once: each is a whole tsc run of its program.
  let checks: Promise<[string, string, string]>;
  beforeAll(() => {
    checks = Promise.all([
      checkWithProbe('background', '../content/snapshot/refs'),
      checkWithProbe('sdk', '../shared/settings'),
      checkWithProbe('content', '../shared/frame-slots'),
    ]);
  });

  it("fail the build when one program imports another program's folder", async () => {
    const [worker, sdk] = await checks;
    const notListed = (file: string, project: string) =>
      new RegExp(
        `error TS6307: File '.*src/${file}' is not listed within the file list of project '.*src/${project}/tsconfig\\.json'`,
      );
    expect(worker).toMatch(notListed('content/snapshot/refs\\.ts', 'background'));
    // The SDK runs in Node: the extension-only part of shared (chrome.storage) is out of its reach too.
    expect(sdk).toMatch(notListed('shared/settings\\.ts', 'sdk'));
  });

  it('let every program import src/shared', async () => {
    expect((await checks)[2]).toBe('');
  });
});
