/**
 * `npm start`: build the extension, then open Chromium with it loaded in a dedicated profile and the side panel
 * page open in a tab (a real side panel needs a click on the toolbar icon, which a script cannot give).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importTs } from '../bench/load-ts.mjs';

const root = resolve(import.meta.dirname, '..');
const build = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

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
const profile = resolve(root, '.tabwright-profile');
const manifest = JSON.parse(readFileSync(resolve(dist, 'manifest.json'), 'utf8'));
// On a Linux machine without a display (a server, CI), a windowed browser cannot start: run it headless instead, with
// a DevTools port so the running extension can still be reached and inspected.
const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const DEVTOOLS_PORT = 9222;
const args = [
  ...(headless ? ['--headless', `--remote-debugging-port=${DEVTOOLS_PORT}`, '--disable-gpu'] : []),
  `--user-data-dir=${profile}`,
  `--disable-extensions-except=${dist}`,
  `--load-extension=${dist}`,
  '--no-first-run',
  '--no-default-browser-check',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  `chrome-extension://${extensionId(dist)}/${manifest.side_panel.default_path}`,
];
console.log(`Opening ${chromium} with Tabwright loaded (profile: ${profile}).`);
if (headless) {
  console.log(`No display found, so Chromium runs headless; its DevTools are at http://127.0.0.1:${DEVTOOLS_PORT}.`);
}
spawn(chromium, args, { stdio: 'ignore', detached: true }).unref();

/** Chrome derives an unpacked extension's id from its absolute path: sha256, first 32 hex digits mapped to a–p. */
function extensionId(path) {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}
