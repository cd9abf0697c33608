import { lastSnapshotElements } from './snapshot';
import { existingRef } from './snapshot/refs';

/**
 * Numbered marks over the elements of the last snapshot, drawn just long enough for a screenshot: the model can match
 * what it sees to the refs it acts on (mark 12 = ref_12). The overlay lives in a closed shadow root with
 * pointer-events off, so the page can neither read nor click it.
 */
const HOST_ID = 'tabwright-marks';
const MAX_MARKS = 300;

export function showMarks(): number {
  hideMarks();
  const host = document.createElement('div');
  host.id = HOST_ID;
  host.style.cssText = 'position:fixed;inset:0;pointer-events:none;z-index:2147483647;';
  const root = host.attachShadow({ mode: 'closed' });
  let count = 0;
  for (const element of lastSnapshotElements()) {
    if (count >= MAX_MARKS) break;
    const ref = existingRef(element);
    const rect = element.getBoundingClientRect();
    if (
      !ref ||
      rect.width === 0 ||
      rect.bottom < 0 ||
      rect.right < 0 ||
      rect.top > innerHeight ||
      rect.left > innerWidth
    )
      continue;
    const label = ref.replace(/^ref_/, '');
    const box = document.createElement('div');
    box.style.cssText =
      `position:fixed;left:${rect.left}px;top:${rect.top}px;width:${rect.width}px;height:${rect.height}px;` +
      `border:2px solid ${COLORS[count % COLORS.length]};box-sizing:border-box;`;
    const tag = document.createElement('span');
    tag.textContent = label;
    tag.style.cssText =
      `position:absolute;left:-2px;top:-16px;background:${COLORS[count % COLORS.length]};color:#fff;` +
      'font:bold 11px/14px monospace;padding:0 3px;border-radius:2px;';
    box.append(tag);
    root.append(box);
    count++;
  }
  document.documentElement.append(host);
  return count;
}

export function hideMarks(): void {
  document.getElementById(HOST_ID)?.remove();
}

const COLORS = ['#d1242f', '#0969da', '#1a7f37', '#8250df', '#bc4c00'];
