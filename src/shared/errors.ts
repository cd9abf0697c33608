/** Error kinds a person can act on; the UI maps each to advice. */
export const ERROR_CODES = [
  'invalid_option',
  'no_api_key',
  'invalid_api_key',
  'model_error',
  'tab_closed',
  'page_forbidden',
  'interrupted',
  'busy',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class TabwrightError extends Error {
  readonly code: ErrorCode;
  /** The task option or setting at fault, so a form can show the message beside that field. */
  readonly field?: string;

  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'TabwrightError';
    this.code = code;
    if (field !== undefined) this.field = field;
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
