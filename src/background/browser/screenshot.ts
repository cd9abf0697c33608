import { type BetaScreenshotResult, ToolError } from '@anthropic-ai/sdk/helpers/beta/toolsets';
import type { DebuggerSessions } from './debugger/session';
import { toolError, toolErrorContent } from '../agent/tool-error';
import { withoutLiveView } from './live-view';

/** Says why no picture of a tab may be taken now (it shows a secret), or undefined when one may. */
export type ScreenGuard = (tabId: number) => Promise<string | undefined>;

/** The screen guard refused a picture: the model reads why, and a person asked to approve is told why there is none. */
export class PictureWithheld extends ToolError {
  constructor(readonly reason: string) {
    super(toolErrorContent(reason));
  }
}

const JPEG_QUALITY = 70;
const THUMBNAIL_QUALITY = 50;
/** A zoomed region is upscaled to fit this box, so small text becomes legible. */
const ZOOM_LONG_EDGE = 1280;

/**
 * Screenshots in the model's coordinate frame: viewport CSS pixels. On a HiDPI screen captureVisibleTab returns device
 * pixels, so the image is scaled down to the viewport's CSS size; the model's coordinates then need no conversion.
 */
export async function captureTab(
  tabId: number,
  sessions: DebuggerSessions,
  guard?: ScreenGuard,
): Promise<BetaScreenshotResult> {
  const { bitmap, tab } = await capture(tabId, sessions, guard);
  const width = tab.width ?? bitmap.width;
  const height = tab.height ?? bitmap.height;
  if (bitmap.width <= width + 1) return encode(bitmap, bitmap.width, bitmap.height, 'image/jpeg');
  return encode(bitmap, width, height, 'image/jpeg');
}

/**
 * A small JPEG of the tab for the step timeline, or nothing: it never brings a tab to the front (that would take the
 * screen from the person), so it is taken only when the tab is already visible or the debugger can capture it.
 */
export async function thumbnailOf(
  tabId: number,
  sessions: DebuggerSessions,
  width: number,
  guard?: ScreenGuard,
): Promise<string | undefined> {
  const tab = await chrome.tabs.get(tabId).catch(() => undefined);
  if (!tab || (!tab.active && !sessions.isAttached(tabId))) return undefined;
  // A thumbnail is a nicety: at most about two a second, never queued (a model screenshot may need the slot). When
  // the model answers in seconds every step gets one; back-to-back steps do not pay for them.
  if (Date.now() < lastThumbnail + CAPTURE_INTERVAL_MS || nextCapture > Date.now()) return undefined;
  lastThumbnail = Date.now();
  const { bitmap } = await capture(tabId, sessions, guard);
  const scaled = await encode(
    bitmap,
    width,
    Math.round((bitmap.height * width) / bitmap.width),
    'image/jpeg',
    THUMBNAIL_QUALITY,
  );
  return `data:${scaled.mediaType};base64,${scaled.data}`;
}

/** A thumbnail made from a screenshot already taken (vision mode), so the step costs no second capture. */
export async function thumbnailFrom(shot: BetaScreenshotResult, width: number): Promise<string> {
  const blob = await (await fetch(`data:${shot.mediaType ?? 'image/png'};base64,${shot.data}`)).blob();
  const bitmap = await createImageBitmap(blob);
  const scaled = await encode(
    bitmap,
    width,
    Math.round((bitmap.height * width) / bitmap.width),
    'image/jpeg',
    THUMBNAIL_QUALITY,
  );
  return `data:${scaled.mediaType};base64,${scaled.data}`;
}

/** Room left around an element in its picture, so a person sees where on the page it is. */
const PICTURE_MARGIN = 48;
const PICTURE_MAX_WIDTH = 480;

/**
 * The element an approval is about, with what surrounds it, outlined: a JPEG data URL, or nothing when the element is
 * not in the viewport. `rect` is in viewport CSS pixels.
 */
export async function elementPicture(
  tabId: number,
  sessions: DebuggerSessions,
  rect: { x: number; y: number; width: number; height: number },
  wanted: () => boolean = () => true,
  guard?: ScreenGuard,
): Promise<string | undefined> {
  // Its turn may come after the person has answered: then no picture is taken while the approved action runs.
  await captureTurn();
  if (!wanted()) return undefined;
  const { bitmap, tab } = await capture(tabId, sessions, guard);
  const viewWidth = tab.width ?? bitmap.width;
  const viewHeight = tab.height ?? bitmap.height;
  const x0 = Math.max(0, rect.x - PICTURE_MARGIN);
  const y0 = Math.max(0, rect.y - PICTURE_MARGIN);
  const x1 = Math.min(viewWidth, rect.x + rect.width + PICTURE_MARGIN);
  const y1 = Math.min(viewHeight, rect.y + rect.height + PICTURE_MARGIN);
  if (x1 - x0 < 4 || y1 - y0 < 4) return undefined;
  const scale = bitmap.width / viewWidth;
  const fit = Math.min(1, PICTURE_MAX_WIDTH / (x1 - x0));
  const width = Math.round((x1 - x0) * fit);
  const height = Math.round((y1 - y0) * fit);
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) return undefined;
  context.drawImage(bitmap, x0 * scale, y0 * scale, (x1 - x0) * scale, (y1 - y0) * scale, 0, 0, width, height);
  context.strokeStyle = '#f59e0b';
  context.lineWidth = 3;
  context.strokeRect((rect.x - x0) * fit - 3, (rect.y - y0) * fit - 3, rect.width * fit + 6, rect.height * fit + 6);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: JPEG_QUALITY / 100 });
  return `data:image/jpeg;base64,${base64(new Uint8Array(await blob.arrayBuffer()))}`;
}

/** A region of the viewport ([x0, y0, x1, y1] in CSS pixels), cropped and upscaled. */
export async function zoomTab(
  tabId: number,
  region: number[],
  sessions: DebuggerSessions,
  guard?: ScreenGuard,
): Promise<BetaScreenshotResult> {
  const [x0, y0, x1, y1] = region;
  if (region.length !== 4 || ![x0, y0, x1, y1].every(Number.isFinite) || x1! <= x0! || y1! <= y0!) {
    throw toolError('region must be [x0, y0, x1, y1] with x0 < x1 and y0 < y1, in viewport pixels.');
  }
  const { bitmap, tab } = await capture(tabId, sessions, guard);
  const width = tab.width ?? bitmap.width;
  const height = tab.height ?? bitmap.height;
  if (x0! < 0 || y0! < 0 || x1! > width || y1! > height) {
    throw toolError(`region [${region.join(', ')}] is outside the viewport (${width}×${height}).`);
  }
  const scale = bitmap.width / width;
  const crop = await createImageBitmap(bitmap, x0! * scale, y0! * scale, (x1! - x0!) * scale, (y1! - y0!) * scale);
  const fit = ZOOM_LONG_EDGE / Math.max(x1! - x0!, y1! - y0!);
  return encode(crop, Math.round((x1! - x0!) * fit), Math.round((y1! - y0!) * fit), 'image/png');
}

/**
 * A tab the debugger is attached to is captured through it (Page.captureScreenshot: no need to bring the tab to the
 * front, and captureVisibleTab can stall while a debugger holds the tab). Otherwise captureVisibleTab, which shows
 * only the active tab of a window, so the task's tab is brought to the front first.
 */
async function capture(
  tabId: number,
  sessions: DebuggerSessions,
  guard?: ScreenGuard,
): Promise<{ bitmap: ImageBitmap; tab: chrome.tabs.Tab }> {
  if (!guard) return captureUnguarded(tabId, sessions);
  const before = await guard(tabId);
  if (before) throw new PictureWithheld(before);
  const shot = await captureUnguarded(tabId, sessions);
  // Checked again after: a page that shows the value while the picture is taken loses the picture.
  const after = await guard(tabId);
  if (after) {
    shot.bitmap.close();
    throw new PictureWithheld(after);
  }
  return shot;
}

/** The live view (frame and badge) is never in a picture the model or the timeline gets. */
function captureUnguarded(
  tabId: number,
  sessions: DebuggerSessions,
): Promise<{ bitmap: ImageBitmap; tab: chrome.tabs.Tab }> {
  return withoutLiveView(tabId, () => captureAsIs(tabId, sessions));
}

async function captureAsIs(
  tabId: number,
  sessions: DebuggerSessions,
): Promise<{ bitmap: ImageBitmap; tab: chrome.tabs.Tab }> {
  if (sessions.isAttached(tabId)) {
    const tab = await chrome.tabs.get(tabId);
    const { data } = await sessions.send<{ data: string }>(tabId, 'Page.captureScreenshot', { format: 'png' });
    const blob = await (await fetch(`data:image/png;base64,${data}`)).blob();
    return { bitmap: await createImageBitmap(blob), tab };
  }
  const tab = await chrome.tabs.update(tabId, { active: true });
  if (!tab) throw toolError('The tab is gone.');
  const dataUrl = await throttled(() => chrome.tabs.captureVisibleTab(tab.windowId, { format: 'png' }));
  const blob = await (await fetch(dataUrl)).blob();
  return { bitmap: await createImageBitmap(blob), tab };
}

/** Chrome refuses more than two captureVisibleTab calls a second; callers wait for their turn instead. */
const CAPTURE_INTERVAL_MS = 550;
let nextCapture = 0;
let lastThumbnail = 0;

/** Resolves when a capture would not have to wait for Chrome's quota (without taking the turn). */
function captureTurn(): Promise<void> {
  const wait = nextCapture - Date.now();
  return wait > 0 ? new Promise((resolve) => setTimeout(resolve, wait)) : Promise.resolve();
}

async function throttled<T>(run: () => Promise<T>): Promise<T> {
  const turn = captureTurn();
  nextCapture = Math.max(Date.now(), nextCapture) + CAPTURE_INTERVAL_MS;
  await turn;
  return run();
}

async function encode(
  bitmap: ImageBitmap,
  width: number,
  height: number,
  type: 'image/jpeg' | 'image/png',
  quality = JPEG_QUALITY,
): Promise<BetaScreenshotResult> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas in this browser.');
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, width, height);
  const blob = await canvas.convertToBlob(type === 'image/jpeg' ? { type, quality: quality / 100 } : { type });
  return { data: base64(new Uint8Array(await blob.arrayBuffer())), mediaType: type };
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
