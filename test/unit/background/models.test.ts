import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listModels } from '../../../src/background/model/models';
import { type FakeChrome, installFakeChrome } from '../../support/fake-chrome';

let storage: FakeChrome;
let server: http.Server;
let url = '';

beforeEach(async () => {
  storage = installFakeChrome(100_000);
  // A gateway that lists its models by id alone (no display_name), as some proxies do.
  server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ data: [{ type: 'model', id: 'gateway-model' }], has_more: false }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  storage.uninstall();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('the model list', () => {
  it('names a model a gateway lists by id alone by its id, so the pages can show it', async () => {
    await storage.local.set({ settings: { apiKey: 'sk-test', baseUrl: url } });
    expect(await listModels()).toEqual([{ id: 'gateway-model', display_name: 'gateway-model' }]);
  });
});
