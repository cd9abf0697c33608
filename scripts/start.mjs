/**
 * `npm start`: build the extension (unless dist/ is newer than its sources), then open Chromium with it loaded in a
 * dedicated profile and the side panel page open in a tab (a real side panel needs a click on the toolbar icon, which
 * a script cannot give).
 *
 * The page is opened only once the extension's service worker runs: a chrome-extension:// URL given on the command
 * line is loaded before the extension is, and shows ERR_BLOCKED_BY_CLIENT. So Chromium starts with a DevTools port
 * on 127.0.0.1, the script waits for the worker's target there, then opens the page through the same endpoint.
 * The browser keeps running after the script ends; `npm run stop` (or closing its window) ends it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importTs } from '../bench/load-ts.mjs';
import { PID_FILE, runningBrowser } from './browser-pid.mjs';
import { buildIsCurrent } from './build-current.mjs';

const WORKER_TIMEOUT_MS = 30_000;

const root = resolve(import.meta.dirname, '..');
const profile = resolve(root, '.tabwright-profile');
const already = runningBrowser(profile);
if (already) {
  console.error(
    `Tabwright's browser from an earlier npm start is still running (pid ${already}). Stop it with: npm run stop`,
  );
  process.exit(1);
}

if (buildIsCurrent(root)) console.log('The extension in dist/ is up to date with its sources: not building it again.');
else {
  const build = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// The SDK's launcher and `npm start` look for a browser the same way.
const { findChromium } = await importTs(resolve(root, 'src/sdk/chromium-path.ts'));
const chromium = findChromium();
if (!chromium) {
  console.error(
    'No Chrome or Chromium found. Install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to its executable.\n' +
      `The built extension is in ${resolve(root, 'dist')}: load it unpacked from chrome://extensions (Developer mode → Load unpacked).`,
  );
  process.exit(1);
}

const dist = resolve(root, 'dist');
const manifest = JSON.parse(readFileSync(resolve(dist, 'manifest.json'), 'utf8'));
const extensionOrigin = `chrome-extension://${extensionId(dist)}/`;
// On a Linux machine without a display (a server, CI), a windowed browser cannot start: run it headless instead, with
// a fixed DevTools port so the running extension can still be reached and inspected.
const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const HEADLESS_DEVTOOLS_PORT = 9222;
mkdirSync(profile, { recursive: true });
const portFile = resolve(profile, 'DevToolsActivePort');
rmSync(portFile, { force: true });
const args = [
  ...(headless ? ['--headless', '--disable-gpu'] : []),
  // 0 lets Chromium pick a free port and write it to DevToolsActivePort; it listens on 127.0.0.1 only.
  `--remote-debugging-port=${headless ? HEADLESS_DEVTOOLS_PORT : 0}`,
  `--user-data-dir=${profile}`,
  `--disable-extensions-except=${dist}`,
  `--load-extension=${dist}`,
  '--no-first-run',
  '--no-default-browser-check',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];
console.log(`Opening ${chromium} with Tabwright loaded (profile: ${profile}).`);
const browser = spawn(chromium, args, { stdio: 'ignore', detached: true });
browser.unref();
writeFileSync(resolve(profile, PID_FILE), String(browser.pid));

try {
  const port = headless ? HEADLESS_DEVTOOLS_PORT : await devtoolsPort();
  await untilWorkerRuns(port);
  await openPage(port, `${extensionOrigin}${manifest.side_panel.default_path}`);
} catch (error) {
  console.error(`Chromium started (pid ${browser.pid}) but the Tabwright page could not be opened: ${error.message}`);
  console.error('Stop it with: npm run stop');
  process.exit(1);
}
if (headless) {
  console.log(
    `No display found, so Chromium runs headless; its DevTools are at http://127.0.0.1:${HEADLESS_DEVTOOLS_PORT}.`,
  );
}
console.log(
  `Tabwright's side panel page is open. The browser keeps running (pid ${browser.pid}): stop it with npm run stop.`,
);

async function devtoolsPort() {
  const deadline = Date.now() + WORKER_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (existsSync(portFile)) {
      const port = Number.parseInt(readFileSync(portFile, 'utf8').split('\n')[0] ?? '', 10);
      if (port > 0) return port;
    }
    await sleep(100);
  }
  throw new Error('Chromium did not open its DevTools port.');
}

/** The extension's service worker is a DevTools target once Chromium has loaded the extension. */
async function untilWorkerRuns(port) {
  const deadline = Date.now() + WORKER_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const targets = await fetch(`http://127.0.0.1:${port}/json/list`).then(
      (reply) => reply.json(),
      () => [],
    );
    if (targets.some((target) => target.type === 'service_worker' && target.url.startsWith(extensionOrigin))) return;
    await sleep(100);
  }
  throw new Error(`the extension's service worker did not start within ${WORKER_TIMEOUT_MS / 1000} s.`);
}

async function openPage(port, url) {
  const reply = await fetch(`http://127.0.0.1:${port}/json/new?${url}`, { method: 'PUT' });
  if (!reply.ok) throw new Error(`DevTools refused to open ${url} (HTTP ${reply.status}).`);
}

function sleep(ms) {
  return new Promise((done) => setTimeout(done, ms));
}

/** Chrome derives an unpacked extension's id from its absolute path: sha256, first 32 hex digits mapped to a–p. */
function extensionId(path) {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}
