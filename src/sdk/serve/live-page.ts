import type { TaskProgress } from '../../shared/bridge-protocol';
import type { LocalTask, TimelineTask } from './local-task';

const REFRESH_SECONDS = 2;

const STYLE = `body{font:14px system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}
.ok{color:#176f2c}.failed{color:#a4161a}h3{font-size:1rem;margin:.8rem 0 .2rem}.result{font-weight:600}
#tab{max-width:100%;border:1px solid #ccc}`;

/**
 * The live view a person opens from `live_url`: the task's status, a picture of its tab after the latest step, and
 * the timeline of its steps, refreshed every few seconds while it runs.
 */
export function livePage(task: LocalTask): string {
  const refresh = task.finished ? '' : `<meta http-equiv="refresh" content="${REFRESH_SECONDS}">`;
  const note = task.message ? ` (${escapeHtml(task.message)})` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Tabwright · ${escapeHtml(task.id)}</title>${refresh}
<style>${STYLE}</style></head><body>
<h1>Tabwright task</h1>
<p>Status: <b id="status">${task.status}</b>${note} · ${task.credits.toFixed(2)} credits</p>
${picture(task.screenshot)}
${task.timeline.map(timelineSection).join('') || '<p>No steps yet.</p>'}
</body></html>
`;
}

function timelineSection(entry: TimelineTask): string {
  const steps = [...entry.steps.values()].map(stepItem).join('');
  const result = entry.progress.result;
  if (!result) return `<section><ol>${steps}</ol></section>`;
  const why = result.message ? `: ${escapeHtml(result.message)}` : '';
  const totals = `${result.credits_used.toFixed(2)} credits · ${result.duration}s`;
  return `<section><ol>${steps}</ol><p class="result">${escapeHtml(result.status)}${why} · ${totals}</p></section>`;
}

function stepItem(step: TaskProgress): string {
  const thought = step.thought ? `<p>${escapeHtml(step.thought)}</p>` : '';
  const actions = step.actions
    .map((action) => {
      const what = `<b>${escapeHtml(action.tool)}</b> ${escapeHtml(action.result)}`;
      return `<li class="${action.ok ? 'ok' : 'failed'}">${what}</li>`;
    })
    .join('');
  return `<li><h3>Step ${step.step}</h3>${thought}<ul>${actions}</ul></li>`;
}

/** Only an image data URL of the extension's own making is shown; anything else is left out. */
function picture(screenshot: string | undefined): string {
  if (!screenshot || !/^data:image\/(?:jpeg|png);base64,[A-Za-z0-9+/=]+$/.test(screenshot)) return '';
  return `<img id="tab" alt="The session's tab after the latest step" src="${screenshot}">`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
