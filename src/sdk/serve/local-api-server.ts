import type { ConfirmationPolicy } from '../../shared/confirmation-policy';
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TaskProgress } from '../../shared/bridge-protocol';
import { isPlainObject } from '../../shared/json-schema';
import type { TabwrightClient } from '../client';
import { TabwrightSdkError } from '../errors';
import { BadRequest } from './bad-request';
import { newEventId } from './event-log';
import { FileStore } from './file-store';
import { livePage } from './live-page';
import { callerError, LocalTask, wholeCredits } from './local-task';
import { parseTaskRequest, type TaskRequest } from './task-request';

const LOOPBACK = '127.0.0.1';
/** Uploads are at most 5 MB; multipart adds a little. */
const MAX_BODY_BYTES = 6 * 1024 * 1024;
/** The SDKs put the version after their base URL, which by default ends in /api/. */
const API_PREFIX = /^(?:\/api)?\/v1(\/.*)$/;
/** How long a new task waits for the browser's check of its options before it is accepted unchecked. */
const CHECK_TIMEOUT_MS = 5_000;

export interface LocalApiOptions {
  client: TabwrightClient;
  apiKey: string;
  /** 0 picks a free port. */
  port: number;
  /** Which actions of every task wait for an answer (the API has no way to say); default: the browser's Settings. */
  confirmationPolicy?: ConfirmationPolicy;
}

type Reply = { status: number; body: unknown } | { status: number; html: string };

/**
 * The hosted agent API's v1, as its Python and TypeScript SDKs use it, served on 127.0.0.1 and run by Tabwright in
 * a browser: each task or session is a Tabwright session, a window of its own.
 */
export class LocalApiServer {
  private readonly tasks = new Map<string, LocalTask>();
  private readonly files = new FileStore();
  private readonly profiles = new Set<string>();

  private constructor(
    private readonly http: Server,
    private readonly options: LocalApiOptions,
  ) {}

  static async listen(options: LocalApiOptions): Promise<LocalApiServer> {
    let api: LocalApiServer | undefined;
    const http = createServer((request, response) => void api?.handle(request, response));
    api = new LocalApiServer(http, options);
    await new Promise<void>((resolve, reject) => {
      http.once('error', (error: NodeJS.ErrnoException) =>
        reject(
          error.code === 'EADDRINUSE'
            ? new TabwrightSdkError(
                'port_in_use',
                `Port ${options.port} on 127.0.0.1 is in use: choose another with --port.`,
              )
            : error,
        ),
      );
      http.listen(options.port, LOOPBACK, () => resolve());
    });
    return api;
  }

  get port(): number {
    return (this.http.address() as AddressInfo).port;
  }

  /** What the SDKs take as their base URL. */
  get baseUrl(): string {
    return `http://${LOOPBACK}:${this.port}/api/`;
  }

  /** Task progress from the browser, for the events and the live view of the task that owns the session. */
  progress(sessionId: string, progress: TaskProgress) {
    for (const task of this.tasks.values()) if (task.sessionId === sessionId) task.progress(progress);
  }

  async close(): Promise<void> {
    await Promise.all([...this.tasks.values()].map((task) => task.cancel()));
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse) {
    let reply: Reply;
    try {
      reply = await this.route(request);
    } catch (error) {
      reply =
        error instanceof BadRequest
          ? { status: error.status, body: { detail: error.message } }
          : { status: 500, body: { detail: error instanceof Error ? error.message : String(error) } };
    }
    // A body refused before it was read whole (too large) leaves the rest of it on the socket: the client must not
    // send its next request there, or that request reads as garbage and the connection is reset.
    if (!request.complete) response.setHeader('connection', 'close');
    if ('html' in reply) {
      response
        .writeHead(reply.status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
        .end(reply.html);
    } else {
      response.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
    }
  }

  private async route(request: IncomingMessage): Promise<Reply> {
    const url = new URL(request.url ?? '/', `http://${LOOPBACK}`);
    const method = request.method ?? 'GET';
    const live = /^\/live\/([\w-]+)$/.exec(url.pathname);
    if (live && method === 'GET') return this.live(live[1]!, url.searchParams.get('k'));
    const path = API_PREFIX.exec(url.pathname)?.[1];
    if (path === undefined) throw new BadRequest(`Not found: ${url.pathname}. The API is under /api/v1/.`, 404);
    this.authenticate(request);
    const [, resource, id, sub, ...rest] = path.split('/');
    if (rest.length > 0) throw new BadRequest(`Not found: ${url.pathname}.`, 404);

    if (resource === 'task') {
      if (!id) {
        if (method === 'POST') return ok(await this.createTask(await readJson(request)));
        throw notAllowed(method, url.pathname, 'POST (create a task)');
      }
      const task = this.tasks.get(id);
      if (!task) throw new BadRequest(`No task ${id}.`, 404);
      if (sub === 'event') {
        if (method === 'POST') return ok({ id: this.sendEvent(task, await readJson(request)) });
        throw notAllowed(method, url.pathname, 'POST (send an event)');
      }
      if (sub === undefined) {
        if (method === 'GET') return ok(this.describe(task, url.searchParams));
        if (method === 'DELETE') {
          await task.cancel();
          return ok({ id: task.id, status: task.status });
        }
        throw notAllowed(method, url.pathname, 'GET (poll) and DELETE (stop)');
      }
    }
    if (resource === 'file') {
      if (!id && method === 'POST') {
        return ok({ id: await this.files.add(request.headers['content-type'] ?? '', await readBody(request)) });
      }
      if (id && method === 'DELETE') {
        if (!this.files.delete(id)) throw new BadRequest(`No file ${id}.`, 404);
        return ok({ id });
      }
    }
    if (resource === 'profile') return this.profile(method, id, request);
    if (resource === 'extension' && sub === undefined) return this.extension(method, url.pathname, id, request);
    throw new BadRequest(`Not found: ${method} ${url.pathname}.`, 404);
  }

  private authenticate(request: IncomingMessage) {
    const given = Buffer.from(String(request.headers.apikey ?? ''));
    const expected = Buffer.from(this.options.apiKey);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new BadRequest('Invalid API key: use the local key that `tabwright serve` printed (header "apikey").', 401);
    }
  }

  private async createTask(body: unknown) {
    const request = parseTaskRequest(body, this.files);
    if (this.options.confirmationPolicy) request.options.confirmation_policy = this.options.confirmationPolicy;
    await this.checkInBrowser(request);
    const task = new LocalTask(this.options.client, request);
    this.tasks.set(task.id, task);
    task.start();
    return this.describe(task, new URLSearchParams());
  }

  /**
   * What only the extension can check (a response schema or a tool's input schema compiles, Settings allow the task)
   * is checked before the task is accepted: a mistake is a 400 naming the field, not a task that fails at once. Any
   * other trouble asking (an extension older than this CLI) leaves the checks to the task's start, as before.
   */
  private async checkInBrowser(request: TaskRequest) {
    const check = this.options.client
      .checkWireTask({ ...request.options, task: request.task ?? 'A session' })
      .then(() => undefined, callerError);
    // A browser that went away would hold the request until the SDK's own timeout: the task's start says so instead.
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), CHECK_TIMEOUT_MS);
    });
    const refused = await Promise.race([check, gaveUp]).finally(() => clearTimeout(timer));
    if (refused) throw refused;
  }

  private sendEvent(task: LocalTask, body: unknown): string {
    if (!isPlainObject(body) || typeof body.name !== 'string' || !isPlainObject(body.payload)) {
      throw new BadRequest('An event is { name, payload, id? }.');
    }
    const id = typeof body.id === 'string' && body.id ? body.id : newEventId();
    return task.receive({ id, name: body.name, payload: body.payload });
  }

  /** The TaskResponse the SDKs poll: status, the result fields, and the events after `event_t`. */
  private describe(task: LocalTask, query: URLSearchParams) {
    const eventT = Number(query.get('event_t') ?? 0) || 0;
    const status = task.currentStatus(eventT);
    const liveUrl = `http://${LOOPBACK}:${this.port}/live/${task.id}?k=${task.liveKey}`;
    const over = status !== 'waiting' && status !== 'running';
    return {
      id: task.id,
      status,
      output: task.output,
      ...wholeCredits(task.credits),
      device: 'desktop',
      live_url: liveUrl,
      // No video is recorded: the recording is the live view, which shows the finished timeline until the server
      // stops. null while the task runs, as the SDKs expect (they wait for it); "" when the request turned
      // recording off (the SDKs then raise "not available"). Downloads stay in the browser's own downloads folder.
      recording_url: over ? (task.request.recording ? liveUrl : '') : null,
      downloads_url: query.get('downloads') === 'true' ? '' : null,
      created_at: task.createdAt,
      ...(task.message ? { error: task.message } : {}),
      events: task.events.after(eventT),
    };
  }

  private live(id: string, key: string | null): Reply {
    const task = this.tasks.get(id);
    if (!task || key !== task.liveKey) {
      return {
        status: 404,
        html: '<!doctype html><title>Not found</title><p>No such task, or the link is incomplete.</p>',
      };
    }
    return { status: 200, html: livePage(task) };
  }

  /**
   * Extensions are installed in your own browser, not uploaded: the list is empty (the SDKs' listExtensions reads a
   * list), an upload is refused with what to do instead, and no id names one.
   */
  private async extension(
    method: string,
    path: string,
    id: string | undefined,
    request: IncomingMessage,
  ): Promise<Reply> {
    const refusal =
      'Extensions are not uploaded to the local API: install them in your own browser, where the sessions run.';
    if (!id) {
      if (method === 'GET') return ok([]);
      if (method === 'POST') {
        // Read before refusing: a reply that leaves the upload unread closes the connection with data unread, which
        // can reset it before the client has read the refusal.
        await readBody(request);
        throw new BadRequest(refusal);
      }
      throw notAllowed(method, path, 'GET (list: always empty) and POST (upload: refused)');
    }
    if (method === 'DELETE') throw new BadRequest(`No extension ${id}. ${refusal}`, 404);
    throw notAllowed(method, path, 'DELETE');
  }

  /** Profiles live in the cloud for the hosted API; here there is one: your browser's. Ids are kept so scripts run. */
  private async profile(method: string, id: string | undefined, request: IncomingMessage): Promise<Reply> {
    if (method === 'GET' && !id) return ok([...this.profiles].map((profile) => ({ id: profile })));
    if (method === 'POST' && !id) {
      const body = await readJson(request);
      const profile =
        isPlainObject(body) && typeof body.id === 'string' && body.id ? body.id : `profile-${newEventId()}`;
      this.profiles.add(profile);
      return ok({ id: profile });
    }
    if (method === 'DELETE' && id) {
      this.profiles.delete(id);
      return ok({ id });
    }
    throw new BadRequest(`Not found: ${method} /profile.`, 404);
  }
}

function notAllowed(method: string, path: string, allowed: string): BadRequest {
  return new BadRequest(`${method} is not allowed on ${path}: it takes ${allowed}.`, 405);
}

function ok(body: unknown): Reply {
  return { status: 200, body: { r: body } };
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BadRequest('The request body is too large (6 MB at most).', 413);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const text = (await readBody(request)).toString('utf8');
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new BadRequest('The request body is not valid JSON.');
  }
}
