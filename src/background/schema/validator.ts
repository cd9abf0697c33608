import { type OffscreenRequest, parseSchemaReply } from '../../shared/protocol';
import type { SchemaCheck } from '../agent/loop';
import { ensureOffscreenDocument } from '../offscreen/offscreen-host';

/**
 * User-supplied JSON Schemas are compiled by ajv, which generates code with `new Function`; the extension CSP forbids
 * that in the worker, so compilation happens in a sandboxed page hosted by the offscreen document.
 */
async function ask(request: OffscreenRequest): Promise<SchemaCheck> {
  await ensureOffscreenDocument();
  const reply = parseSchemaReply(await chrome.runtime.sendMessage(request));
  if (!reply) throw new Error('The schema validator did not answer.');
  if (!reply.ok) throw new Error(reply.error);
  return { valid: reply.valid, errors: reply.errors };
}

/** Whether a schema compiles; `errors` says why not. */
export function checkSchema(schema: unknown): Promise<SchemaCheck> {
  return ask({ target: 'offscreen', type: 'schema/check', schema });
}

export function validateAgainstSchema(schema: unknown, data: unknown): Promise<SchemaCheck> {
  return ask({ target: 'offscreen', type: 'schema/validate', schema, data });
}
