import type { CommandReply } from '../../shared/protocol';
import { type FieldErrors, fieldOfOption } from './form-values';

/** Where a refused task/run belongs: beside the field it names, else above the form. */
export function runErrors(reply: CommandReply): { errors: FieldErrors; formError: string } {
  if (reply.ok) return { errors: {}, formError: '' };
  const field = reply.error.field ? fieldOfOption(reply.error.field) : undefined;
  return field
    ? { errors: { [field]: reply.error.message }, formError: '' }
    : { errors: {}, formError: reply.error.message };
}
