import type { CommandReply } from '../../shared/protocol';
import { type FieldErrors, FIELD_OF_OPTION } from './form-values';

/** Where a refused task/run belongs: beside the field it names, else above the form. */
export function runErrors(reply: CommandReply): { errors: FieldErrors; formError: string } {
  if (reply.ok) return { errors: {}, formError: '' };
  const named = reply.error.field;
  const field = named && Object.hasOwn(FIELD_OF_OPTION, named) ? FIELD_OF_OPTION[named] : undefined;
  return field ? { errors: { [field]: reply.error.message }, formError: '' } : { errors: {}, formError: reply.error.message };
}
