import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TabwrightSdkError } from '../../../src/sdk/errors';
import { prepareTask, toTaskRunResult } from '../../../src/sdk/task-options';

async function errorOf(promise: Promise<unknown>): Promise<TabwrightSdkError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TabwrightSdkError);
  return error as TabwrightSdkError;
}

describe("the SDK's camelCase options and results", () => {
  it("sends the API's names", async () => {
    const { wire } = await prepareTask({
      task: 'Buy milk',
      url: 'shop.test',
      maxSteps: 10,
      metadata: { n: 2 },
      responseModel: { type: 'string' },
      maxCredits: 3,
      allowedUrls: ['*.shop.test'],
      secrets: { card: { value: '4242 4242', allowedUrls: ['https://shop.test/pay/*'] } },
      confirm: 'always',
    });
    expect(wire).toEqual({
      task: 'Buy milk',
      url: 'shop.test',
      max_steps: 10,
      metadata: { n: 2 },
      response_model: { type: 'string' },
      max_credits: 3,
      allowed_urls: ['*.shop.test'],
      secrets: { card: { value: '4242 4242', allowedUrls: ['https://shop.test/pay/*'] } },
      confirmation_policy: 'always',
    });
  });

  it('keeps a confirm callback and onQuestion in the SDK, and a policy beside a callback goes on the wire', async () => {
    const ask = async () => 'approve' as const;
    const onQuestion = async () => 'blue';
    expect(await prepareTask({ task: 'x', confirm: ask, onQuestion })).toEqual({
      wire: { task: 'x' },
      confirm: ask,
      onQuestion,
    });
    expect(await prepareTask({ task: 'x', confirm: { policy: 'never', ask } })).toEqual({
      wire: { task: 'x', confirmation_policy: 'never' },
      confirm: ask,
    });
  });

  it('inherits the session options: task values replace them, secrets merge by name', async () => {
    const { wire } = await prepareTask(
      { task: 'x', allowedUrls: ['b.test'], secrets: { pin: { value: '9999', allowedUrls: ['b.test'] } } },
      { allowedUrls: ['a.test'], confirm: 'never', secrets: { user: { value: 'ada!', allowedUrls: ['a.test'] } } },
    );
    expect(wire).toEqual({
      task: 'x',
      allowed_urls: ['b.test'],
      confirmation_policy: 'never',
      secrets: { user: { value: 'ada!', allowedUrls: ['a.test'] }, pin: { value: '9999', allowedUrls: ['b.test'] } },
    });
  });

  it('reads files from paths and buffers, with a MIME type from the name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tw-files-'));
    writeFileSync(join(dir, 'cv.pdf'), 'PDF!');
    const { wire } = await prepareTask({
      task: 'x',
      files: [
        join(dir, 'cv.pdf'),
        { name: 'note.txt', data: Buffer.from('hi') },
        { name: 'x', data: new Uint8Array([1]), mimeType: 'a/b' },
      ],
    });
    expect(wire.files).toEqual([
      { name: 'cv.pdf', type: 'application/pdf', data: Buffer.from('PDF!').toString('base64') },
      { name: 'note.txt', type: 'text/plain', data: Buffer.from('hi').toString('base64') },
      { name: 'x', type: 'a/b', data: 'AQ==' },
    ]);
    expect(await errorOf(prepareTask({ task: 'x', files: [join(dir, 'missing.pdf')] }))).toMatchObject({
      field: 'files',
      message: expect.stringMatching(/does not exist/),
    });
    expect(await errorOf(prepareTask({ task: 'x', files: [{ name: 'x', data: 'text' as never }] }))).toMatchObject({
      field: 'files',
    });
  });

  it('refuses what the extension would refuse, naming the option as the SDK calls it', async () => {
    expect(await errorOf(prepareTask({ task: 'x', maxSteps: 500 }))).toMatchObject({
      code: 'invalid_option',
      field: 'maxSteps',
    });
    expect(await errorOf(prepareTask({ task: 'x', confirm: 'sometimes' as never }))).toMatchObject({
      field: 'confirm',
      message: expect.stringMatching(/never, sensitive, always/),
    });
    expect(await errorOf(prepareTask({ task: 'x', secrets: { pin: { value: '1234' } } as never }))).toMatchObject({
      field: 'secrets',
      message: expect.stringMatching(/allowedUrls/),
    });
    expect(await errorOf(prepareTask({ task: 'x', allowedUrls: [] }))).toMatchObject({ field: 'allowedUrls' });
    const unknown = await errorOf(prepareTask({ task: 'x', allowedUrl: ['a'] } as never));
    expect(unknown).toMatchObject({
      field: 'allowedUrl',
      message: expect.stringMatching(/^Unknown option "allowedUrl". Did you mean "allowedUrls"\?/),
    });
    expect((await errorOf(prepareTask({ task: 'x', max_steps: 5 } as never))).message).toMatch(
      /Unknown option "max_steps". Did you mean "maxSteps"/,
    );
    expect((await errorOf(prepareTask({ task: ' ' }))).message).toMatch(/Task is required/);
  });

  it('returns results in camelCase, with credits rounded as the panel shows them', () => {
    expect(
      toTaskRunResult({
        status: 'max_steps',
        output: null,
        credits_used: 1.23456,
        duration: 9.2,
        steps: 8,
        message: 'Stopped',
      }),
    ).toEqual({
      status: 'max_steps',
      output: null,
      creditsUsed: 1.235,
      duration: 9.2,
      steps: 8,
      message: 'Stopped',
    });
    expect(
      toTaskRunResult({ status: 'success', output: 1, credits_used: 12.345, duration: 1, steps: 1 }).creditsUsed,
    ).toBe(12.3);
  });
});
