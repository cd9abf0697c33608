import { describe, expect, it } from 'vitest';
import { attachmentFor } from '../../../src/background/browser/attachments';
import type { UploadFile } from '../../../src/shared/protocol';
import { parseTaskOptions } from '../../../src/shared/task-options';

const notes: UploadFile = { name: 'notes.txt', type: 'text/plain', data: 'aGVsbG8=', purpose: 'notes for the form' };
const photo: UploadFile = { name: 'photo.png', type: 'image/png', data: 'iVBORw==' };

describe('attached files as the model sees them', () => {
  it('finds a file by its name, a path ending in it, or its name in another case', () => {
    expect(attachmentFor([notes, photo], 'photo.png')).toBe(photo);
    expect(attachmentFor([notes, photo], '/home/me/NOTES.TXT')).toBe(notes);
  });

  it('names every attached file, with what it is for beside it when the one who attached it said so', () => {
    expect(() => attachmentFor([notes, photo], '/etc/passwd')).toThrow(
      '"/etc/passwd" is not a file attached to this task. Attached: "notes.txt" (notes for the form), "photo.png".',
    );
    expect(() => attachmentFor([], 'a.txt')).toThrow('Attached: none.');
  });

  it('takes a file purpose as text, and refuses anything else there', () => {
    expect(parseTaskOptions({ task: 'x', files: [notes] }).files).toEqual([notes]);
    expect(() => parseTaskOptions({ task: 'x', files: [{ ...photo, purpose: 5 }] })).toThrow(/purpose\? \(text\)/);
  });
});
