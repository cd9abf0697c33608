import { useEffect, useState } from 'preact/hooks';
import { isPlainObject } from '../../shared/json-schema';
import { parseJsonText } from './json-text';

export type SchemaCheckReply =
  | { ok: true; valid: boolean; errors: string[] }
  | { ok: false; error: { message: string } };

/** Asks whoever can compile JSON Schemas (the worker's sandbox; never this page, whose CSP forbids eval). */
export type SchemaChecker = (schema: unknown) => Promise<SchemaCheckReply>;

export type SchemaStatus =
  | { kind: 'empty' }
  | { kind: 'checking' }
  | { kind: 'valid' }
  | { kind: 'invalid'; message: string }
  /** The JSON is fine but nothing could say whether the schema compiles; the run will check it. */
  | { kind: 'unchecked' };

const CHECK_DELAY_MS = 350;

/**
 * Live validation of a response schema as it is typed: JSON syntax here, at once; whether ajv compiles it, by the
 * checker, once typing pauses. A reply that arrives after newer text is ignored.
 */
export function useSchemaCheck(text: string, check: SchemaChecker): SchemaStatus {
  const [status, setStatus] = useState<SchemaStatus>({ kind: 'empty' });
  useEffect(() => {
    const local = localCheck(text);
    if (local) {
      setStatus(local);
      return undefined;
    }
    setStatus({ kind: 'checking' });
    let current = true;
    const timer = setTimeout(() => {
      void check(JSON.parse(text)).then(
        (reply) => {
          if (!current) return;
          if (!reply.ok) setStatus({ kind: 'unchecked' });
          else if (reply.valid) setStatus({ kind: 'valid' });
          else setStatus({ kind: 'invalid', message: `Not a valid JSON Schema: ${reply.errors.join('; ')}` });
        },
        () => current && setStatus({ kind: 'unchecked' }),
      );
    }, CHECK_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, check]);
  return status;
}

function localCheck(text: string): SchemaStatus | undefined {
  const parsed = parseJsonText(text, 'Response schema');
  if ('error' in parsed) return { kind: 'invalid', message: parsed.error };
  if (parsed.value === undefined) return { kind: 'empty' };
  if (!isPlainObject(parsed.value) && typeof parsed.value !== 'boolean') {
    return { kind: 'invalid', message: 'Response schema must be a JSON Schema object, e.g. {"type": "object"}.' };
  }
  return undefined;
}
