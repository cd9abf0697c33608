import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConfirmationRequest, TabwrightClient } from '../../src/sdk/index';
import { findRef, lastUserText, type ModelServer, toolUse } from '../support/model-server';
import { clickDeleteAccount } from '../support/account-steps';
import type { PageServer } from '../support/page-server';
import { type ClientRig, startClientRig } from '../support/rig';
import { toolResults } from './actions-harness';

const SECRET = 'pw-Correct-Horse-42';

function browserTool(name: string, input: Record<string, unknown>) {
  return toolUse(name, input, { toolset: 'browser' });
}

function ref(page: string, pattern: RegExp) {
  return { type: 'ref', ref: findRef(page, pattern) };
}

describe('SDK task options in a Chromium the SDK launches', () => {
  let client: TabwrightClient;
  let model: ModelServer;
  let pages: PageServer;
  let scratch: string;

  let rig: ClientRig;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'tabwright-sdk-options-'));
    // Lets the test read page state through the SDK itself (evaluateJs), as a script would.
    rig = await startClientRig({ client: { allowJavaScript: true } });
    ({ client, model, pages } = rig);
  });

  afterAll(async () => {
    await rig?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('types a session secret only on the site it allows, and refuses it elsewhere, never sending the value to the model', async () => {
    const first = model.requests.length;
    model.script([
      (request) => {
        const page = lastUserText(request);
        expect(page).toContain('<secret>bank_password</secret>');
        return {
          content: [
            browserTool('form_input', { target: ref(page, /Username/), value: 'ada' }),
            browserTool('form_input', { target: ref(page, /Password/), value: '<secret>bank_password</secret>' }),
          ],
        };
      },
      { content: [toolUse('done', { success: true, output: 'typed' })] },
      (request) => ({
        content: [
          browserTool('form_input', {
            target: ref(lastUserText(request), /Password/),
            value: '<secret>bank_password</secret>',
          }),
        ],
      }),
      (request) => {
        expect(toolResults(request)[0]).toMatchObject({ isError: true, text: expect.stringMatching(/bank_password/) });
        return { content: [toolUse('done', { success: false, message: 'The secret is not allowed here.' })] };
      },
    ]);
    const secrets = { bank_password: { value: SECRET, allowedUrls: [`${pages.origin}/bank/*`] } };
    await client.session({ url: pages.url('/bank/login.html'), secrets }, async (session) => {
      const allowed = await session.runTask({ task: 'Sign in as ada.' });
      expect(allowed).toMatchObject({ status: 'success', output: 'typed' });
      expect(await session.evaluateJs('document.getElementById("password").value')).toBe(SECRET);

      // The same page on another origin (localhost): the secret does not apply there.
      await session.goto(`${pages.otherOrigin}/bank/login.html`);
      const elsewhere = await session.runTask({ task: 'Sign in as ada here too.' });
      expect(elsewhere.status).toBe('failed');
      expect(await session.evaluateJs('document.getElementById("password").value')).toBe('');
    });
    const sent = model.requests.slice(first).map((request) => JSON.stringify(request.body));
    expect(sent.length).toBe(4);
    expect(sent.filter((body) => body.includes(SECRET))).toEqual([]);
  });

  it('asks a confirm callback with what the panel shows; a denial stops the action, an approval lets it run', async () => {
    const asked: ConfirmationRequest[] = [];
    const deleteStep = clickDeleteAccount('I will delete the work account, as the task says.');
    model.script([
      deleteStep,
      (request) => {
        expect(toolResults(request)[0]).toMatchObject({
          isError: true,
          text: expect.stringMatching(/did not approve/),
        });
        return { content: [toolUse('done', { success: false, message: 'Not allowed to delete.' })] };
      },
      deleteStep,
      (request) => {
        expect(toolResults(request)[0]?.isError).toBe(false);
        return { content: [toolUse('done', { success: true, output: 'deleted' })] };
      },
    ]);
    await client.session({ url: pages.url('/account.html') }, async (session) => {
      const denied = await session.runTask({
        task: 'Delete my work account.',
        confirm: async (request) => {
          asked.push(request);
          return 'deny';
        },
      });
      expect(denied).toMatchObject({ status: 'failed', message: 'Not allowed to delete.' });
      expect(await session.evaluateJs('document.getElementById("outcome").textContent')).toBe('');

      const approved = await session.runTask({
        task: 'Delete my work account.',
        confirm: async (request) => {
          asked.push(request);
          return 'approve';
        },
      });
      expect(approved).toMatchObject({ status: 'success', output: 'deleted' });
      expect(await session.evaluateJs('document.getElementById("outcome").textContent')).toBe(
        'The work account was deleted.',
      );
    });
    expect(asked).toHaveLength(2);
    expect(asked[0]).toMatchObject({
      sessionId: expect.any(String),
      taskId: expect.any(String),
      action: expect.stringMatching(/Click button "Delete account" on http:\/\/127\.0\.0\.1:\d+/),
      reason: expect.any(String),
      site: pages.origin,
      element: 'button "Delete account"',
      intent: 'I will delete the work account, as the task says.',
    });
  });

  it('denies at once, with no callback, in a launched browser that has no panel to ask in', async () => {
    model.script([
      clickDeleteAccount(),
      (request) => {
        expect(toolResults(request)[0]?.text).toMatch(/did not approve/);
        return { content: [toolUse('done', { success: false, message: 'denied' })] };
      },
    ]);
    const result = await client.session({ url: pages.url('/account.html') }, (session) =>
      session.runTask({ task: 'Delete my work account.' }),
    );
    expect(result).toMatchObject({ status: 'failed', message: 'denied' });
  });

  it('uploads files given as a path and as bytes, and answers the agent through onQuestion', async () => {
    const resume = join(scratch, 'resume.txt');
    writeFileSync(resume, 'Ada CV');
    model.script([
      {
        content: [
          toolUse('ask_user', {
            question: 'Which file goes in the Resume field?',
            choices: ['resume.txt', 'photo.png'],
          }),
        ],
      },
      (request) => {
        expect(toolResults(request)[0]?.text).toContain('resume.txt');
        return { content: [browserTool('find', { query: 'Resume file input' })] };
      },
      (request) => ({
        content: [
          browserTool('file_upload', { target: ref(toolResults(request)[0]!.text, /"Resume"/), paths: ['resume.txt'] }),
        ],
      }),
      (request) => {
        expect(toolResults(request)[0]).toMatchObject({
          isError: false,
          text: expect.stringContaining('resume.txt →'),
        });
        return { content: [toolUse('done', { success: true, output: 'uploaded' })] };
      },
    ]);
    const questions: string[] = [];
    await client.session(
      {
        url: pages.url('/gallery/forms.html'),
        files: [resume, { name: 'photo.png', data: Buffer.from([137, 80, 78, 71]) }],
      },
      async (session) => {
        const result = await session.runTask({
          task: 'Upload my resume.',
          confirm: 'never',
          onQuestion: async (question) => {
            questions.push(question.question);
            return question.choices?.[0];
          },
        });
        expect(result, result.message).toMatchObject({ status: 'success', output: 'uploaded' });
        expect(await session.evaluateJs('document.getElementById("file-state").textContent')).toBe(
          'resume.txt 6 bytes: Ada CV',
        );
      },
    );
    expect(questions).toEqual(['Which file goes in the Resume field?']);
  });

  it('cancels a running task: the result says cancelled, with the reason given; so does closing its session', async () => {
    // The model takes its time: the task is cancelled while it waits for the reply.
    model.script([{ content: [toolUse('done', { success: true, output: 'never reached' })], delayMs: 4_000 }]);
    await client.session({ url: pages.url('/prices.html') }, async (session) => {
      const run = session.runTask({ task: 'Scroll forever.' });
      await run.cancel('Enough.');
      const result = await run;
      expect(result).toMatchObject({ status: 'cancelled', message: 'Enough.' });
      expect(Number.isFinite(result.creditsUsed)).toBe(true);
    });
    // A script that closes the session (or the client) while its task runs gets that task's result, not a lost link.
    model.script([{ content: [toolUse('done', { success: true, output: 'never reached' })], delayMs: 4_000 }]);
    const session = await client.createSession({ url: pages.url('/prices.html') });
    const run = session.runTask({ task: 'Scroll forever.' });
    await session.close();
    expect(await run).toMatchObject({ status: 'cancelled', message: expect.stringMatching(/the session was closed/) });
  });
});
