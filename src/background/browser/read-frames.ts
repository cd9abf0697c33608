import { stitchFrame } from '../../shared/frame-slots';
import { describeFound, type Found } from '../../shared/found-elements';
import type { ContentReply, ContentRequest } from '../../shared/protocol';
import { MAX_READ_CHARS } from '../../shared/reading-limit';
import { askContent } from './content-channel';
import { frameForAnnouncement, frameNamespace, issueFrameNonce } from './frames';
import { toolError } from '../agent/tool-error';

/** Cross-origin frames nested deeper than this are left as "(frame content unavailable)". */
const MAX_DEPTH = 3;

/** The requests that read a whole document, which its cross-origin frames answer for themselves. */
type FrameRequest = Extract<ContentRequest, { type: 'content/read_page' | 'content/find' | 'content/page_text' }>;
type FrameAnswer = Extract<ContentReply, { ok: true }>;

/** A frame's answer, with those of the cross-origin frames it holds (null: the frame never answered). */
interface FrameTree {
  answer: FrameAnswer;
  children: Array<{ ref: string; tree: FrameTree | null }>;
}

/**
 * Asks a frame and, in turn, each cross-origin frame it holds. A child is found by the hello it sent when announced,
 * and asked in its own ref namespace (`f<frameId>`), so its refs route actions straight back to it; it is told what
 * its parent paints over it and what of it can be seen, since it sees only its own document.
 */
async function askFrames(tabId: number, request: FrameRequest, frameId: number, depth = 0): Promise<FrameTree> {
  const own: FrameRequest = {
    ...request,
    frameNonce: issueFrameNonce(tabId),
    ...(frameId !== 0 ? { namespace: frameNamespace(frameId) } : {}),
  };
  const answer = await askContent(tabId, own, frameId);
  if (!answer.ok) throw toolError(answer.error);
  const frames = answer.frames;
  if (!frames || frames.refs.length === 0) return { answer, children: [] };
  const dead = frames.sources ? await deadChildren(tabId, frameId) : new Set<string>();
  const children = await Promise.all(
    frames.refs.map(async (ref, index) => {
      const waits = depth < MAX_DEPTH && !dead.has(frames.sources?.[index] ?? '');
      const child = waits ? await frameForAnnouncement(tabId, ref, frames.nonce) : null;
      if (child === null) return { ref, tree: null };
      const covered = frames.covers?.[index];
      const shown = frames.views?.[index];
      const { coveredByParent: _covered, shownPart: _shown, ...rest } = request;
      const childRequest: FrameRequest = {
        ...rest,
        ...(rest.type === 'content/read_page' ? { ref: null } : {}),
        ...(covered?.length ? { coveredByParent: covered } : {}),
        ...(shown ? { shownPart: shown } : {}),
      };
      const tree = await askFrames(tabId, childRequest, child, depth + 1).catch(() => null);
      return { ref, tree };
    }),
  );
  return { answer, children };
}

function stitched({ answer, children }: FrameTree): string {
  return children.reduce(
    (text, child) => stitchFrame(text, child.ref, child.tree ? stitched(child.tree) : null),
    answer.text ?? '',
  );
}

/**
 * read_page and get_page_text across frames: the frame's own text, with each cross-origin child frame's text stitched
 * into its slot.
 */
export async function readFrames(
  tabId: number,
  request: Extract<FrameRequest, { type: 'content/read_page' | 'content/page_text' }>,
  frameId: number,
): Promise<{ text: string; url: string; title: string }> {
  const tree = await askFrames(tabId, request, frameId);
  return { text: withinLimit(stitched(tree)), url: tree.answer.url ?? '', title: tree.answer.title ?? '' };
}

/** The page's text cut where one reading ends: each frame keeps to the limit, and so do all of them together. */
function withinLimit(text: string): string {
  if (text.length <= MAX_READ_CHARS) return text;
  const cut = text.lastIndexOf('\n', MAX_READ_CHARS - 200);
  const kept = text.slice(0, cut > 0 ? cut : MAX_READ_CHARS - 200);
  const more = (text.length - kept.length).toLocaleString('en-US');
  return `${kept}\n[Truncated at ${MAX_READ_CHARS.toLocaleString('en-US')} characters: the page and its frames hold ${more} more. read_page with a ref reads one part.]`;
}

function findings(tree: FrameTree, out: Found[] = []): Found[] {
  if (tree.answer.found) out.push(tree.answer.found);
  for (const child of tree.children) if (child.tree) findings(child.tree, out);
  return out;
}

/** find across frames: each document ranks its own elements, and the best of all of them make the reply. */
export async function findInFrames(tabId: number, query: string): Promise<string> {
  return describeFound(query, findings(await askFrames(tabId, { type: 'content/find', query }, 0)));
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
