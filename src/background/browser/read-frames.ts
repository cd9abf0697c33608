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
  const dead = frames.sources ? await deadChildren(tabId, frameId) : new Set<string>();
  const children = await Promise.all(
    frames.refs.map(async (ref, index) => {
      const waits = depth < MAX_DEPTH && !dead.has(frames.sources?.[index] ?? '');
      const child = waits ? await frameForAnnouncement(tabId, ref, frames.nonce) : null;
      // The frame's hit tests see only its own document: what this one paints over it goes with the read.
      const { coveredByParent: _own, ...rest } = request;
      const covered = frames.covers?.[index];
      const childRequest = { ...rest, ref: null, ...(covered?.length ? { coveredByParent: covered } : {}) };
      const childText =
        child === null ? null : await readFrames(tabId, childRequest, child, depth + 1).catch(() => null);
      return { ref, childText };
    }),
  );
  for (const { ref, childText } of children) text = stitchFrame(text, ref, childText);
  return text;
}

/** Documents a content script runs in (match_origin_as_fallback adds about:, data: and blob: frames). */
const SCRIPTED = /^(https?|about|data|blob):/;

/**
 * The addresses of a frame's child frames that no content script will answer from: loads that failed (the frame
 * shows the browser's error page: unreachable, or stopped by a blocker or the task's allowed sites) and documents
 * scripts do not run in. Their hellos never come, and waiting for them cost every read of the page the whole hello
 * bound. An address that a child able to answer also has is left out: that frame is waited for as before.
 */
async function deadChildren(tabId: number, frameId: number): Promise<Set<string>> {
  const frames = (await chrome.webNavigation.getAllFrames({ tabId }).catch(() => null)) ?? [];
  const children = frames.filter((frame) => frame.parentFrameId === frameId);
  const answers = (frame: { errorOccurred: boolean; url: string }) => !frame.errorOccurred && SCRIPTED.test(frame.url);
  const dead = new Set(children.filter((frame) => !answers(frame)).map((frame) => frame.url));
  for (const frame of children) if (answers(frame)) dead.delete(frame.url);
  dead.delete('');
  return dead;
}
