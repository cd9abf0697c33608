/** `npm run stop`: ends the browser that `npm start` left running (its profile and settings are kept). */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { PID_FILE, runningBrowser } from './browser-pid.mjs';

const profile = resolve(import.meta.dirname, '..', '.tabwright-profile');
const pid = runningBrowser(profile);
if (pid === undefined) {
  console.log('No browser from npm start is running.');
} else {
  process.kill(pid, 'SIGTERM');
  console.log(`Stopped Tabwright's browser (pid ${pid}).`);
}
rmSync(resolve(profile, PID_FILE), { force: true });
