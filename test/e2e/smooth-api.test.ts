import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRef, lastUserText, type ModelServer, type RecordedRequest, text, toolUse } from '../support/model-server';
import type { PageServer } from '../support/page-server';
import { PYDANTIC_FLIGHTS, ZOD_TREE, ZOD4_CHEAPEST } from '../support/response-models';
import { launchingCliEnv, type ServerRig, startServerRig } from '../support/rig';
import {
  ApiError,
  type ProtocolClient as Client,
  ProtocolClient,
  type TaskResponse,
  ToolCallError,
} from './smooth-protocol-client';

/** The CLI as `npm run build` writes it. */
const CLI = resolve(import.meta.dirname, '../../dist-sdk/cli.mjs');
const API_KEY = 'local-test-key-0123456789';

const FLIGHT_SCHEMA = {
  type: 'object',
  properties: { flight: { type: 'string' }, price: { type: 'number' } },
  required: ['flight', 'price'],
};

function messageCalls(model: ModelServer, from: number): RecordedRequest[] {
  return model.requests.slice(from).filter((request) => request.path === '/v1/messages');
}

function firstUserText(request: RecordedRequest): string {
  const first = request.body.messages?.[0];
  if (!first) return '';
  return typeof first.content === 'string' ? first.content : first.content.map((block) => block.text ?? '').join('\n');
}

/** A step that changes nothing but makes the loop take a second turn (and a picture of the tab). */
const look = {
  content: [
    toolUse(
      'scroll',
      { target: { type: 'coordinate', x: 300, y: 300 }, scroll_direction: 'down' },
      { toolset: 'browser' },
    ),
  ],
};

function eventsOf(client: Client, taskId: string) {
  return client.polls.filter((poll) => poll.taskId === taskId).flatMap((poll) => poll.events);
}

describe('tabwright serve: the hosted agent API, driven as its SDKs drive it', () => {
  let model: ModelServer;
  let pages: PageServer;
  let server: ChildProcessWithoutNullStreams;
  let baseUrl: string;
  let client: ProtocolClient;
  let stderr = '';
  let rig: ServerRig;

  beforeAll(async () => {
    rig = await startServerRig();
    ({ model, pages } = rig);
    // The real command, launching its own Chromium with the built extension, pointed at the scripted model.
    server = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--local-key', API_KEY, '--confirm', 'never'], {
      env: launchingCliEnv(model),
    });
    server.stderr.on('data', (chunk) => (stderr += chunk));
    baseUrl = await new Promise<string>((done, fail) => {
      let stdout = '';
      server.stdout.on('data', (chunk) => {
        stdout += chunk;
        const match = /Tabwright local API: (\S+)/.exec(stdout);
        if (match && stdout.includes('API key: ')) done(match[1]!);
      });
      server.once('exit', (code) => fail(new Error(`tabwright serve exited with ${code}: ${stderr}`)));
    });
    client = new ProtocolClient(baseUrl, API_KEY);
  }, 90_000);

  afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((done) => server.once('exit', done));
      server.kill('SIGTERM');
      await exited;
    }
    await rig?.close();
  });

  it('prints a base URL the SDKs take as is (it ends in /api/; they add v1)', () => {
    expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/$/);
  });

  it('runs a one-shot task: validated output, whole credits, ignored fields as events, a live view', async () => {
    const first = model.requests.length;
    model.script([
      (request) => {
        expect(firstUserText(request)).toMatch(/<metadata>[\s\S]*"currency": "EUR"/);
        expect(lastUserText(request)).toContain('TW 205');
        return {
          content: [
            text('Cheapest is TW 205.'),
            toolUse('done', { success: true, output: { flight: 'TW 205', price: 89 } }),
          ],
        };
      },
    ]);
    const task = await client.run({
      task: 'Find the cheapest flight to Lisbon.',
      url: pages.url('/prices.html'),
      response_model: FLIGHT_SCHEMA,
      metadata: { currency: 'EUR' },
      max_steps: 5,
      device: 'mobile',
      stealth_mode: true,
      proxy_server: 'http://proxy.example:8080',
      proxy_password: 'hunter2',
      use_captcha_solver: false,
      profile_id: 'my-cloud-profile',
    });
    const result = await task.result();
    expect(result).toMatchObject({
      id: task.id,
      status: 'done',
      output: { flight: 'TW 205', price: 89 },
      device: 'desktop',
    });
    // The Python SDK types credits_used as an integer: the panel's figure, rounded up, with the exact one beside it.
    expect(Number.isInteger(result.credits_used)).toBe(true);
    expect(result.credits_used).toBeGreaterThanOrEqual(1);
    expect(result.credits_used_exact).toBeGreaterThan(0);
    expect(result.credits_used).toBe(Math.ceil(result.credits_used_exact as number));
    expect(messageCalls(model, first)).toHaveLength(1);

    const ignored = eventsOf(client, task.id).find((event) => event.name === 'ignored_fields');
    expect(ignored?.id).toBeTruthy();
    const fields = ((ignored?.payload.fields ?? []) as Array<{ field: string; value: unknown }>).map(
      (item) => item.field,
    );
    expect(fields.sort()).toEqual([
      'device',
      'profile_id',
      'proxy_password',
      'proxy_server',
      'stealth_mode',
      'use_captcha_solver',
    ]);
    expect(JSON.stringify(ignored)).not.toContain('hunter2');

    // Each poll asks after the last timestamp it saw and gets only newer events: none is delivered twice.
    const ids = eventsOf(client, task.id).map((event) => event.id);
    const polls = client.polls.filter((poll) => poll.taskId === task.id);
    for (const poll of polls) for (const event of poll.events) expect(event.timestamp).toBeGreaterThan(poll.eventT);
    expect(new Set(ids).size).toBeGreaterThan(0);

    // recording_url: null while it ran (the SDKs wait), then the live view, which still shows the finished task.
    for (const poll of polls) if (poll.status === 'running') expect(poll.recording_url).toBeNull();
    expect(task.recordingUrl()).toBe(result.live_url);
    const live = await fetch(task.recordingUrl());
    expect(live.status).toBe(200);
    const html = await live.text();
    expect(html).toContain('done');
    expect(html).toContain('Cheapest is TW 205.');
    const withoutKey = await fetch(result.live_url!.replace(/\?.*$/, ''));
    expect(withoutKey.status).toBe(404);
  });

  it('runs a session: chained tasks with memory, goto (0 credits), extract, evaluate_js refused, close', async () => {
    const first = model.requests.length;
    model.script([
      { content: [toolUse('done', { success: true, output: 'Example Co. home page' })] },
      (request) => {
        expect(request.body.tool_choice).toEqual({ type: 'tool', name: 'extraction' });
        expect(lastUserText(request)).toContain('TW 330');
        return { content: [toolUse('extraction', { output: { flights: ['TW 101', 'TW 205', 'TW 330'] } })] };
      },
      (request) => {
        expect(firstUserText(request)).toContain('<previous_tasks>');
        expect(firstUserText(request)).toContain('Example Co. home page');
        expect(lastUserText(request)).toContain('Flights to Lisbon');
        return { content: [toolUse('done', { success: true, output: { flight: 'TW 101', price: 129 } })] };
      },
    ]);
    const session = await client.session({ url: pages.url('/index.html') });
    const one = (await session.runTask({ task: 'Say which page this is.', max_steps: 4 })) as Record<string, unknown>;
    expect(one).toMatchObject({ output: 'Example Co. home page' });
    expect(Number.isInteger(one.credits_used)).toBe(true);

    const moved = (await session.goto(pages.url('/prices.html'))) as Record<string, unknown>;
    expect(moved).toMatchObject({ credits_used: 0, url: pages.url('/prices.html'), title: 'Flights' });
    expect(messageCalls(model, first)).toHaveLength(1);

    const extracted = (await session.extract(
      { type: 'object', properties: { flights: { type: 'array', items: { type: 'string' } } }, required: ['flights'] },
      'Every flight number',
    )) as Record<string, unknown>;
    expect(extracted.output).toEqual({ flights: ['TW 101', 'TW 205', 'TW 330'] });
    expect(extracted.data).toEqual(extracted.output);

    // JavaScript is off in the launched browser's settings: a caller's error (400), raised as ToolCallError.
    const refused = await session.evaluateJs('document.title').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ToolCallError);
    expect((refused as Error).message).toMatch(/allowJavaScript|Allow JavaScript/);

    // A mistake only the extension sees is a ToolCallError (400) that names the field; the session goes on.
    await expect(session.runTask({ task: 'Pick one.', response_model: { type: 'objekt' } })).rejects.toThrow(
      /^response_model: Response schema is not a valid JSON Schema/,
    );
    const two = (await session.runTask({ task: 'Pick the first flight.', response_model: FLIGHT_SCHEMA })) as Record<
      string,
      unknown
    >;
    expect(two.output).toEqual({ flight: 'TW 101', price: 129 });

    const closed = (await session.close(false)) as Record<string, unknown>;
    expect(closed).toMatchObject({ output: true });
    const final = await session.result();
    expect(final.status).toBe('done');
    // The session's credits are the exact sum of its model calls (three here), shown whole like every credit figure.
    const parts = [one, extracted, two].map((part) => part.credits_used_exact as number);
    expect(final.credits_used_exact).toBeCloseTo(
      parts.reduce((sum, part) => sum + part, 0),
      6,
    );
    expect(final.credits_used).toBe(Math.ceil(final.credits_used_exact as number));
    await expect(session.goto(pages.url('/index.html'))).rejects.toMatchObject({ status: 400 });
  });

  it('takes response models as generators write them: pydantic $defs, zod 4 (2020-12), zod-to-json-schema recursion', async () => {
    // The model reads each tool's input schema as the Messages API does: it must compile, references resolved.
    const compiles: string[] = [];
    const toolSchemaCompiles = (request: RecordedRequest, name: string) => {
      const tool = (request.body.tools as Array<{ name: string; input_schema?: object }>).find((t) => t.name === name);
      try {
        new Ajv2020({ strict: false }).compile(tool!.input_schema!);
        compiles.push(`${name}: ok`);
      } catch (error) {
        compiles.push(`${name}: ${(error as Error).message}`);
      }
    };
    model.script([
      (request) => {
        toolSchemaCompiles(request, 'done');
        return { content: [toolUse('done', { success: true, output: { flights: [{ code: 'TW 205', price: 89 }] } })] };
      },
      (request) => {
        toolSchemaCompiles(request, 'extraction');
        return {
          content: [
            toolUse('extraction', {
              output: { name: 'Flights', tag: 'a', children: [{ name: 'TW 101', children: [] }] },
            }),
          ],
        };
      },
      { content: [toolUse('done', { success: true, output: { cheapest: 'TW 205' } })] },
    ]);
    const session = await client.session({ url: pages.url('/prices.html') });
    const flights = (await session.runTask({ task: 'List the flights.', response_model: PYDANTIC_FLIGHTS })) as {
      output: unknown;
    };
    expect(flights.output).toEqual({ flights: [{ code: 'TW 205', price: 89 }] });
    const extracted = (await session.extract(ZOD_TREE, 'The flights as a tree')) as { output: unknown };
    expect(extracted.output).toEqual({ name: 'Flights', tag: 'a', children: [{ name: 'TW 101', children: [] }] });
    const cheapest = (await session.runTask({ task: 'Which is cheapest?', response_model: ZOD4_CHEAPEST })) as {
      output: unknown;
    };
    expect(cheapest.output).toEqual({ cheapest: 'TW 205' });
    expect(compiles).toEqual(['done: ok', 'extraction: ok']);
    await session.close();
  });

  it('runs sessions in parallel, each in a window of its own', async () => {
    // Whichever session asks first gets the first reply: each reply reads the page it was sent, so a mix-up shows.
    const titled = (request: RecordedRequest) => {
      const page = /Flights to Lisbon|Welcome to Example Co\./.exec(lastUserText(request))?.[0] ?? 'unknown';
      return { content: [toolUse('done', { success: true, output: page })] };
    };
    model.script([look, look, titled, titled]);
    const [home, flights] = await Promise.all([
      client.session({ url: pages.url('/index.html') }),
      client.session({ url: pages.url('/prices.html') }),
    ]);
    const outputs = await Promise.all(
      [home!, flights!].map((session) => session.runTask({ task: 'Which page is this?', max_steps: 4 })),
    );
    expect(outputs.map((output) => (output as { output: unknown }).output)).toEqual([
      'Welcome to Example Co.',
      'Flights to Lisbon',
    ]);
    await Promise.all([home!.close(), flights!.close()]);
    expect((await home!.result()).status).toBe('cancelled');
  });

  it('says "" for recording_url once a task opened with enable_recording false is over (the SDKs: not available)', async () => {
    const unrecorded = await client.session({ url: pages.url('/index.html'), enable_recording: false });
    await unrecorded.close();
    const result = await unrecorded.result();
    expect(result).toMatchObject({ status: 'cancelled', recording_url: '' });
    expect(() => unrecorded.recordingUrl()).toThrow(ApiError);
  });

  it('shows a person the live view: the timeline and a picture of the tab after a step', async () => {
    model.script([look, { content: [toolUse('done', { success: true, output: 'seen' })] }]);
    const task = await client.run({ task: 'Look around.', url: pages.url('/prices.html'), max_steps: 4 });
    const result = await task.result();
    // The step's picture is taken beside the loop (never in its way), so it may arrive after the task's end.
    let view = '';
    for (let tries = 0; tries < 40 && !view.includes('<img id="tab"'); tries++) {
      if (tries > 0) await new Promise((done) => setTimeout(done, 250));
      view = await (await fetch(result.live_url!)).text();
    }
    expect(view).toContain('Step 1');
    expect(view).toContain('scroll');
    expect(view).toMatch(/<img id="tab" [^>]*src="data:image\/(jpeg|png);base64,/);
  });

  it("gives the model the client's custom tools; the client runs them; answers or errors are the results", async () => {
    const first = model.requests.length;
    const calls: unknown[] = [];
    model.script([
      (request) => {
        const tools = request.body.tools as Array<{ name: string; input_schema?: unknown; description?: string }>;
        const lookup = tools.find((tool) => tool.name === 'lookup_price');
        expect(lookup?.input_schema).toEqual({
          type: 'object',
          properties: { sku: { type: 'string', description: 'Product code' } },
          required: ['sku'],
        });
        expect(lookup?.description).toContain('Returns: the price in euros');
        return { content: [toolUse('lookup_price', { sku: 'A-1' }), toolUse('reserve', { sku: 'A-1' })] };
      },
      (request) => {
        const results = lastUserText(request);
        expect(results).toContain('{"sku":"A-1","price":42}');
        expect(results).toContain('the tool reserve failed: Out of stock');
        return { content: [toolUse('done', { success: true, output: { price: 42 } })] };
      },
    ]);
    const task = await client.run(
      { task: 'Look up the price of A-1 and reserve it.', url: pages.url('/index.html'), max_steps: 4 },
      [
        {
          name: 'lookup_price',
          description: 'Looks up a price',
          inputs: { sku: { type: 'string', description: 'Product code' } },
          output: 'the price in euros',
          fn: (input) => {
            calls.push(input);
            return { sku: input.sku, price: 42 };
          },
        },
        {
          name: 'reserve',
          description: 'Reserves an item',
          inputs: { sku: { type: 'string' } },
          output: 'a reservation id',
          fn: () => {
            throw new ToolCallError('Out of stock');
          },
        },
      ],
    );
    const result = await task.result();
    expect(result).toMatchObject({ status: 'done', output: { price: 42 } });
    expect(calls).toEqual([{ sku: 'A-1' }]);
    const toolCalls = eventsOf(client, task.id).filter((event) => event.name === 'tool_call');
    expect(toolCalls.map((event) => event.payload.name)).toEqual(['lookup_price', 'reserve']);
    expect([...task.toolAnswers.values()]).toEqual([
      { code: 200, output: { sku: 'A-1', price: 42 } },
      { code: 400, output: 'Out of stock' },
    ]);
    expect(messageCalls(model, first)).toHaveLength(2);
  });

  it('an essential custom tool that fails (code 500) stops the task: failed, with why; a session goes on', async () => {
    const failing = {
      name: 'lookup',
      description: 'Looks a price up',
      inputs: {},
      output: 'the price',
      fn: () => {
        throw new Error('Database down');
      },
    };
    const first = model.requests.length;
    model.script([
      { content: [toolUse('lookup', {})] },
      { content: [toolUse('done', { success: true, output: 'should not be asked' })] },
    ]);
    const task = await client.run({ task: 'Find the price.', url: pages.url('/index.html'), max_steps: 3 }, [failing]);
    const result = await task.result();
    expect(result).toMatchObject({ status: 'failed', error: 'custom tool lookup failed: Database down' });
    expect([...task.toolAnswers.values()]).toEqual([{ code: 500, output: 'Database down' }]);
    expect(messageCalls(model, first)).toHaveLength(1);

    // In a session, the running task stops and its run_task says why (a ToolCallError); the session stays open.
    model.script([
      { content: [toolUse('lookup', {})] },
      { content: [toolUse('done', { success: true, output: 'should not be asked' })] },
    ]);
    const session = await client.session({ url: pages.url('/index.html') }, [failing]);
    const refused = await session.runTask({ task: 'Find the price.', max_steps: 3 }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ToolCallError);
    expect((refused as Error).message).toBe('failed: custom tool lookup failed: Database down');
    expect(await session.goto(pages.url('/prices.html'))).toMatchObject({ title: 'Flights' });
    await session.close();
    expect(messageCalls(model, first)).toHaveLength(2);
    model.script([]);
  }, 30_000);

  it('a custom tool that uses the page through its handle while its task runs is answered 400 at once', async () => {
    // The action would queue behind the task, which waits for the tool: a deadlock until the tool's time ran out.
    const refusals: unknown[] = [];
    model.script([
      { content: [toolUse('page_title', {})] },
      (request) => {
        expect(lastUserText(request)).toContain('the agent reads it');
        return { content: [toolUse('done', { success: true, output: 'read it' })] };
      },
    ]);
    const session = await client.session({ url: pages.url('/index.html') }, [
      {
        name: 'page_title',
        description: 'The title of the page',
        inputs: {},
        output: 'the title',
        fn: async (_input, handle) => {
          refusals.push(await handle.goto(pages.url('/prices.html')).catch((error: unknown) => error));
          return 'Not from here: the agent reads it';
        },
      },
    ]);
    const answer = (await session.runTask({ task: 'What is the title?', max_steps: 3 })) as { output: unknown };
    expect(answer.output).toBe('read it');
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toBeInstanceOf(ApiError);
    expect(refusals[0]).toMatchObject({
      status: 400,
      detail:
        'The custom tool "page_title" has not answered yet: the page cannot be used from inside a custom tool while ' +
        'its task runs; return what the tool needs and let the agent act.',
    });
    // The tool has answered: the page is the script's again.
    expect(await session.goto(pages.url('/prices.html'))).toMatchObject({ title: 'Flights' });
    await session.close();
  }, 30_000);

  it('answers errors as the SDKs expect: 401 for a wrong key, 400 with a detail, 404 for no task', async () => {
    const wrongKey = new ProtocolClient(baseUrl, 'not-the-key-at-all-000');
    await expect(wrongKey.run({ task: 'anything' })).rejects.toMatchObject({
      status: 401,
      detail: expect.stringMatching(/API key/),
    });
    await expect(client.run({ task: 'x', max_steps: 500 })).rejects.toMatchObject({
      status: 400,
      detail: expect.stringMatching(/max_steps/),
    });
    await expect(client.run({ task: 'x', url: 'ftp://example.com' })).rejects.toMatchObject({
      status: 400,
      detail: expect.stringMatching(/url/),
    });
    const badTool = { name: 'bad name!', description: 'x', inputs: {}, output: 'x', fn: () => null };
    await expect(client.run({ task: 'x' }, [badTool])).rejects.toMatchObject({
      status: 400,
      detail: expect.stringMatching(/custom_tools/),
    });
    // What only the extension can check is checked before the task is accepted, and named by its API field.
    await expect(client.run({ task: 'x', response_model: { type: 'objekt' } })).rejects.toMatchObject({
      status: 400,
      detail: expect.stringMatching(/^response_model: Response schema is not a valid JSON Schema: .*"object"/),
    });
    const badSchema = {
      ...badTool,
      name: 'lookup',
      inputs: { type: 'object', properties: { sku: { type: 'strng' } } },
    };
    await expect(client.run({ task: 'x' }, [badSchema])).rejects.toMatchObject({
      status: 400,
      detail: expect.stringMatching(/^custom_tools: Custom tool "lookup": input_schema is not a valid JSON Schema/),
    });
    await expect(client.session({ response_model: { $ref: '#/$defs/Missing' } })).rejects.toMatchObject({
      status: 400,
      detail: expect.stringMatching(/^response_model: .*Missing/),
    });
    // The smooth CLI's start-session default: refused before a window opens, saying how to leave it out.
    await expect(client.session({ proxy_server: 'self', proxy_password: 'tunnel-token' })).rejects.toMatchObject({
      status: 400,
      detail: expect.stringMatching(/^proxy_server "self".*already your own.*smooth start-session --no-proxy/),
    });
    await expect(client.run({ task: 'x', files: ['file-missing'] })).rejects.toMatchObject({
      status: 400,
      detail: expect.stringMatching(/POST \/file/),
    });
    await expect(client.getTask('task-none', 0)).rejects.toMatchObject({ status: 404 });
    const raw = await fetch(`${baseUrl}v1/task`, {
      method: 'POST',
      headers: { apikey: API_KEY, 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(raw.status).toBe(400);
    expect(await raw.json()).toEqual({ detail: expect.stringMatching(/JSON/) });
    expect(ApiError).toBeDefined();
  });

  it('uploads a file by the file endpoint and hands it to the task by id, typed by its name, with its purpose; deletes it after', async () => {
    // As the TypeScript SDK sends it: a part typed application/octet-stream, and a file_purpose part.
    const id = await client.uploadFile('notes.txt', Buffer.from('hello'), 'notes for the form');
    expect(id).toMatch(/^file-/);
    let input = '';
    model.script([
      (request) => {
        input = findRef(lastUserText(request), /"Notes file"/);
        return {
          content: [
            toolUse(
              'file_upload',
              { target: { type: 'ref', ref: input }, paths: ['/etc/passwd'] },
              { toolset: 'browser' },
            ),
          ],
        };
      },
      (request) => {
        // The file policy names what the task may upload: the file sent by id, under its own name, with its purpose.
        expect(lastUserText(request)).toMatch(
          /not a file attached to this task\. Attached: "notes\.txt" \(notes for the form\)\./,
        );
        return {
          content: [
            toolUse(
              'file_upload',
              { target: { type: 'ref', ref: input }, paths: ['notes.txt'] },
              { toolset: 'browser' },
            ),
          ],
        };
      },
      (request) => {
        // The page's file input got the file with the type its name gives, not the generic one it was sent as.
        expect(lastUserText(request)).toContain('notes.txt as text/plain');
        return { content: [toolUse('done', { success: true, output: 'ok' })] };
      },
    ]);
    const task = await client.run({
      task: 'Attach the notes.',
      url: pages.url('/upload.html'),
      files: [id],
      max_steps: 4,
    });
    const result = await task.result();
    expect(result, String(result.error)).toMatchObject({ status: 'done', output: 'ok' });
    await client.request('DELETE', `/file/${id}`);
    await expect(client.request('DELETE', `/file/${id}`)).rejects.toMatchObject({ status: 404 });
  });

  it('lists no extensions, as the SDKs read them (a list), and refuses an upload with what to do instead', async () => {
    expect(await client.listExtensions()).toEqual([]);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(8)]), 'adblock.zip');
    await expect(client.request('POST', '/extension', undefined, form)).rejects.toMatchObject({
      status: 400,
      detail: expect.stringMatching(/install them in your own browser/),
    });
  });

  it('DELETE mid-task cancels it: the model is asked nothing more and the status is cancelled', async () => {
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    let reached!: () => void;
    const modelReached = new Promise<void>((done) => (reached = done));
    const first = model.requests.length;
    model.script([
      async () => {
        reached();
        await held;
        return { content: [toolUse('done', { success: true, output: 'too late' })] };
      },
      { content: [toolUse('done', { success: true, output: 'never' })] },
    ]);
    const task = await client.run({ task: 'Take your time.', url: pages.url('/index.html'), max_steps: 4 });
    await modelReached;
    await client.request('DELETE', `/task/${task.id}`);
    release();
    const result: TaskResponse = await task.result();
    expect(result.status).toBe('cancelled');
    expect(result.output).not.toBe('too late');
    expect(messageCalls(model, first)).toHaveLength(1);
    expect(model.pending).toBe(1);
    await expect(
      client.request('POST', `/task/${task.id}/event`, { name: 'session_action', payload: { name: 'close' } }),
    ).rejects.toMatchObject({
      status: 400,
    });
    model.script([]);
  });

  it('a session DELETEd while its task runs still answers that task before it shows the end', async () => {
    // The SDKs stop reading events once a poll shows the task over: the answer must come first, or the
    // TypeScript SDK's runTask waits forever (and the Python SDK's fails with "Task is not running").
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    let reached!: () => void;
    const modelReached = new Promise<void>((done) => (reached = done));
    model.script([
      async () => {
        reached();
        await held;
        return { content: [toolUse('done', { success: true, output: 'too late' })] };
      },
    ]);
    const session = await client.session({ url: pages.url('/index.html') });
    const running = session.runTask({ task: 'Take your time.', max_steps: 3 }).catch((error: unknown) => error);
    await modelReached;
    // Stopped from outside the handle (a person, another script): the handle keeps polling for its answer.
    await client.request('DELETE', `/task/${session.id}`);
    release();
    const answer = await running;
    expect(answer).toBeInstanceOf(Error);
    expect((answer as Error).message).toMatch(/cancel/i);
    expect((await session.result()).status).toBe('cancelled');
    const answeredIn = client.polls.find(
      (poll) => poll.taskId === session.id && poll.events.some((event) => event.name === 'session_action'),
    );
    expect(answeredIn?.status).toBe('running');
    model.script([]);
  });

  it('a session whose start page does not load says why on its next action', async () => {
    const session = await client.session({ url: 'http://nowhere.invalid/' });
    const error = (await session.goto(pages.url('/index.html')).catch((caught: unknown) => caught)) as Error & {
      detail?: string;
    };
    expect(error).toBeInstanceOf(Error);
    expect(error.detail ?? error.message).toMatch(/nowhere\.invalid.*ERR_NAME_NOT_RESOLVED/);
  });
});
