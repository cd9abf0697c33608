import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CustomTool, TabwrightClient } from '../../src/sdk/index';
import { lastUserText, type ModelServer, toolUse } from '../support/model-server';
import type { PageServer } from '../support/page-server';
import { type ClientRig, startClientRig } from '../support/rig';

describe('custom tools in TabwrightClient: the model calls them, this process runs them', () => {
  let client: TabwrightClient;
  let model: ModelServer;
  let pages: PageServer;
  let rig: ClientRig;

  beforeAll(async () => {
    rig = await startClientRig();
    ({ client, model, pages } = rig);
  });

  afterAll(() => rig?.close());

  it('sends each call to the tool in this process; its value, or its error, is the tool result', async () => {
    const seen: unknown[] = [];
    const stock: CustomTool<{ sku: string }> = {
      name: 'stock_level',
      description: 'How many of a product are in the warehouse.',
      inputSchema: { type: 'object', properties: { sku: { type: 'string' } }, required: ['sku'] },
      run: async ({ sku }) => {
        seen.push(sku);
        await new Promise((resolve) => setTimeout(resolve, 50));
        return { sku, units: 7 };
      },
    };
    const broken: CustomTool = {
      name: 'order',
      inputSchema: { type: 'object', properties: {} },
      run: () => {
        throw new Error('the order service is down');
      },
    };
    model.script([
      (request) => {
        const tools = request.body.tools as Array<{
          name?: string;
          description?: string;
          input_schema?: unknown;
          type?: string;
        }>;
        expect(tools.find((tool) => tool.name === 'stock_level')).toEqual({
          name: 'stock_level',
          description: 'How many of a product are in the warehouse.',
          input_schema: stock.inputSchema,
        });
        expect(tools.find((tool) => tool.name === 'order')).toBeDefined();
        return { content: [toolUse('stock_level', { sku: 'B-7' }), toolUse('order', {})] };
      },
      (request) => {
        const results = lastUserText(request);
        expect(results).toContain('{"sku":"B-7","units":7}');
        expect(results).toContain('Error: the tool order failed: the order service is down');
        return { content: [toolUse('done', { success: true, output: { units: 7 } })] };
      },
    ]);
    const result = await client.session({ url: pages.url('/index.html') }, (session) =>
      session.runTask({
        task: 'How many B-7 are in stock? Then order one.',
        maxSteps: 4,
        tools: [stock, broken as CustomTool<never>],
      }),
    );
    expect(result).toMatchObject({ status: 'success', output: { units: 7 } });
    expect(seen).toEqual(['B-7']);
  });

  it('refuses bad tools before anything runs, naming the option', async () => {
    const base = { inputSchema: { type: 'object' }, run: () => null };
    await client.session({ url: pages.url('/index.html') }, async (session) => {
      const first = model.requests.length;
      await expect(session.runTask({ task: 't', tools: [{ ...base, name: 'has space' }] })).rejects.toMatchObject({
        code: 'invalid_option',
        field: 'tools',
      });
      await expect(session.runTask({ task: 't', tools: [{ ...base, name: 'done' }] })).rejects.toMatchObject({
        message: expect.stringMatching(/Tabwright's own tools/),
      });
      await expect(
        session.runTask({
          task: 't',
          tools: [
            { ...base, name: 'a' },
            { ...base, name: 'a' },
          ],
        }),
      ).rejects.toMatchObject({ message: expect.stringMatching(/used twice/) });
      await expect(
        session.runTask({ task: 't', tools: [{ ...base, name: 'a', inputSchema: { type: 'string' } }] }),
      ).rejects.toMatchObject({ field: 'tools' });
      await expect(
        session.runTask({
          task: 't',
          tools: [{ name: 'a', inputSchema: { type: 'object' } } as unknown as CustomTool<never>],
        }),
      ).rejects.toMatchObject({
        message: expect.stringMatching(/no run function/),
      });
      // A schema that does not compile is caught by the extension's own JSON Schema check, still before a model call.
      const invalid = {
        ...base,
        name: 'a',
        inputSchema: { type: 'object', properties: { x: { type: 'no-such-type' } } },
      };
      await expect(session.runTask({ task: 't', tools: [invalid] })).rejects.toMatchObject({
        code: 'invalid_option',
        field: 'tools',
      });
      expect(model.requests.length).toBe(first);
    });
  });
});
