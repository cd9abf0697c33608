import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import WebSocket from 'ws';

const root = resolve(import.meta.dirname, '../..');
// Without a display npm start runs Chromium headless with DevTools on this port; the test makes sure it has none.
const DEVTOOLS = 'http://127.0.0.1:9222';
const { DISPLAY: _display, WAYLAND_DISPLAY: _wayland, ...headlessEnv } = process.env;

function npm(script: 'start' | 'stop') {
  return spawnSync('node', [`scripts/${script}.mjs`], {
    cwd: root,
    env: headlessEnv,
    encoding: 'utf8',
    timeout: 120_000,
  });
}

/**
 * `npm start` used to open the panel page before the extension had loaded: ERR_BLOCKED_BY_CLIENT, 3 times of 3. The
 * second start reuses the profile the first one left, as a person's does.
 */
describe('npm start', () => {
  it('opens the side panel page working, twice in a row, and npm run stop ends the browser', async () => {
    // A failed run must not leave its browser for the next one (which would then refuse to start).
    onTestFinished(() => {
      npm('stop');
    });
    for (let run = 1; run <= 2; run++) {
      const started = npm('start');
      expect(started.status, started.stderr).toBe(0);
      expect(started.stdout).toMatch(/stop it with npm run stop/);
      // The suite built dist/ just before: a start neither builds it again nor opens a stale one.
      expect(started.stdout).toMatch(/The extension in dist\/ is up to date with its sources: not building it again/);
      const targets = (await (await fetch(`${DEVTOOLS}/json/list`)).json()) as Array<{
        type: string;
        url: string;
        webSocketDebuggerUrl: string;
      }>;
      const panel = targets.find(
        (target) => target.type === 'page' && target.url.endsWith('/src/ui/sidepanel/index.html'),
      );
      expect(panel, `run ${run}: no panel page among ${targets.map((target) => target.url).join(', ')}`).toBeDefined();
      // The page's own text, read through DevTools: the rendered form, not Chrome's error page.
      await expect
        .poll(() => pageText(panel!.webSocketDebuggerUrl), { timeout: 15_000 })
        .toMatch(/Task[\s\S]*(Start URL[\s\S]*Run|Set up Tabwright)/i);
      expect(await pageText(panel!.webSocketDebuggerUrl)).not.toMatch(/ERR_BLOCKED_BY_CLIENT|blocked/i);
      const stopped = npm('stop');
      expect(stopped.stdout).toMatch(/Stopped Tabwright's browser \(pid \d+\)/);
      // The DevTools port closes with the browser.
      await expect
        .poll(
          () =>
            fetch(`${DEVTOOLS}/json/version`).then(
              () => 'open',
              () => 'closed',
            ),
          { timeout: 15_000 },
        )
        .toBe('closed');
    }
  });
});

/** document.body.innerText of a page, through its DevTools WebSocket. */
function pageText(socketUrl: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(socketUrl);
    socket.on('error', reject);
    socket.on('open', () =>
      socket.send(
        JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression: 'document.body.innerText' } }),
      ),
    );
    socket.on('message', (data) => {
      const reply = JSON.parse(String(data)) as { id?: number; result?: { result?: { value?: string } } };
      if (reply.id !== 1) return;
      socket.close();
      resolve(reply.result?.result?.value ?? '');
    });
  });
}
