import { describe, expect, it } from 'vitest';
import { parseArguments, UsageError } from '../../../src/cli/arguments';
import type { TabwrightClient } from '../../../src/sdk/client';
import { TabwrightSdkError } from '../../../src/sdk/errors';
import { BadRequest } from '../../../src/sdk/serve/bad-request';
import { LocalApiServer } from '../../../src/sdk/serve/local-api-server';
import { LocalTask } from '../../../src/sdk/serve/local-task';
import { EventLog } from '../../../src/sdk/serve/event-log';
import { FileStore } from '../../../src/sdk/serve/file-store';
import { toTabwrightSecrets } from '../../../src/sdk/serve/secrets';
import { parseTaskRequest } from '../../../src/sdk/serve/task-request';
import { parseCustomTools } from '../../../src/shared/custom-tools';
import { localApiKey } from '../../../src/shared/local-api-key';

const files = new FileStore();

/** What `find` returns once it returns something, polled every 5 ms for a second. */
async function until<T>(find: () => T | undefined): Promise<T> {
  for (let tries = 0; tries < 200; tries++) {
    const found = find();
    if (found !== undefined) return found;
    await new Promise((done) => setTimeout(done, 5));
  }
  throw new Error('never happened');
}

describe('the local API task request', () => {
  it('maps the hosted fields onto Tabwright options and reports the ones with no local meaning', () => {
    const request = parseTaskRequest(
      {
        task: 'Find a flight',
        url: 'https://flights.example/',
        metadata: { from: 'Berlin' },
        response_model: { type: 'object' },
        max_steps: 12,
        allowed_urls: ['https://*example.com/*'],
        agent: 'smooth',
        device: 'mobile',
        enable_recording: true,
        proxy_server: 'http://proxy.example:3128',
        proxy_password: 'secret-password',
        use_adblock: true,
        brand_new_field: 1,
        respone_model: { type: 'object' },
        tasks: 'a second task',
      },
      files,
    );
    expect(request.task).toBe('Find a flight');
    expect(request.options).toEqual({
      url: 'https://flights.example/',
      metadata: { from: 'Berlin' },
      response_model: { type: 'object' },
      max_steps: 12,
      allowed_urls: ['https://*example.com/*'],
    });
    expect(request.ignored).toEqual([
      { field: 'device', value: 'mobile', reason: expect.any(String) },
      { field: 'proxy_server', value: 'http://proxy.example:3128', reason: expect.any(String) },
      { field: 'proxy_password', value: '(hidden)', reason: expect.any(String) },
      { field: 'brand_new_field', value: null, reason: 'not a field of the local API' },
      { field: 'respone_model', value: null, reason: 'not a field of the local API: did you mean "response_model"?' },
      { field: 'tasks', value: null, reason: 'not a field of the local API: did you mean "task"?' },
    ]);
  });

  it('opens a session for task null and still checks the session-wide fields', () => {
    expect(parseTaskRequest({ task: null, url: 'https://example.com' }, files).task).toBeNull();
    expect(() => parseTaskRequest({ task: null, allowed_urls: 'example.com' }, files)).toThrow(/allowed_urls/);
    expect(() => parseTaskRequest({ task: '' }, files)).toThrow(/"task" must be text/);
    expect(() => parseTaskRequest([], files)).toThrow(/JSON object/);
  });

  it('refuses proxy_server "self" (the smooth CLI\'s default), saying the browser is already the user\'s own', () => {
    for (const task of [null, 'Find a flight']) {
      expect(() => parseTaskRequest({ task, proxy_server: 'self', proxy_password: 'tunnel-token' }, files)).toThrow(
        /proxy_server "self".*already your own.*smooth start-session --no-proxy/,
      );
    }
    // Any other proxy is accepted and reported as ignored.
    expect(parseTaskRequest({ task: null, proxy_server: 'http://proxy.example:3128' }, files).ignored).toEqual([
      { field: 'proxy_server', value: 'http://proxy.example:3128', reason: expect.any(String) },
    ]);
  });

  it('turns hosted tool signatures into tool definitions: properties maps are all required, whole schemas kept', () => {
    const { options } = parseTaskRequest(
      {
        task: 't',
        custom_tools: [
          {
            name: 'weather',
            description: 'Weather for a city',
            inputs: { city: { type: 'string' } },
            output: 'the forecast',
          },
          { name: 'noop', description: 'Nothing', inputs: { type: 'object', properties: {} }, output: '' },
        ],
      },
      files,
    );
    expect(options.custom_tools).toEqual([
      {
        name: 'weather',
        description: 'Weather for a city\nReturns: the forecast',
        input_schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
      },
      { name: 'noop', description: 'Nothing', input_schema: { type: 'object', properties: {} } },
    ]);
    expect(() => parseTaskRequest({ task: 't', custom_tools: [{ name: 'x', inputs: 'text' }] }, files)).toThrow(
      /custom_tools\[0\]/,
    );
  });
});

describe('a session whose task waits for a custom tool', () => {
  const lookup = {
    name: 'lookup',
    description: 'Looks a thing up',
    input_schema: { type: 'object', properties: { q: { type: 'string' } } },
  };

  /** A browser whose task calls the tool once and returns its answer; goto answers at once. */
  function browser() {
    const session = {
      id: 'session-1',
      runWireTask: async (_options: unknown, tools: Array<{ run: (input: never) => unknown }>) => {
        const output = await tools[0]!.run({ q: 'x' } as never);
        return { status: 'success', output, credits_used: 0, duration: 1 };
      },
      goto: async (url: string) => ({ url, title: 'Page', duration: 0.1 }),
      close: async () => undefined,
    };
    return { createSession: async () => session } as unknown as TabwrightClient;
  }

  it('refuses an action at once (400) instead of queueing it behind the task, which waits for the tool', async () => {
    const task = new LocalTask(browser(), {
      task: null,
      options: { custom_tools: [lookup] },
      ignored: [],
      recording: true,
    });
    task.start();
    await until(() => (task.status === 'running' ? true : undefined));
    task.receive({ id: 'run-1', name: 'session_action', payload: { name: 'run_task', input: { task: 'Look it up' } } });
    const call = await until(() => task.events.after(0).find((event) => event.name === 'tool_call'));

    // The tool's handle navigates while its own task waits for it: answered now, not after the tool's 10 minutes.
    const goto = { name: 'goto', input: { url: 'https://example.com/' } };
    let refused: unknown;
    try {
      task.receive({ id: 'goto-1', name: 'browser_action', payload: goto });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(BadRequest);
    expect(refused).toMatchObject({
      status: 400,
      message:
        'The custom tool "lookup" has not answered yet: the page cannot be used from inside a custom tool while its ' +
        'task runs; return what the tool needs and let the agent act.',
    });

    task.receive({ id: call.id, name: 'tool_call', payload: { code: 200, output: 'found' } });
    const answered = await until(() => task.events.after(0).find((event) => event.id === 'run-1'));
    expect(answered.payload).toMatchObject({ name: 'run_task', code: 200, output: { output: 'found' } });
    // Once the tool has answered, the page is the script's again.
    task.receive({ id: 'goto-2', name: 'browser_action', payload: goto });
    const moved = await until(() => task.events.after(0).find((event) => event.id === 'goto-2'));
    expect(moved.payload).toMatchObject({ code: 200, output: { url: 'https://example.com/' } });
  });
});

describe('a custom tool that fails', () => {
  const lookup = { name: 'lookup', description: '', input_schema: { type: 'object', properties: {} } };

  /**
   * A browser whose task calls the tool once. An error goes back to the model, which (here) then finishes, unless
   * the task is stopped first (a close, or a stop in the session), which ends it cancelled with the reason.
   */
  function browser() {
    const seen = { closed: false, stops: [] as string[] };
    let stop!: (reason: string) => void;
    const session = {
      id: 'session-1',
      runWireTask: async (_options: unknown, tools: Array<{ run: (input: never) => unknown }>) => {
        const stopped = new Promise<string>((done) => (stop = done));
        try {
          return { status: 'success', output: await tools[0]!.run({} as never), credits_used: 0.2, duration: 1 };
        } catch {
          const reason = await Promise.race([stopped, new Promise<undefined>((done) => setTimeout(done, 50))]);
          return reason === undefined
            ? { status: 'success', output: 'worked around it', credits_used: 0.2, duration: 1 }
            : { status: 'cancelled', output: null, message: reason, credits_used: 0.2, duration: 1 };
        }
      },
      stopTask: async (reason: string) => {
        seen.stops.push(reason);
        stop(reason);
        return true;
      },
      close: async () => {
        seen.closed = true;
        stop('Closed.');
      },
    };
    return { client: { createSession: async () => session } as unknown as TabwrightClient, seen };
  }

  /** A task (null: a session) whose only custom tool is `lookup`. */
  const withLookup = (client: ConstructorParameters<typeof LocalTask>[0], task: string | null) =>
    new LocalTask(client, { task, options: { custom_tools: [lookup] }, ignored: [], recording: true });
  const toolCall = (task: LocalTask) => until(() => task.events.after(0).find((event) => event.name === 'tool_call'));

  it('ends a one-shot task failed when an essential tool fails (code 500), and closes its window', async () => {
    const { client, seen } = browser();
    const task = withLookup(client, 'Look it up');
    task.start();
    const call = await toolCall(task);
    task.receive({ id: call.id, name: 'tool_call', payload: { code: 500, output: 'Database down' } });
    await until(() => (task.finished ? true : undefined));
    expect(task).toMatchObject({ status: 'failed', message: 'custom tool lookup failed: Database down', output: null });
    await until(() => (seen.closed ? true : undefined));
    // The task's model calls still count.
    await until(() => (task.credits > 0 ? true : undefined));
    expect(task.status).toBe('failed');
  });

  it("stops a session's task on an essential tool's failure and answers its run_task with why; the session goes on", async () => {
    const { client, seen } = browser();
    const task = withLookup(client, null);
    task.start();
    await until(() => (task.status === 'running' ? true : undefined));
    task.receive({ id: 'run-1', name: 'session_action', payload: { name: 'run_task', input: { task: 'Look it up' } } });
    const call = await toolCall(task);
    task.receive({ id: call.id, name: 'tool_call', payload: { code: 500, output: { error: 'Database down' } } });
    const answered = await until(() => task.events.after(0).find((event) => event.id === 'run-1'));
    expect(answered.payload).toEqual({
      name: 'run_task',
      code: 400,
      output: 'failed: custom tool lookup failed: {"error":"Database down"}',
    });
    expect(seen.stops).toEqual(['custom tool lookup failed: {"error":"Database down"}']);
    expect(task.status).toBe('running');
    expect(seen.closed).toBe(false);
  });

  it('leaves a non-essential failure (code 400) to the model: the task goes on', async () => {
    const { client, seen } = browser();
    const task = withLookup(client, 'Look it up');
    task.start();
    const call = await toolCall(task);
    task.receive({ id: call.id, name: 'tool_call', payload: { code: 400, output: 'No such item' } });
    await until(() => (task.finished ? true : undefined));
    expect(task).toMatchObject({ status: 'done', output: 'worked around it' });
    expect(seen.stops).toEqual([]);
  });
});

describe('uploaded files', () => {
  /** A multipart body as fetch writes it: a Blob without a type goes out as application/octet-stream. */
  async function upload(store: FileStore, file: Blob, name: string, purpose?: string) {
    const form = new FormData();
    form.append('file', file, name);
    if (purpose !== undefined) form.append('file_purpose', purpose);
    const request = new Request('http://127.0.0.1/', { method: 'POST', body: form });
    const id = await store.add(request.headers.get('content-type') ?? '', Buffer.from(await request.arrayBuffer()));
    return store.resolve([id])[0];
  }

  it("takes the type from the file's name when the part says only application/octet-stream (the TypeScript SDK)", async () => {
    const store = new FileStore();
    expect(await upload(store, new Blob(['a,b']), 'table.csv')).toMatchObject({ name: 'table.csv', type: 'text/csv' });
    const typed = new Blob(['%PDF'], { type: 'application/octet-stream' });
    expect(await upload(store, typed, 'Statement.PDF')).toMatchObject({ type: 'application/pdf' });
    // A type of its own is kept; a name that says nothing leaves the generic one.
    expect(await upload(store, new Blob(['{}'], { type: 'text/plain' }), 'a.json')).toMatchObject({
      type: 'text/plain',
    });
    expect(await upload(store, new Blob(['?']), 'blob.bin')).toMatchObject({ type: 'application/octet-stream' });
  });

  it('keeps the file_purpose part with the file; an empty one is no purpose', async () => {
    const store = new FileStore();
    expect(await upload(store, new Blob(['hello']), 'notes.txt', ' the notes for the form ')).toEqual({
      name: 'notes.txt',
      type: 'text/plain',
      data: Buffer.from('hello').toString('base64'),
      purpose: 'the notes for the form',
    });
    expect(await upload(store, new Blob(['hello']), 'notes.txt', '')).not.toHaveProperty('purpose');
  });
});

describe('secrets from either SDK', () => {
  it('takes the TypeScript shape { name: { value, allowed_urls } }', () => {
    expect(toTabwrightSecrets({ password: { value: 'pw', allowed_urls: ['https://bank.example/*'] } })).toEqual({
      password: { value: 'pw', allowedUrls: ['https://bank.example/*'] },
    });
  });

  it('takes the Python shape { urlPattern: { name: value } } and merges a name allowed on several sites', () => {
    expect(
      toTabwrightSecrets({
        'https://a.example/*': { token: 't1' },
        'https://b.example/*': { token: 't1', pin: '1234' },
      }),
    ).toEqual({
      token: { value: 't1', allowedUrls: ['https://a.example/*', 'https://b.example/*'] },
      pin: { value: '1234', allowedUrls: ['https://b.example/*'] },
    });
    expect(() =>
      toTabwrightSecrets({ 'https://a.example/*': { token: 't1' }, 'https://b.example/*': { token: 't2' } }),
    ).toThrow(/two different values/);
    expect(toTabwrightSecrets(null)).toBeUndefined();
  });
});

describe('the event log', () => {
  it('gives every event a strictly later whole-millisecond timestamp, so event_t never skips one', () => {
    const log = new EventLog();
    const events = Array.from({ length: 50 }, (_, index) => log.append('progress', { index }));
    for (let i = 1; i < events.length; i++) expect(events[i]!.timestamp).toBeGreaterThan(events[i - 1]!.timestamp);
    expect(events.every((event) => Number.isInteger(event.timestamp) && /^[\w-]{21}$/.test(event.id))).toBe(true);
    expect(log.after(events[24]!.timestamp)).toEqual(events.slice(25));
    expect(log.after(0)).toHaveLength(50);
  });
});

describe('custom tool definitions', () => {
  const schema = { type: 'object' };
  it('follows the Messages API rules for names and input schemas', () => {
    expect(parseCustomTools([{ name: 'get-weather_2', input_schema: schema }])).toEqual([
      { name: 'get-weather_2', description: '', input_schema: schema },
    ]);
    expect(() => parseCustomTools([{ name: 'x'.repeat(65), input_schema: schema }])).toThrow(/1 to 64/);
    expect(() => parseCustomTools([{ name: 'ask_user', input_schema: schema }])).toThrow(/Tabwright's own/);
    expect(() => parseCustomTools([{ name: 'a', input_schema: { type: 'array' } }])).toThrow(/"type": "object"/);
    expect(() => parseCustomTools({})).toThrow(/list/);
  });
});

describe('the local API key and tabwright serve arguments', () => {
  it('derives the key from the pairing token: stable, different per token, not the token', async () => {
    const key = await localApiKey('token-one');
    expect(key).toMatch(/^tw_[0-9a-f]{40}$/);
    expect(await localApiKey('token-one')).toBe(key);
    expect(await localApiKey('token-two')).not.toBe(key);
  });

  it('reads serve options and refuses task options', () => {
    expect(parseArguments(['serve'])).toEqual({ command: 'serve', port: 17374, headed: false, allowJavaScript: false });
    expect(
      parseArguments([
        'serve',
        '--port',
        '0',
        '--local-key',
        'abcdefghijklmnop',
        '--bridge-port',
        '18001',
        '--no-launch',
        '--allow-javascript',
      ]),
    ).toEqual({
      command: 'serve',
      port: 0,
      localKey: 'abcdefghijklmnop',
      bridgePort: 18001,
      launch: false,
      headed: false,
      allowJavaScript: true,
    });
    expect(() => parseArguments(['serve', '--url', 'https://example.com'])).toThrow(UsageError);
    expect(() => parseArguments(['serve', 'a task'])).toThrow(/takes no task/);
    expect(() => parseArguments(['serve', '--local-key', 'short'])).toThrow(/16 printable/);
    expect(() => parseArguments(['run', 'x', '--local-key', 'abcdefghijklmnop'])).toThrow(/belongs to tabwright serve/);
  });
});

describe('the local API over HTTP (routes that reach no browser)', () => {
  const KEY = 'unit-test-key-0123456789';
  async function withServer(run: (base: string) => Promise<void>, client = {} as TabwrightClient) {
    // These routes never reach the browser: a client that is not there shows it.
    const server = await LocalApiServer.listen({ client, apiKey: KEY, port: 0 });
    try {
      await run(`${server.baseUrl}v1`);
    } finally {
      await server.close();
    }
  }
  const call = async (base: string, method: string, path: string, body?: BodyInit) => {
    const response = await fetch(`${base}${path}`, { method, headers: { apikey: KEY }, body });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('refuses a body too large to read, then serves the same client again (its connection is closed, not reset)', async () => {
    await withServer(async (base) => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(7 * 1024 * 1024)]), 'big.bin');
      expect(await call(base, 'POST', '/file', form)).toEqual({
        status: 413,
        body: { detail: expect.stringMatching(/too large/) },
      });
      // fetch keeps connections alive: a reused one still holding the refused body's rest was reset.
      for (let request = 0; request < 3; request++) {
        expect(await call(base, 'GET', '/profile')).toEqual({ status: 200, body: { r: [] } });
      }
    });
  });

  it("refuses a task the browser's check refuses, naming the API field; an extension that cannot check lets it in", async () => {
    const asked: unknown[] = [];
    const refusing = {
      checkWireTask: async (options: unknown) => {
        asked.push(options);
        throw new TabwrightSdkError('invalid_option', 'Response schema is not a valid JSON Schema: …', 'responseModel');
      },
    } as unknown as TabwrightClient;
    await withServer(async (base) => {
      const body = JSON.stringify({ task: 'x', response_model: { type: 'objekt' }, max_steps: 5 });
      expect(await call(base, 'POST', '/task', body)).toEqual({
        status: 400,
        body: { detail: 'response_model: Response schema is not a valid JSON Schema: …' },
      });
      expect(asked).toEqual([{ task: 'x', response_model: { type: 'objekt' }, max_steps: 5 }]);
    }, refusing);
    // An older extension does not know the check: the task is accepted, and its start reports what is wrong.
    const older = {
      checkWireTask: async () => {
        throw new TabwrightSdkError('bad_request', 'Unknown method "task.check".');
      },
      createSession: async () => {
        throw new TabwrightSdkError('invalid_option', 'Response schema is not a valid JSON Schema: …', 'responseModel');
      },
    } as unknown as TabwrightClient;
    await withServer(async (base) => {
      const created = await call(base, 'POST', '/task', JSON.stringify({ task: 'x' }));
      expect(created.status).toBe(200);
      const id = (created.body.r as { id: string }).id;
      let task = (await call(base, 'GET', `/task/${id}`)).body.r as { status: string };
      while (task.status === 'waiting' || task.status === 'running') {
        await new Promise((done) => setTimeout(done, 10));
        task = (await call(base, 'GET', `/task/${id}`)).body.r as { status: string };
      }
      expect(task).toMatchObject({
        status: 'failed',
        error: 'response_model: Response schema is not a valid JSON Schema: …',
      });
    }, older);
  });

  it('refuses proxy_server "self" with 400 before the browser is asked anything (no window opens)', async () => {
    const asked: string[] = [];
    const browser = new Proxy({} as TabwrightClient, {
      get: (_target, method) => {
        asked.push(String(method));
        return async () => {
          throw new Error('the browser was reached');
        };
      },
    });
    await withServer(async (base) => {
      const body = JSON.stringify({ task: null, proxy_server: 'self', proxy_password: 'tunnel-token' });
      expect(await call(base, 'POST', '/task', body)).toEqual({
        status: 400,
        body: { detail: expect.stringMatching(/^proxy_server "self".*--no-proxy\)\.$/) },
      });
    }, browser);
    expect(asked).toEqual([]);
  });

  it('lists no extensions (the SDKs read a list), refuses uploads with what to do, 405 for other methods', async () => {
    await withServer(async (base) => {
      expect(await call(base, 'GET', '/extension')).toEqual({ status: 200, body: { r: [] } });
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(8)]), 'adblock.zip');
      expect(await call(base, 'POST', '/extension', form)).toEqual({
        status: 400,
        body: { detail: expect.stringMatching(/^Extensions are not uploaded .*install them in your own browser/) },
      });
      expect(await call(base, 'PUT', '/extension')).toEqual({
        status: 405,
        body: {
          detail:
            'PUT is not allowed on /api/v1/extension: it takes GET (list: always empty) and POST (upload: refused).',
        },
      });
      expect(await call(base, 'DELETE', '/extension/ext-1')).toEqual({
        status: 404,
        body: { detail: expect.stringMatching(/^No extension ext-1\. Extensions are not uploaded/) },
      });
      expect((await call(base, 'GET', '/extension/ext-1')).status).toBe(405);
    });
  });

  it('gives recording_url null while a task runs, then its live view (kept after the end), or "" if recording was off', async () => {
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    const browser = {
      checkWireTask: async () => undefined,
      createSession: async () => ({
        id: 'session-1',
        runWireTask: async () => {
          await held;
          return { status: 'success', output: 'ok', credits_used: 0, duration: 1 };
        },
        close: async () => undefined,
      }),
    } as unknown as TabwrightClient;
    await withServer(async (base) => {
      const poll = async (id: string) => (await call(base, 'GET', `/task/${id}`)).body.r as Record<string, unknown>;
      const start = async (fields: object) =>
        ((await call(base, 'POST', '/task', JSON.stringify({ task: 'x', ...fields }))).body.r as { id: string }).id;
      const recorded = await start({ enable_recording: true });
      const unrecorded = await start({ enable_recording: false });
      const running = { status: expect.stringMatching(/^(waiting|running)$/), recording_url: null };
      expect(await poll(recorded)).toMatchObject(running);
      expect(await poll(unrecorded)).toMatchObject(running);
      release();
      let done = await poll(recorded);
      while (done.status === 'running' || done.status === 'waiting') done = await poll(recorded);
      expect(done.status).toBe('done');
      expect(done.recording_url).toBe(done.live_url);
      const page = await fetch(done.recording_url as string);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<b id="status">done</b>');
      let off = await poll(unrecorded);
      while (off.status === 'running' || off.status === 'waiting') off = await poll(unrecorded);
      expect(off).toMatchObject({ status: 'done', recording_url: '' });
    }, browser);
  });

  it('answers a method a task route does not take with 405, saying which it takes', async () => {
    await withServer(async (base) => {
      expect(await call(base, 'GET', '/task')).toEqual({
        status: 405,
        body: { detail: 'GET is not allowed on /api/v1/task: it takes POST (create a task).' },
      });
      expect((await call(base, 'PUT', '/task')).status).toBe(405);
      expect(await call(base, 'GET', '/task/task-none')).toEqual({
        status: 404,
        body: { detail: 'No task task-none.' },
      });
    });
  });
});
