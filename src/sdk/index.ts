/**
 * Tabwright's Node SDK: sessions of the Tabwright agent in a real browser, driven from scripts.
 *
 *   const client = new TabwrightClient();
 *   await client.session({ url: 'https://example.com' }, async (session) => {
 *     const result = await session.runTask({ task: 'Find the pricing page and return the plans', maxSteps: 20 });
 *     console.log(result.output, result.creditsUsed, result.duration);
 *   });
 *   await client.close();
 */
export type { TaskProgress } from '../shared/bridge-protocol';
export type { JsonSchema } from '../shared/json-schema';
export type { ConfirmationPolicy } from '../shared/confirmation-policy';
export { type SessionOptions, TabwrightClient, type TabwrightClientOptions } from './client';
export type { CustomTool } from './custom-tools';
export { type SdkErrorCode, TabwrightSdkError } from './errors';
export type { LaunchOptions } from './launch-chromium';
export { type ExtractOptions, Session, type TaskRun } from './session';
export type {
  ConfirmAnswer,
  ConfirmationRequest,
  ConfirmCallback,
  ExtractRunResult,
  FileInput,
  GotoRunResult,
  QuestionCallback,
  QuestionRequest,
  RunTaskOptions,
  TaskDefaults,
  TaskRunResult,
} from './task-options';
