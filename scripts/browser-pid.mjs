import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where `npm start` notes the process id of the browser it leaves running, inside its profile. */
export const PID_FILE = 'tabwright-start.pid';

/** The pid of the browser an earlier `npm start` left running in `profile`, or undefined when there is none. */
export function runningBrowser(profile) {
  const file = resolve(profile, PID_FILE);
  if (!existsSync(file)) return undefined;
  const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
  if (!(pid > 0)) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}
