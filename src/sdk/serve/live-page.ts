import type { LocalTask } from './local-task';

const REFRESH_SECONDS = 2;

/**
 * The live view a person opens from `live_url`: the task's status and the timeline of its steps, refreshed every
 * few seconds while it runs. The browser window itself is on the person's screen (or the launched Chromium's).
 */
export function livePage(task: LocalTask): string {
  const running = !task.finished;
  const tasks = task.timeline
    .map((entry) => {
      const steps = [...entry.steps.values()]
        .map((step) => {
          const actions = step.actions
            .map((action) => `<li class="${action.ok ? 'ok' : 'failed'}"><b>${escapeHtml(action.tool)}</b> ${escapeHtml(action.result)}</li>`)
            .join('');
          return `<li><h3>Step ${step.step}</h3>${step.thought ? `<p>${escapeHtml(step.thought)}</p>` : ''}<ul>${actions}</ul></li>`;
        })
        .join('');
      const result = entry.progress.result;
      const ending = result
        ? `<p class="result">${escapeHtml(result.status)}${result.message ? `: ${escapeHtml(result.message)}` : ''} · ${result.credits_used.toFixed(2)} credits · ${result.duration}s</p>`
        : '';
      return `<section><ol>${steps}</ol>${ending}</section>`;
    })
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Tabwright · ${escapeHtml(task.id)}</title>
${running ? `<meta http-equiv="refresh" content="${REFRESH_SECONDS}">` : ''}
<style>body{font:14px system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}
.ok{color:#176f2c}.failed{color:#a4161a}h3{font-size:1rem;margin:.8rem 0 .2rem}.result{font-weight:600}</style>
</head><body>
<h1>Tabwright task</h1>
<p>Status: <b id="status">${task.status}</b>${task.message ? ` (${escapeHtml(task.message)})` : ''} · ${task.credits.toFixed(2)} credits</p>
${picture(task.screenshot)}
${tasks || '<p>No steps yet.</p>'}
</body></html>
`;
}

/** Only an image data URL of the extension's own making is shown; anything else is left out. */
function picture(screenshot: string | undefined): string {
  if (!screenshot || !/^data:image\/(?:jpeg|png);base64,[A-Za-z0-9+/=]+$/.test(screenshot)) return '';
  return `<img id="tab" alt="The session's tab after the latest step" src="${screenshot}" style="max-width:100%;border:1px solid #ccc">`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
