/** A request the local API refuses with a status and a `detail` the SDKs show as the error's message. */
export class BadRequest extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = 'BadRequest';
  }
}
