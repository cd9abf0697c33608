import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BridgeStatus } from '../../src/shared/bridge-protocol';
import { TabwrightClient, type TabwrightSdkError } from '../../src/sdk/index';
import type { ExtensionBrowser } from '../support/browser';
import { findRef, lastUserText, type ModelServer, type RecordedRequest, text, toolUse } from '../support/model-server';
import { freePort } from '../support/free-port';
import type { PageServer } from '../support/page-server';
import { type ClientRig, type ExtensionRig, startClientRig, startExtensionRig } from '../support/rig';

/** Text of the first user message: the task, its metadata and <previous_tasks>. */
function firstUserText(request: RecordedRequest): string {
  const first = request.body.messages?.[0];
  if (!first) return '';
  return typeof first.content === 'string' ? first.content : first.content.map((block) => block.text ?? '').join('\n');
}

function messageCalls(model: ModelServer, from = 0): RecordedRequest[] {
  return model.requests.slice(from).filter((request) => request.path === '/v1/messages');
}

/** The model's step that clicks the element of the page state whose line matches. */
const clickRef = (element: RegExp) => (request: RecordedRequest) => ({
  content: [
    toolUse(
      'left_click',
      { target: { type: 'ref', ref: findRef(lastUserText(request), element) } },
      { toolset: 'browser' },
    ),
  ],
});

const FLIGHT_SCHEMA = {
  type: 'object',
  properties: { flight: { type: 'string' }, price: { type: 'number' } },
  required: ['flight', 'price'],
  additionalProperties: false,
};

describe('SDK → bridge → extension in a Chromium the SDK launches', () => {
  let client: TabwrightClient;
  let model: ModelServer;
  let pages: PageServer;
  let rig: ClientRig;

  beforeAll(async () => {
    // No token: the SDK launches Chromium with the built extension and pairs with it on its own.
    rig = await startClientRig();
    ({ client, model, pages } = rig);
  });

  afterAll(() => rig?.close());

  it('runs a task with metadata and a response model, and returns the validated output, credits and duration', async () => {
    const first = model.requests.length;
    model.script([
      (request) => ({
        content: [
          text('The flights are listed on another page.'),
          toolUse(
            'left_click',
            { target: { type: 'ref', ref: findRef(lastUserText(request), /link "Flights"/) } },
            { toolset: 'browser' },
          ),
        ],
      }),
      (request) => {
        expect(lastUserText(request)).toContain('TW 205');
        return { content: [toolUse('done', { success: true, output: { flight: 'TW 205', price: 89 } })] };
      },
    ]);
    const result = await client.session({ url: pages.url('/index.html') }, (session) =>
      session.runTask({
        task: 'Find the cheapest flight to Lisbon.',
        maxSteps: 6,
        metadata: { currency: 'EUR' },
        responseModel: FLIGHT_SCHEMA,
      }),
    );
    expect(result).toMatchObject({ status: 'success', output: { flight: 'TW 205', price: 89 }, steps: 2 });
    expect(result.creditsUsed).toBeGreaterThan(0);
    expect(result.duration).toBeGreaterThan(0);
    const [call] = messageCalls(model, first);
    expect(firstUserText(call!)).toMatch(/<metadata>[\s\S]*"currency": "EUR"/);
    expect(firstUserText(call!)).not.toContain('<previous_tasks>');
  });

  it('chains tasks: the next one starts on the page the last left and is told what earlier ones returned', async () => {
    const first = model.requests.length;
    model.script([
      clickRef(/link "Newsletter"/),
      { content: [toolUse('done', { success: true, output: { page: 'newsletter sign-up' } })] },
      (request) => {
        expect(lastUserText(request)).toContain('/signup.html');
        return { content: [toolUse('done', { success: true, output: 'subscribed nobody' })] };
      },
    ]);
    const [one, two] = await client.session({ url: pages.url('/index.html') }, async (session) => [
      await session.runTask({ task: 'Open the newsletter page.' }),
      await session.runTask({ task: 'Say what this page is for.' }),
    ]);
    expect(one).toMatchObject({ status: 'success', output: { page: 'newsletter sign-up' } });
    expect(two).toMatchObject({ status: 'success', output: 'subscribed nobody' });
    const second = firstUserText(messageCalls(model, first)[2]!);
    expect(second).toContain('<previous_tasks>');
    expect(second).toContain('1. Task: Open the newsletter page.');
    expect(second).toContain('Output: {"page":"newsletter sign-up"}');
    expect(second).toMatch(/Ended on: http:\/\/127\.0\.0\.1:\d+\/signup\.html/);
  });

  it("keeps a secret an earlier task of the session typed out of the next task's and extract's model requests", async () => {
    // The token field keeps showing what the first task typed: the second task and extract read the same page.
    const SECRET = 'Quartz-Fable-9034';
    const first = model.requests.length;
    model.script([
      clickRef(/textbox "API token"/),
      { content: [toolUse('type', { text: '<secret>token</secret>' }, { toolset: 'browser' })] },
      { content: [toolUse('done', { success: true, output: 'saved' })] },
      { content: [toolUse('done', { success: true, output: 'read' })] },
      { content: [toolUse('extraction', { output: { token: 'unknown' } })] },
    ]);
    const secrets = { token: { value: SECRET, allowedUrls: [`${pages.origin}/guards/*`] } };
    await client.session({ url: pages.url('/guards/fourth-clipboard.html') }, async (session) => {
      expect(await session.runTask({ task: 'Save my API token.', secrets })).toMatchObject({ status: 'success' });
      expect(await session.runTask({ task: 'What does this page show?' })).toMatchObject({ status: 'success' });
      const schema = { type: 'object', properties: { token: { type: 'string' } } };
      expect(await session.extract({ schema })).toMatchObject({ status: 'success' });
    });
    const bodies = model.requests.slice(first).map((request) => JSON.stringify(request.body));
    expect(bodies).toHaveLength(5);
    // Before this was kept, the second task's request and extract's carried the value.
    expect(bodies.filter((body) => body.includes(SECRET))).toEqual([]);
    expect(bodies[3]).toContain('<secret>token</secret>');
  });

  it('goes to a page for 0 credits and no model call, then extracts with a schema in one validated call', async () => {
    const schema = {
      type: 'object',
      properties: { flights: { type: 'array', items: FLIGHT_SCHEMA } },
      required: ['flights'],
    };
    const first = model.requests.length;
    model.script([
      (request) => {
        expect(request.body.tool_choice).toEqual({ type: 'tool', name: 'extraction' });
        expect(request.body.tools).toEqual([
          expect.objectContaining({
            name: 'extraction',
            input_schema: expect.objectContaining({ properties: { output: schema } }),
          }),
        ]);
        expect(lastUserText(request)).toContain('Every flight and its price in euros');
        expect(lastUserText(request)).toContain('TW 330');
        const flights = [
          { flight: 'TW 101', price: 129 },
          { flight: 'TW 205', price: 89 },
          { flight: 'TW 330', price: 240 },
        ];
        return { content: [toolUse('extraction', { output: { flights } })] };
      },
      { content: [toolUse('extraction', { output: { flights: [{ flight: 'TW 101', price: '€129' }] } })] },
    ]);
    await client.session({ url: pages.url('/index.html') }, async (session) => {
      const moved = await session.goto(pages.url('/prices.html'));
      expect(moved).toMatchObject({ url: pages.url('/prices.html'), title: 'Flights', creditsUsed: 0 });
      expect(messageCalls(model, first)).toHaveLength(0);

      const extracted = await session.extract<{ flights: unknown[] }>({
        schema,
        prompt: 'Every flight and its price in euros',
      });
      expect(extracted.status).toBe('success');
      expect(extracted.output.flights).toHaveLength(3);
      expect(extracted.creditsUsed).toBeGreaterThan(0);
      expect(messageCalls(model, first)).toHaveLength(1);

      const invalid = await session.extract({ schema });
      expect(invalid).toMatchObject({ status: 'failed', output: { flights: [{ flight: 'TW 101', price: '€129' }] } });
      expect(invalid.message).toMatch(/does not match the schema/);
    });
  });

  it("extracts from a page's cross-origin and sandboxed frames too", async () => {
    const first = model.requests.length;
    model.script([
      (request) => {
        const sent = lastUserText(request);
        // The tree and the text both hold what the frames show, stitched where the frames sit.
        expect(sent.match(/Save holder/g)?.length).toBeGreaterThanOrEqual(2);
        expect(sent.match(/Acknowledge note/g)?.length).toBeGreaterThanOrEqual(2);
        expect(sent).not.toContain('<<frame');
        return { content: [toolUse('extraction', { output: { buttons: ['Save holder', 'Acknowledge note'] } })] };
      },
    ]);
    await client.session({ url: pages.url('/gallery/frames.html') }, async (session) => {
      const extracted = await session.extract({
        schema: { type: 'object', properties: { buttons: { type: 'array', items: { type: 'string' } } } },
        prompt: 'The buttons of the embedded widgets',
      });
      expect(extracted.status).toBe('success');
    });
    expect(messageCalls(model, first)).toHaveLength(1);
  });

  it('runs three sessions in parallel, each in its own tab, and each finishes on its own', async () => {
    const names = ['alpha', 'beta', 'gamma'];
    const step = (request: RecordedRequest) => {
      const name = /Report the page for (\w+)/.exec(firstUserText(request))?.[1] ?? 'unknown';
      const turns = request.body.messages?.filter((message) => message.role === 'assistant').length ?? 0;
      if (turns === 0)
        return {
          content: [
            toolUse(
              'scroll',
              { target: { type: 'coordinate', x: 200, y: 200 }, scroll_direction: 'down' },
              { toolset: 'browser' },
            ),
          ],
        };
      const url = /URL: (\S+)/.exec(lastUserText(request))?.[1];
      // alpha answers last: the other two must not wait for it.
      return {
        content: [toolUse('done', { success: true, output: { name, url } })],
        delayMs: name === 'alpha' ? 2_000 : 0,
      };
    };
    model.script(Array(6).fill(step));
    const paths = ['/index.html', '/prices.html', '/signup.html'];
    const finished: string[] = [];
    const results = await Promise.all(
      names.map((name, i) =>
        client.session({ url: pages.url(paths[i]!) }, async (session) => {
          const result = await session.runTask({ task: `Report the page for ${name}.` });
          finished.push(name);
          return { tabId: session.tabId, result };
        }),
      ),
    );
    results.forEach(({ result }, i) => {
      expect(result).toMatchObject({ status: 'success', output: { name: names[i], url: pages.url(paths[i]!) } });
    });
    expect(new Set(results.map(({ tabId }) => tabId)).size).toBe(3);
    expect(finished.at(-1)).toBe('alpha');
  });

  it('refuses evaluateJs while JavaScript is off (naming the client option), and requests that do not parse exactly', async () => {
    await client.session({ url: pages.url('/prices.html') }, async (session) => {
      const refusal = (await session
        .evaluateJs('document.title')
        .catch((error: unknown) => error)) as TabwrightSdkError;
      // A launched browser's Settings are out of reach: the message names the client option instead.
      expect(refusal).toMatchObject({ code: 'invalid_option', field: 'allowJavaScript' });
      expect(refusal.message).toMatch(/pass allowJavaScript: true to new TabwrightClient/);

      const server = await client.connect();
      const malformed = await server
        .request('session.goto', { sessionId: session.id, url: pages.url('/'), force: true } as never)
        .catch((error: unknown) => error);
      expect(malformed).toMatchObject({ code: 'bad_request', message: 'Unknown parameter "force".' });
    });
  });
});

/** expect.poll for hooks, where vitest does not allow it. */
async function until(condition: () => Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${condition}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the bridge in your own browser', () => {
  let browser: ExtensionBrowser;
  let pages: PageServer;
  let bridgeRig: ExtensionRig;
  let port: number;
  let token: string;
  let options: Page;

  const bridgeStatus = () =>
    browser.worker.evaluate(
      async (key) => (await chrome.storage.session.get(key))[key] as BridgeStatus | undefined,
      'bridgeStatus',
    );
  const updateSettings = (patch: Record<string, unknown>) =>
    browser.worker.evaluate(async (patch) => {
      const { settings } = (await chrome.storage.local.get('settings')) as { settings?: object };
      await chrome.storage.local.set({ settings: { ...settings, ...patch } });
    }, patch);

  beforeAll(async () => {
    // As installed: the person turns the bridge on in Settings below.
    [bridgeRig, port] = await Promise.all([startExtensionRig({ configure: false }), freePort()]);
    ({ browser, pages } = bridgeRig);
    await until(async () => (await bridgeStatus())?.state === 'off');
    // What a person does in Settings: choose the port, turn the bridge on, and copy the pairing token it then shows.
    options = await browser.openOptions();
    await options.getByTestId('bridge-status').getByText('Bridge: Off').waitFor();
    await options.getByLabel('Bridge port').fill(String(port));
    await options.getByLabel('Bridge port').press('Enter');
    await options.getByLabel('Let scripts on this computer drive Tabwright').check();
    await until(async () => /^[\w-]{32}$/.test(await options.getByLabel('Pairing token').inputValue()));
    token = await options.getByLabel('Pairing token').inputValue();
  });

  afterAll(() => bridgeRig?.close());

  it('pairs with the token shown in settings, and runs JavaScript in the page once the user allows it', async () => {
    const client = new TabwrightClient({ port, token, launch: false, connectTimeoutMs: 20_000 });
    try {
      await client.session({ url: pages.url('/prices.html') }, async (session) => {
        expect((await bridgeStatus())?.state).toBe('connected');
        await expect
          .poll(() => options.getByTestId('bridge-status').textContent())
          .toMatch(/^Bridge: Connected to a script/);
        await expect(session.evaluateJs('document.title')).rejects.toMatchObject({ field: 'allowJavascript' });
        await updateSettings({ allowJavascript: true });
        expect(await session.evaluateJs('document.title')).toBe('Flights');
        const prices = await session.evaluateJs(
          ({ currency }: { currency: string }) =>
            [...document.querySelectorAll('td:last-child')].map((cell) => `${cell.textContent} ${currency}`),
          { currency: 'EUR' },
        );
        expect(prices).toEqual(['€129 EUR', '€89 EUR', '€240 EUR']);
        await expect(session.evaluateJs('Promise.resolve({ ready: document.readyState })')).resolves.toEqual({
          ready: 'complete',
        });
        await expect(session.evaluateJs('(() => { throw new Error("nope") })()')).rejects.toThrow(/threw Error: nope/);
      });
    } finally {
      await client.close();
    }
  });

  it('closes the sessions a script left open once the next script pairs', async () => {
    const windowCount = () => browser.worker.evaluate(async () => (await chrome.windows.getAll()).length);
    const before = await windowCount();
    const crashed = new TabwrightClient({ port, token, launch: false });
    await crashed.createSession({ url: pages.url('/index.html') });
    expect(await windowCount()).toBe(before + 1);
    // The script dies: its socket closes, but nobody closed the session.
    await (await crashed.connect()).close();

    const next = new TabwrightClient({ port, token, launch: false, connectTimeoutMs: 20_000 });
    try {
      await next.connect();
      await expect.poll(windowCount).toBe(before);
    } finally {
      await next.close();
    }
  });

  it('refuses a wrong pairing token, and the extension shows that it was refused', async () => {
    const client = new TabwrightClient({
      port,
      token: 'not-the-token-shown-in-settings',
      launch: false,
      connectTimeoutMs: 20_000,
    });
    try {
      const refusal = (await client.connect().catch((error: unknown) => error)) as TabwrightSdkError;
      expect(refusal.code).toBe('pairing_refused');
      expect(refusal.message).toMatch(/pairing token refused/);
      await expect.poll(async () => (await bridgeStatus())?.state).toBe('refused');
      await expect.poll(() => options.getByTestId('bridge-status').textContent()).toMatch(/^Bridge: Refused/);
    } finally {
      await client.close();
    }
  });
});
