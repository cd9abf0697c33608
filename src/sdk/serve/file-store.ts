import { randomUUID } from 'node:crypto';
import type { UploadFile } from '../../shared/protocol';
import { MAX_ATTACHMENT_BYTES } from '../../shared/task-options';
import { BadRequest } from './bad-request';

/** A few common types by extension, for uploads whose part carries none or only the generic one. */
const TYPES = new Map([
  ['pdf', 'application/pdf'],
  ['png', 'image/png'],
  ['jpg', 'image/jpeg'],
  ['jpeg', 'image/jpeg'],
  ['txt', 'text/plain'],
  ['csv', 'text/csv'],
  ['json', 'application/json'],
]);

/** What a part says when it says nothing: the TypeScript SDK's uploadFile sends every file as this. */
const GENERIC_TYPE = 'application/octet-stream';

/**
 * Files uploaded with `POST /file`, kept in memory until deleted or the server stops. Tasks name them by id in
 * `files`; the agent may then put them into the page's file inputs. A `file_purpose` part is kept with the file.
 */
export class FileStore {
  private readonly files = new Map<string, UploadFile>();

  /** Takes the `file` part of a multipart upload. */
  async add(contentType: string, body: Buffer): Promise<string> {
    let form: FormData;
    try {
      form = await new Request('http://127.0.0.1/', {
        method: 'POST',
        headers: { 'content-type': contentType },
        body: new Uint8Array(body),
      }).formData();
    } catch {
      throw new BadRequest('Upload a file as multipart/form-data with a part named "file".');
    }
    const file = form.get('file');
    if (!(file instanceof Blob)) throw new BadRequest('The upload has no part named "file".');
    if (file.size > MAX_ATTACHMENT_BYTES) {
      throw new BadRequest(`The file is ${(file.size / 1048576).toFixed(1)} MB; the limit is 5 MB.`, 413);
    }
    const name = (file as File).name || 'file';
    const given = file.type === GENERIC_TYPE ? '' : file.type;
    const type = given || TYPES.get(name.split('.').pop()?.toLowerCase() ?? '') || GENERIC_TYPE;
    const purpose = form.get('file_purpose');
    const id = `file-${randomUUID()}`;
    this.files.set(id, {
      name,
      type,
      data: Buffer.from(await file.arrayBuffer()).toString('base64'),
      ...(typeof purpose === 'string' && purpose.trim() ? { purpose: purpose.trim() } : {}),
    });
    return id;
  }

  delete(id: string): boolean {
    return this.files.delete(id);
  }

  /** The files a task names by id, as the extension takes them. */
  resolve(ids: unknown): UploadFile[] {
    if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) {
      throw new BadRequest('"files" must be a list of file ids from POST /file.');
    }
    return ids.map((id) => {
      const file = this.files.get(id);
      if (!file) {
        throw new BadRequest(`No file "${id}": upload it with POST /file first (files live until the server stops).`);
      }
      return file;
    });
  }
}
