/**
 * Runs in a manifest sandbox page, the one extension context whose CSP allows the code generation ajv needs.
 * It has no extension APIs; it only answers its parent (the offscreen document) through postMessage.
 */
import { parseSandboxJob, type SandboxAnswer } from '../../shared/protocol';
import { schemaJobResult } from './schema-jobs';

window.addEventListener('message', (event: MessageEvent) => {
  if (event.source !== window.parent) return;
  const job = parseSandboxJob(event.data);
  if (!job) return;
  const answer: SandboxAnswer = { id: job.id, reply: schemaJobResult(job) };
  window.parent.postMessage(answer, '*');
});
