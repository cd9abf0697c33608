import type { UploadFile } from '../../shared/protocol';
import { describeElement } from './describe';
import { isInput } from './dom';
import { ActionError } from './target';

/**
 * Puts the user's attached files into a file input, as the file chooser would: the input's FileList is replaced and
 * input/change fire. A label or button that opens a hidden input is followed to that input.
 */
export function uploadFiles(element: Element, files: UploadFile[]): string {
  const input = fileInputFor(element);
  if (!input)
    throw new ActionError(`${describeElement(element)} is not a file input; target the input (or its label) instead.`);
  if (input.disabled) throw new ActionError(`${describeElement(input)} is disabled.`);
  if (files.length > 1 && !input.multiple)
    throw new ActionError(`${describeElement(input)} takes one file, not ${files.length}.`);
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(new File([bytes(file.data)], file.name, { type: file.type }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return `${files.map((file) => file.name).join(', ')} → ${describeElement(input)}.`;
}

function fileInputFor(element: Element): HTMLInputElement | null {
  if (isInput(element)) return element.type === 'file' ? element : null;
  const control = (element as HTMLLabelElement).control;
  if (control && isInput(control) && control.type === 'file') return control;
  const inside = element.querySelector('input[type="file"]');
  return inside && isInput(inside) ? inside : null;
}

function bytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
