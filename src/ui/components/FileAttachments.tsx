import { useState } from 'preact/hooks';
import type { UploadFile } from '../../shared/protocol';
import { attachedSize, formatBytes, MAX_ATTACHMENT_BYTES, readAttachedFile } from './attached-file';
import { describedBy } from './Field';

interface FileAttachmentsProps {
  id: string;
  files: UploadFile[];
  error?: string | undefined;
  onChange: (files: UploadFile[]) => void;
}

/** Files the agent may upload into the page's file inputs; read here, since the worker cannot reach the disk. */
export function FileAttachments({ id, files, error, onChange }: FileAttachmentsProps) {
  const [readError, setReadError] = useState('');
  const shown = error ?? (readError || undefined);

  async function add(list: FileList | null) {
    if (!list || list.length === 0) return;
    try {
      const added = await Promise.all([...list].map(readAttachedFile));
      const next = [...files, ...added];
      const total = next.reduce((sum, file) => sum + attachedSize(file), 0);
      if (total > MAX_ATTACHMENT_BYTES) {
        setReadError(
          `Attachments may total ${formatBytes(MAX_ATTACHMENT_BYTES)}; these would be ${formatBytes(total)}.`,
        );
        return;
      }
      setReadError('');
      onChange(next);
    } catch (failure) {
      setReadError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  return (
    <div class={`field${shown ? ' field--error' : ''}`}>
      <div class="field-head">
        <span class="label" id={`${id}-label`}>
          Files to attach
        </span>
      </div>
      {files.length > 0 ? (
        <ul class="file-list" aria-labelledby={`${id}-label`}>
          {files.map((file, index) => (
            <li key={`${file.name}-${index}`}>
              <span class="file-name">{file.name}</span>
              <span class="muted">{formatBytes(attachedSize(file))}</span>
              <button
                type="button"
                class="icon-button"
                aria-label={`Remove ${file.name}`}
                title="Remove"
                onClick={() => onChange(files.filter((_, i) => i !== index))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <label class="file-picker">
        <input
          id={id}
          type="file"
          multiple
          class="visually-hidden"
          aria-labelledby={`${id}-label`}
          onChange={(event) => {
            const input = event.target as HTMLInputElement;
            void add(input.files).then(() => {
              input.value = '';
            });
          }}
          {...describedBy(id, shown)}
        />
        <span class="button-like" aria-hidden="true">
          Choose files…
        </span>
      </label>
      {shown ? (
        <small class="error" id={`${id}-error`} role="alert">
          {shown}
        </small>
      ) : (
        <small class="hint">
          Optional. For forms that ask for an upload; up to {formatBytes(MAX_ATTACHMENT_BYTES)} in all.
        </small>
      )}
    </div>
  );
}
