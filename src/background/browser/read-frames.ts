import { stitchFrame } from '../../shared/frame-slots';
import type { ContentRequest } from '../../shared/protocol';
import { askContent } from './content-channel';
import { frameForAnnouncement, frameNamespace, issueFrameNonce } from './frames';
import { toolError } from '../agent/tool-error';

/** Cross-origin frames nested deeper than this are left as "(frame content unavailable)". */
const MAX_DEPTH = 3;

/**
 * read_page across frames: the frame's own snapshot, with each cross-origin child frame's snapshot stitched into its
 * slot. Each child is found by the hello it sent when announced, and reads with its own ref namespace (`f<frameId>`),
 * so its refs route actions straight back to it.
 */
export async function readFrames(tabId: number, request: ContentRequest, frameId: number, depth = 0): Promise<string> {
  const own: ContentRequest =
    request.type === 'content/read_page'
      ? {
          ...request,
          frameNonce: issueFrameNonce(tabId),
          ...(frameId !== 0 ? { namespace: frameNamespace(frameId) } : {}),
        }
      : request;
  const reply = await askContent(tabId, own, frameId);
  if (!reply.ok) throw toolError(reply.error);
  let text = reply.text ?? '';
  const frames = reply.frames;
  if (!frames || frames.refs.length === 0 || request.type !== 'content/read_page') return text;
  const children = await Promise.all(
    frames.refs.map(async (ref) => {
      const child = depth < MAX_DEPTH ? await frameForAnnouncement(tabId, ref, frames.nonce) : null;
      const childText =
        child === null ? null : await readFrames(tabId, { ...request, ref: null }, child, depth + 1).catch(() => null);
      return { ref, childText };
    }),
  );
  for (const { ref, childText } of children) text = stitchFrame(text, ref, childText);
  return text;
}
