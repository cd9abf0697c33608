import { resolveRef } from './snapshot';

/**
 * The address an announced frame ref (an <iframe>, <object> or <embed>) was told to load, resolved; '' when it has
 * none. The worker compares it with the frames the browser reports, to skip waiting for one whose load failed.
 */
export function frameSourceOfRef(ref: string): string {
  const element = resolveRef(ref);
  if (element instanceof HTMLIFrameElement || element instanceof HTMLEmbedElement) return element.src;
  if (element instanceof HTMLObjectElement) return element.data;
  return '';
}
