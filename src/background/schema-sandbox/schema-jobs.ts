import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { SandboxJob, SchemaReply } from '../../shared/protocol';
import { describeSchemaProblems } from '../../shared/schema-problems';

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const compiled = new Map<string, ValidateFunction>();

function compile(schema: unknown): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = compiled.get(key);
  if (!validate) {
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

/** Compiles (cached) and validates; a schema that does not compile is reported as invalid, with ajv's reason. */
export function schemaJobResult(job: SandboxJob): SchemaReply {
  // The meta-schema says exactly what is wrong (keyword, place, allowed values); compile errors only summarise it.
  if (
    job.kind === 'check' &&
    (typeof job.schema === 'object' || typeof job.schema === 'boolean') &&
    !ajv.validateSchema(job.schema as object)
  ) {
    return { ok: true, valid: false, errors: describeSchemaProblems(job.schema, ajv.errors ?? []) };
  }
  let validate: ValidateFunction;
  try {
    validate = compile(job.schema);
  } catch (error) {
    return { ok: true, valid: false, errors: [error instanceof Error ? error.message : String(error)] };
  }
  if (job.kind === 'check') return { ok: true, valid: true, errors: [] };
  const valid = validate(job.data);
  return { ok: true, valid, errors: valid ? [] : describeErrors(validate.errors) };
}
