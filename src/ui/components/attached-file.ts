import type { UploadFile } from '../../shared/protocol';

/** Together, attachments travel in one extension message and one storage write: keep them well under those limits. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

/** Reads a file the person picked into the task option `files`: the worker cannot reach the person's disk. */
export function readAttachedFile(file: File): Promise<UploadFile> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error(`Could not read ${file.name}.`));
    reader.onload = () => {
      const url = String(reader.result);
      resolve({
        name: file.name,
        type: file.type || 'application/octet-stream',
        data: url.slice(url.indexOf(',') + 1),
      });
    };
    reader.readAsDataURL(file);
  });
}

/** The file's size in bytes, from its base64 content. */
export function attachedSize(file: UploadFile): number {
  const padding = file.data.endsWith('==') ? 2 : file.data.endsWith('=') ? 1 : 0;
  return Math.max(0, (file.data.length * 3) / 4 - padding);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
