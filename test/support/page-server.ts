import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
};

export interface PageServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** The same server under another host name: a different origin, for cross-origin frames. */
  otherOrigin: string;
  url(path: string): string;
  /** Every request the server saw, in order, as host + path (e.g. `localhost:4100/steal`). */
  hits: string[];
  close(): Promise<void>;
}

/**
 * Serves test/fixtures/pages on 127.0.0.1 (and as localhost, a second origin); `?delay=<ms>` answers late, `?attachment`
 * as a file to download.
 */
export async function startPageServer(root = resolve(import.meta.dirname, '../fixtures/pages')): Promise<PageServer> {
  const hits: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    hits.push(`${request.headers.host ?? ''}${path}`);
    // `?delay=<ms>` answers late: a page whose load waits on it is still loading meanwhile.
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 10_000)));
    if (request.method === 'POST') request.resume();
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      // `?attachment` answers as a file to save, whatever its type (Content-Disposition, as an export link does).
      const disposition = url.searchParams.has('attachment') ? { 'content-disposition': 'attachment' } : {};
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      response.writeHead(200, { 'content-type': type, ...disposition }).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    otherOrigin: `http://localhost:${port}`,
    url: (path: string) => `http://127.0.0.1:${port}${path.startsWith('/') ? path : `/${path}`}`,
    hits,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
