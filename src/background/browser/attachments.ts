import type { BetaFilePolicy } from '@anthropic-ai/sdk/helpers/beta/toolsets';
import type { UploadFile } from '../../shared/protocol';
import { toolError } from '../agent/tool-error';

/**
 * file_upload may only use the files the user attached to the task. The model names them by file name (a path's last
 * part counts); nothing on disk is reachable, and download paths are never shown.
 */
export function attachmentPolicy(files: readonly UploadFile[]): BetaFilePolicy {
  return {
    resolveUploadPaths(_ctx, paths) {
      return paths.map((path) => attachmentFor(files, path).name);
    },
    resolveUploadDocuments() {
      throw toolError(`document_ids are not available here; pass the attached file names in paths: ${names(files)}.`);
    },
    isPathVisible: () => false,
  };
}

export function attachmentFor(files: readonly UploadFile[], path: string): UploadFile {
  const name = path.split(/[\\/]/).pop() ?? path;
  const file =
    files.find((candidate) => candidate.name === name) ??
    files.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
  if (!file) throw toolError(`"${path}" is not a file attached to this task. Attached: ${names(files)}.`);
  return file;
}

/** Each file by name, with what it is for when whoever attached it said so: `"statement.pdf" (the bank statement)`. */
function names(files: readonly UploadFile[]): string {
  if (files.length === 0) return 'none';
  return files.map((file) => (file.purpose ? `"${file.name}" (${file.purpose})` : `"${file.name}"`)).join(', ');
}
