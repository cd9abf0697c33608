// (sh-pdf) A PDF open in a viewer as pdf.js renders it: a toolbar (sidebar toggle, find, previous/next, a page-number
// input, zoom out/in, a zoom select, print, download, a closed secondary-toolbar menu whose items are traps) whose
// buttons are icons painted by a `::before` mask with their label text in a zero-size span; an open find bar (find
// field, previous/next, "Highlight all"/"Match case" checkboxes); a thumbnails sidebar that scrolls by itself (one
// link per page); and the viewer container scrolling the pages. Each rendered page is a canvas with a text layer of
// absolutely placed `color: transparent` spans laid over it (the canvas paints that text, so a person reads it) and an
// annotation layer of link sections (an `<a>` stretched over each link's area, empty: the canvas draws the words).
// Pages far from the view are placeholders (no canvas, no layers). Below the pages, a look-alike pdf.js never makes: a
// transparent-text link over an image that draws its words (must-expose; tr-masks keeps transparent text over nothing).
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-pdf', title: 'PDF viewer: canvas pages, text and annotation layers, thumbnails, find bar', seed: 7207 };

const ICON = (c) => `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><path d="${c}" stroke="black" stroke-width="2" fill="none"/></svg>`)}`;

const CSS = `
html,body{height:100%;overflow:hidden;background:#38383d}
#outerContainer{position:relative;width:100%;height:100%}
#sidebarContainer{position:absolute;top:32px;bottom:0;left:0;width:200px;background:#2a2a2e}
#thumbnailView{position:absolute;inset:0;overflow:auto;padding:10px 30px}
#thumbnailView a{display:block;margin:0 auto 14px;width:98px}
.thumbnail{border:2px solid transparent;background:#fff}
.thumbnail.selected{border-color:#0a84ff}
.thumbnailImage{display:block;width:94px;height:122px}
#mainContainer{position:absolute;top:0;right:0;bottom:0;left:200px}
.toolbar{position:relative;height:32px;background:#f9f9fa;display:flex;align-items:center;gap:2px;padding:0 6px;border-bottom:1px solid #b8b8b8;z-index:10}
.toolbarButton{width:28px;height:28px;border:0;background:none;border-radius:2px;padding:0;position:relative;cursor:default}
.toolbarButton::before{content:"";position:absolute;inset:6px;background-color:#0c0c0d;-webkit-mask-size:cover;mask-size:cover;mask-image:var(--icon);-webkit-mask-image:var(--icon)}
.toolbarButton>span{display:inline-block;width:0;height:0;overflow:hidden}
.toolbarField{font-size:12px;padding:3px 6px;border:1px solid #bbb;border-radius:2px;height:24px}
#pageNumber{width:44px;text-align:end}
#numPages{color:#0c0c0d;font-size:12px;padding:0 6px}
.hidden{display:none!important}
.doorHanger{position:absolute;background:#f9f9fa;border:1px solid #b8b8b8;border-radius:2px;box-shadow:0 1px 5px rgba(12,12,13,.2);padding:6px;z-index:30}
#findbar{top:36px;left:36px;display:flex;gap:6px;align-items:center;font-size:12px}
#secondaryToolbar{top:36px;right:8px;width:220px}
#secondaryToolbar button{display:block;width:100%;text-align:left;border:0;background:none;padding:4px 8px;font-size:13px}
#viewerContainer{position:absolute;top:32px;right:0;bottom:0;left:0;overflow:auto}
.pdfViewer .page{position:relative;margin:10px auto;width:816px;height:1056px;background:#fff;border:9px solid transparent;background-clip:content-box}
.canvasWrapper{position:absolute;inset:0;overflow:hidden}
.canvasWrapper canvas{width:100%;height:100%;display:block}
.textLayer{position:absolute;inset:0;overflow:clip;line-height:1;text-align:initial;z-index:0}
.textLayer span{color:transparent;position:absolute;white-space:pre;cursor:text;transform-origin:0% 0%}
.annotationLayer{position:absolute;inset:0;pointer-events:none;z-index:1}
.annotationLayer section{position:absolute;pointer-events:auto}
.annotationLayer .linkAnnotation>a{position:absolute;font-size:1em;top:0;left:0;width:100%;height:100%}
.loadingIcon{position:absolute;inset:0;background:#fff}
.lookalikes{width:816px;margin:10px auto;background:#fff;padding:16px;position:relative}
.ghost{color:transparent;display:inline-block;padding:4px}
`;

const LINES = 44;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  const PAGES = 12;
  const pages = [];
  for (let p = 0; p < PAGES; p++) {
    const lines = [];
    for (let l = 0; l < LINES; l++) lines.push(l % 11 === 0 ? R.title(R.int(2, 4)) : R.sentence(6, 11));
    pages.push(lines);
  }
  const btn = (id, label, icon, mark) =>
    `<button id="${id}" class="toolbarButton" title="${label}" style="--icon:url('${ICON(icon)}')"${mark}><span>${label}</span></button>`;
  let b = '<div id="outerContainer"><div id="sidebarContainer"><div id="thumbnailView" aria-label="Thumbnails">';
  for (let p = 1; p <= PAGES; p++) {
    b += `<a href="#page=${p}" title="Page ${p}"${t.e('thumb-link', `thumb-${p}`)}><div class="thumbnail${p === 1 ? ' selected' : ''}"><img class="thumbnailImage" alt="" aria-label="Thumbnail of Page ${p}" src="data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="94" height="122"><rect width="94" height="122" fill="#fff"/><g fill="#bbb">${Array.from({ length: 10 }, (_, i) => `<rect x="8" y="${10 + i * 10}" width="${50 + (i * 13) % 30}" height="4"/>`).join('')}</g></svg>`)}"></div></a>`;
  }
  b += '</div></div><div id="mainContainer"><div class="toolbar" id="toolbarContainer">';
  b += btn('sidebarToggle', 'Toggle Sidebar', 'M2 2h12v12H2zM6 2v12', t.e('icon-button', 'tb-sidebar'));
  b += btn('viewFind', 'Find in Document', 'M7 7m-4 0a4 4 0 1 0 8 0a4 4 0 1 0-8 0M10 10l4 4', t.e('icon-button', 'tb-find'));
  b += btn('previous', 'Previous Page', 'M8 12V4M4 8l4-4 4 4', t.e('icon-button', 'tb-prev'));
  b += btn('next', 'Next Page', 'M8 4v8M4 8l4 4 4-4', t.e('icon-button', 'tb-next'));
  b += `<input type="number" id="pageNumber" class="toolbarField" value="1" min="1" max="${PAGES}" aria-label="Page" autocomplete="off"${t.e('input', 'tb-page')}><span id="numPages">of ${PAGES}</span>`;
  b += btn('zoomOut', 'Zoom Out', 'M3 8h10', t.e('icon-button', 'tb-zoomout'));
  b += btn('zoomIn', 'Zoom In', 'M3 8h10M8 3v10', t.e('icon-button', 'tb-zoomin'));
  b += `<span class="dropdownToolbarButton"><select id="scaleSelect" class="toolbarField" title="Zoom"${t.e('select', 'tb-scale')}><option value="auto" selected>Automatic Zoom</option><option value="page-actual">Actual Size</option><option value="page-fit">Page Fit</option><option value="page-width">Page Width</option><option value="1">100%</option><option value="1.5">150%</option></select></span>`;
  b += '<div class="spacer"></div>';
  b += btn('print', 'Print', 'M4 6V2h8v4M3 6h10v6H3z', t.e('icon-button', 'tb-print'));
  b += btn('download', 'Save', 'M8 2v9M4 7l4 4 4-4M2 14h12', t.e('icon-button', 'tb-save'));
  b += btn('secondaryToolbarToggle', 'Tools', 'M3 4h10M3 8h10M3 12h10', t.e('icon-button', 'tb-tools'));
  b += '</div>';
  b += `<div id="findbar" class="findbar doorHanger"><input id="findInput" class="toolbarField" aria-label="Find" placeholder="Find in document…" value="retention"${t.e('input', 'find-input')}>`;
  b += btn('findPrevious', 'Find the previous occurrence of the phrase', 'M4 10l4-4 4 4', t.e('icon-button', 'find-prev'));
  b += btn('findNext', 'Find the next occurrence of the phrase', 'M4 6l4 4 4-4', t.e('icon-button', 'find-next'));
  b += `<input type="checkbox" id="findHighlightAll"${t.e('checkbox', 'find-all')}><label for="findHighlightAll">Highlight All</label>
<input type="checkbox" id="findMatchCase"${t.e('checkbox', 'find-case')}><label for="findMatchCase">Match Case</label><span id="findResultsCount">3 of 7 matches</span></div>`;
  b += '<div id="secondaryToolbar" class="doorHanger hidden">';
  ['Presentation Mode', 'Open', 'Go to First Page', 'Go to Last Page', 'Rotate Clockwise', 'Document Properties…'].forEach((label, i) => {
    b += `<button type="button"${t.h('display-none', `tools-${i}`)}>${label}</button>`;
  });
  b += '</div>';
  b += '<div id="viewerContainer" tabindex="0"><div id="viewer" class="pdfViewer">';
  pages.forEach((lines, p) => {
    const rendered = p < 3;
    b += `<div class="page" data-page-number="${p + 1}" role="region" aria-label="Page ${p + 1}"${rendered ? ' data-loaded="true"' : ''}>`;
    if (!rendered) {
      b += '<div class="loadingIcon"></div></div>';
      return;
    }
    b += `<div class="canvasWrapper"><canvas data-page="${p}" width="798" height="1038" role="presentation"></canvas></div><div class="textLayer">`;
    lines.forEach((line, l) => {
      const size = l % 11 === 0 ? 20 : 13;
      b += `<span role="presentation" dir="ltr" style="left:72px;top:${60 + l * 21}px;font-size:${size}px;font-family:sans-serif">${esc(line)}</span>`;
    });
    b += '</div><div class="annotationLayer">';
    // Two links per rendered page: one inside the document, one to the web; their words are drawn by the canvas.
    [[3, `#page=${p + 5}`, null], [7, `https://example.org/spec/${p}`, `https://example.org/spec/${p}`]].forEach(([l, href, title], k) => {
      b += `<section class="linkAnnotation" style="left:72px;top:${58 + l * 21}px;width:300px;height:17px"><a href="${href}"${title ? ` title="${title}"` : ''}${t.e('link-annotation', `annot-${p}-${k}`)}></a></section>`;
    });
    b += '</div></div>';
  });
  b += `<div class="lookalikes"><div style="position:relative;width:300px;height:40px"><img alt="" src="data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="300" height="40"><text x="4" y="26" font-size="16">Download the appendix</text></svg>')}" style="position:absolute;inset:0"><a href="/appendix" class="ghost" style="position:absolute;inset:0"${t.e('link', 'appendix')}>Download the appendix</a></div></div>`;
  b += '</div></div></div></div>';
  const script = `<script>
// Draw each rendered page as pdf.js does: the canvas paints the words the text layer lays transparent over it.
for (const c of document.querySelectorAll('canvas[data-page]')) {
  const g = c.getContext('2d'); g.fillStyle = '#fff'; g.fillRect(0, 0, c.width, c.height); g.fillStyle = '#111';
  for (const s of c.closest('.page').querySelectorAll('.textLayer span')) {
    g.font = s.style.fontSize + ' sans-serif'; g.fillText(s.textContent, parseFloat(s.style.left) - 9, parseFloat(s.style.top) - 9 + parseFloat(s.style.fontSize));
  }
}
</script>`;
  return { html: doc({ title: 'Quarterly retention report.pdf', css: CSS, body: b + script, truth: t }) };
}
