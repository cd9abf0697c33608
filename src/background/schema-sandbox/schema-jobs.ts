import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import Ajv2019 from 'ajv/dist/2019';
import Ajv2020 from 'ajv/dist/2020';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json';
import addFormats from 'ajv-formats';
import type { SandboxJob, SchemaReply } from '../../shared/protocol';
import { describeSchemaProblems } from '../../shared/schema-problems';
import { isPlainObject } from '../../shared/json-schema';

function withFormats<T extends Ajv>(ajv: T): T {
  addFormats(ajv);
  return ajv;
}

/** Without "$schema", a schema is read as draft-07 (as it always was here); draft-06 is read by the same ajv. */
const draft07 = withFormats(new Ajv({ allErrors: true, strict: false }));
draft07.addMetaSchema(draft06);
const draft2019 = withFormats(new Ajv2019({ allErrors: true, strict: false }));
const draft2020 = withFormats(new Ajv2020({ allErrors: true, strict: false }));

/**
 * The dialects a schema may declare with "$schema", by its URI without scheme and trailing "#": generators write
 * them all (zod 4 writes 2020-12, zod-to-json-schema draft-07, quicktype draft-06). One ajv answers for each; a
 * dialect it does not know is a problem to report, where ajv alone would throw.
 */
const DIALECTS = new Map<string, Ajv>([
  ['json-schema.org/draft-06/schema', draft07],
  ['json-schema.org/draft-07/schema', draft07],
  ['json-schema.org/draft/2019-09/schema', draft2019],
  ['json-schema.org/draft/2020-12/schema', draft2020],
]);

const compiled = new Map<string, ValidateFunction>();

/** The ajv for a schema's declared dialect, or why none reads it. */
function ajvFor(schema: unknown): Ajv | string {
  const declared = isPlainObject(schema) ? schema.$schema : undefined;
  if (declared === undefined) return draft07;
  const key =
    typeof declared === 'string'
      ? declared
          .trim()
          .replace(/^https?:\/\//, '')
          .replace(/#$/, '')
      : '';
  return (
    DIALECTS.get(key) ??
    `"$schema" is ${JSON.stringify(declared)}, a dialect Tabwright does not read: declare JSON Schema 2020-12 ` +
      '(https://json-schema.org/draft/2020-12/schema), 2019-09, draft-07 or draft-06, or leave "$schema" out.'
  );
}

function compile(ajv: Ajv, schema: unknown): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = compiled.get(key);
  if (!validate) {
    // ajv keeps each schema by its $id and refuses a second one under the same $id: a changed schema replaces it.
    if (isPlainObject(schema) && typeof schema.$id === 'string') ajv.removeSchema(schema.$id);
    validate = ajv.compile(schema as object);
    compiled.set(key, validate);
  }
  return validate;
}

export function describeErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => {
    const where = error.instancePath || '(root)';
    const extra =
      error.keyword === 'additionalProperties'
        ? ` "${(error.params as { additionalProperty: string }).additionalProperty}"`
        : '';
    return `${where} ${error.message ?? 'is invalid'}${extra}`;
  });
}

/**
 * Compiles (cached) and validates; a schema that does not compile is reported as invalid, with the reason. Never
 * throws: the sandbox's caller would otherwise wait for an answer that never comes.
 */
export function schemaJobResult(job: SandboxJob): SchemaReply {
  const ajv = ajvFor(job.schema);
  if (typeof ajv === 'string') return { ok: true, valid: false, errors: [ajv] };
  try {
    // The meta-schema says exactly what is wrong (keyword, place, allowed values); compile errors only summarise it.
    if (
      job.kind === 'check' &&
      (typeof job.schema === 'object' || typeof job.schema === 'boolean') &&
      !ajv.validateSchema(job.schema as object)
    ) {
      return { ok: true, valid: false, errors: describeSchemaProblems(job.schema, ajv.errors ?? []) };
    }
    const validate = compile(ajv, job.schema);
    if (job.kind === 'check') return { ok: true, valid: true, errors: [] };
    const valid = validate(job.data);
    return { ok: true, valid, errors: valid ? [] : describeErrors(validate.errors) };
  } catch (error) {
    return { ok: true, valid: false, errors: [error instanceof Error ? error.message : String(error)] };
  }
}
