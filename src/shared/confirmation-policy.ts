/** Which actions wait for a person's answer: none, the sensitive ones (payments, sending, deleting, …), or all. */
export type ConfirmationPolicy = 'never' | 'sensitive' | 'always';

export const CONFIRMATION_POLICIES: readonly ConfirmationPolicy[] = ['never', 'sensitive', 'always'];
