import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../support/browser';
import { signInWithSecret } from '../support/bank-sign-in';
import { lastUserText, type ModelServer, startModelServer, toolUse } from '../support/model-server';
import { type PageServer, startPageServer } from '../support/page-server';

const ROOT = resolve(import.meta.dirname, '../..');
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const SECRET = 'pw-Install-Check-9';

/**
 * Installs Tabwright the way the README says (npm run build, npm pack, npm install <tarball>) into an empty project,
 * offline, and uses it from there: the import, the built types, `npx tabwright`, and the README's SDK example.
 */
describe('the packed package, installed into a new project', () => {
  let scratch: string;
  let app: string;

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'tabwright-install-'));
    app = join(scratch, 'app');
    mkdirSync(app);
    const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', scratch], {
      cwd: ROOT,
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .at(-1)!;
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    // --offline: the package must need nothing from a registry (everything it runs is bundled).
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', join(scratch, tarball)], {
      cwd: app,
      stdio: 'pipe',
    });
  });

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('imports the SDK by its name', () => {
    const printed = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', "import * as t from 'tabwright'; console.log(Object.keys(t).sort().join(','))"],
      {
        cwd: app,
        encoding: 'utf8',
      },
    );
    expect(printed.trim()).toBe('Session,TabwrightClient,TabwrightSdkError');
  });

  it('ships built type declarations that check option names', () => {
    const check = (source: string) => {
      writeFileSync(join(app, 'check.ts'), source);
      return spawnSync(
        process.execPath,
        [
          TSC,
          '--ignoreConfig',
          'check.ts',
          '--noEmit',
          '--strict',
          '--module',
          'nodenext',
          '--moduleResolution',
          'nodenext',
          '--target',
          'ES2022',
          '--types',
          'node',
          '--typeRoots',
          join(ROOT, 'node_modules/@types'),
        ],
        { cwd: app, encoding: 'utf8' },
      );
    };
    const good = check(
      "import { TabwrightClient, type RunTaskOptions } from 'tabwright';\n" +
        "const options: RunTaskOptions = { task: 'x', allowedUrls: ['*.example.com'], confirm: async () => 'deny', files: ['a.pdf'] };\n" +
        'void new TabwrightClient({ allowJavaScript: true }); void options;\n',
    );
    expect(good.stdout + good.stderr).toBe('');
    expect(good.status).toBe(0);
    const bad = check(
      "import type { RunTaskOptions } from 'tabwright';\nexport const options: RunTaskOptions = { task: 'x', allowedUrl: [] };\n",
    );
    expect(bad.stdout).toMatch(/allowedUrl/);
    expect(bad.status).not.toBe(0);
    expect(readdirSync(join(app, 'node_modules/tabwright/dist-sdk/types/src/sdk'))).toContain('index.d.ts');
  });

  it('runs npx tabwright', () => {
    const help = spawnSync('npx', ['--offline', 'tabwright', '--help'], { cwd: app, encoding: 'utf8' });
    expect(help.stdout).toMatch(/^Usage: tabwright run "<task>" \[options\]/);
    expect(help.stdout).toMatch(/--secret NAME=ENVVAR\[@PATTERN,\.\.\.\]/);
    expect(help.status).toBe(0);
  });

  describe("the README's SDK example, run from the installed package", () => {
    let model: ModelServer;
    let pages: PageServer;

    beforeAll(async () => {
      [model, pages] = await Promise.all([startModelServer(), startPageServer()]);
    });

    afterAll(async () => {
      await Promise.all([model?.close(), pages?.close()]);
    });

    it('signs in with a secret the model never sees, answering approvals itself', async () => {
      model.script([
        signInWithSecret('password'),
        (request) => {
          expect(lastUserText(request)).toContain('Signed in as ada with <secret>password</secret>');
          return { content: [toolUse('done', { success: true, output: { signedIn: true } })] };
        },
      ]);
      const example = join(app, 'sign-in.mjs');
      writeFileSync(example, readFileSync(join(ROOT, 'docs/examples/sign-in.mjs')));
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        EXAMPLE_SITE: pages.origin,
        BANK_PASSWORD: SECRET,
        ANTHROPIC_API_KEY: 'sk-test',
        ANTHROPIC_BASE_URL: model.url,
        CHROME_PATH: chromiumPath(),
      };
      // No TABWRIGHT_DIST: the installed package finds the extension it ships.
      delete env.TABWRIGHT_DIST;
      const child = spawn(process.execPath, [example], { cwd: app, env });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stderr += chunk));
      const code = await new Promise((done) => child.once('close', done));
      expect(code, stderr).toBe(0);
      expect(JSON.parse(stdout)).toMatchObject({ status: 'success', output: { signedIn: true }, steps: 2 });
      const sent = model.requests
        .filter((request) => request.path === '/v1/messages')
        .map((request) => JSON.stringify(request.body));
      expect(sent.filter((body) => body.includes(SECRET))).toEqual([]);
    });
  });
});
