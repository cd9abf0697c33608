/**
 * Runs in a manifest sandbox page, the one extension context whose CSP allows the code generation ajv needs.
 * It has no extension APIs; it only answers its parent (the offscreen document) through postMessage.
 */
import { type SchemaJob, schemaJobResult } from './schema-jobs';

window.addEventListener('message', (event: MessageEvent) => {
  if (event.source !== window.parent) return;
  const job = event.data as SchemaJob;
  if (!job || typeof job.id !== 'number') return;
  window.parent.postMessage({ id: job.id, reply: schemaJobResult(job) }, '*');
});
