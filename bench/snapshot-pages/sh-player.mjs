// (sh-player) A music player as streaming apps build it: a fixed shell (library rail, album view, queue pane, a
// transport bar pinned to the bottom); the window never scrolls. The transport's icon buttons are named every way a
// player names them: aria-label, a title only, an SVG's <title> as the only name, an icon-font ligature, an
// aria-labelledby pointing at a closed (display:none) tooltip, a div role=slider for the volume and a restyled range
// input for the seek bar. Track rows are divs clicked through one listener on the list (double-click plays); each row's
// Play button shows only on row hover (visibility:hidden: traps) and its More button is faded to opacity 0 until
// hover (traps), while its title and artist links and its Like button always show. The queue pane scrolls on its own
// (rows with a drag handle and a Remove button). Traps: a Now Playing view parked below the window with a transform,
// a device picker `popover` never opened, a track context menu closed with clip-path inset(0 0 100% 0), and a lyrics
// panel collapsed to width 0 inside an overflow:hidden slot.
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-player', title: 'Music player: transport icon buttons, hover row actions, queue pane', seed: 7101 };

const CSS = `
html,body{height:100%;overflow:hidden;background:#121212;color:#e8e8e8}
a{color:#e8e8e8}
button{background:transparent;border:0;color:#e8e8e8}
.app{position:fixed;inset:0;display:grid;grid-template-columns:240px 1fr 300px;grid-template-rows:1fr 88px}
.rail{overflow-y:auto;padding:12px;background:#000}
.rail a{display:block;padding:6px 8px;border-radius:4px}
.main{overflow-y:auto;min-height:0;background:linear-gradient(#3b2a5a,#121212 340px)}
.hero{display:flex;gap:20px;align-items:flex-end;padding:28px 24px}
.cover{width:180px;height:180px;background:#7a5cb8;flex:none}
.acts{display:flex;gap:14px;align-items:center;padding:0 24px 14px}
.big{width:56px;height:56px;border-radius:50%;background:#1ed760;color:#000}
.tracks{padding:0 16px}
.tr{display:grid;grid-template-columns:40px 1fr 1fr 40px 60px 40px;align-items:center;height:54px;padding:0 8px;border-radius:4px;cursor:pointer}
.tr:hover{background:#2a2a2a}
.tr .num{position:relative}
.tr .pl{visibility:hidden;position:absolute;left:0;top:-4px}
.tr:hover .pl{visibility:visible}
.tr:hover .n{visibility:hidden}
.tr .more{opacity:0}
.tr:hover .more{opacity:1}
.tr small{display:block;color:#a7a7a7}
.queue{overflow-y:auto;min-height:0;background:#181818;padding:10px}
.qrow{display:flex;align-items:center;gap:8px;height:48px}
.qrow .grip{cursor:grab;color:#777}
.qrow span.t{flex:1;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
.bar{grid-column:1/4;display:grid;grid-template-columns:300px 1fr 300px;align-items:center;padding:0 16px;background:#181818;border-top:1px solid #282828}
.ctl{display:flex;justify-content:center;gap:14px;align-items:center}
.ctl button{width:34px;height:34px}
.ctl .play{background:#fff;color:#000;border-radius:50%}
.seek{display:flex;gap:8px;align-items:center;justify-content:center;font-size:12px}
.seek input{appearance:none;-webkit-appearance:none;width:420px;height:4px;background:#4d4d4d;border:0;padding:0;border-radius:2px}
.right{display:flex;gap:10px;align-items:center;justify-content:flex-end}
.vol{width:100px;height:4px;background:#4d4d4d;border-radius:2px;position:relative}
.vol i{position:absolute;left:0;top:0;bottom:0;width:60%;background:#fff}
.icon{font-family:monospace;font-size:12px}
.tip{display:none}
.np{position:fixed;left:0;right:0;top:0;height:100%;background:#222;transform:translateY(100%);z-index:40;padding:40px}
.ctx{position:fixed;left:520px;top:300px;background:#282828;padding:4px;z-index:30;clip-path:inset(0 0 100% 0);box-shadow:0 8px 24px #000}
.ctx button{display:block;width:200px;text-align:left;padding:8px}
.lyr{position:fixed;right:0;top:0;bottom:88px;width:0;overflow:hidden;background:#333;z-index:10}
.lyr .in{width:300px;padding:12px}
[popover]{background:#282828;color:#e8e8e8;border:0}
`;

const svg = (title) => `<svg width="16" height="16" viewBox="0 0 16 16"${title ? '' : ' aria-hidden="true"'}>${title ? `<title>${title}</title>` : ''}<path d="M2 2h12v12H2z" fill="currentColor"/></svg>`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<div class="app"><nav class="rail" aria-label="Your library"><a href="#home"${t.e('link', 'home')}>Home</a><a href="#search"${t.e('link', 'search')}>Search</a>`;
  b += `<button type="button" aria-label="Create playlist"${t.e('icon-button', 'create')}>+</button>`;
  for (let i = 0; i < 24; i++) b += `<a href="#pl/${i}"${t.e('link', `pl-${i}`)}>${esc(R.title(2))}</a>`;
  b += `</nav><main class="main" aria-label="Album"><div class="hero"><div class="cover"></div><div><small>Album</small><h1 style="font-size:48px;margin:4px 0">${esc(R.title(2))}</h1>`;
  b += `<a href="#artist"${t.e('link', 'hero-artist')}>${esc(R.person())}</a> · 2024 · 14 songs</div></div>`;
  b += `<div class="acts"><button type="button" class="big" aria-label="Play album"${t.e('icon-button', 'play-album')}>${svg('')}</button>`;
  b += `<button type="button" title="Shuffle album"${t.e('title-only', 'shuffle-album')}>${svg('')}</button>`;
  b += `<button type="button" aria-label="Save to Your Library" aria-pressed="false"${t.e('toggle', 'save-album')}>♡</button>`;
  b += `<button type="button" aria-haspopup="menu"${t.e('svg-title', 'album-more')}>${svg('More options for album')}</button></div>`;
  b += `<div class="tracks" id="tracks" role="grid" aria-label="Tracks">`;
  for (let i = 0; i < 14; i++) {
    const id = `t${i}`;
    b += `<div class="tr" role="row" data-track="${i}"${t.e('delegated-row', id)}><div class="num" role="gridcell"><span class="n">${i + 1}</span>`;
    b += `<button type="button" class="pl" aria-label="Play ${esc(R.title(2))}"${t.h('hover-visibility', `${id}-play`)}>▶</button></div>`;
    b += `<div role="gridcell"><a href="#track/${i}"${t.e('link', `${id}-title`)}>${esc(R.title(R.int(1, 4)))}</a><small><a href="#artist/${i}"${t.e('link', `${id}-artist`)}>${esc(R.person())}</a></small></div>`;
    b += `<div role="gridcell" class="muted">${R.int(1000, 900000).toLocaleString('en')}</div>`;
    b += `<div role="gridcell"><button type="button" aria-label="Add to Liked Songs"${t.e('icon-button', `${id}-like`)}>♡</button></div>`;
    b += `<div role="gridcell">${R.int(2, 5)}:${String(R.int(0, 59)).padStart(2, '0')}</div>`;
    b += `<div role="gridcell"><button type="button" class="more" aria-label="More options"${t.h('hover-opacity', `${id}-more`)}>⋯</button></div></div>`;
  }
  b += `</div><div style="padding:24px"><p class="muted">© 2024 ${esc(R.title(2))} Records</p></div></main>`;
  b += `<aside class="queue" aria-label="Queue"><h2 style="font-size:16px">Queue</h2><button type="button"${t.e('button', 'q-clear')}>Clear queue</button>`;
  for (let i = 0; i < 30; i++) {
    b += `<div class="qrow"><span class="grip" role="button" tabindex="0" aria-label="Reorder"${t.e('drag-handle', `q${i}-grip`)}>⠿</span><span class="t">${esc(R.title(3))}</span>`;
    b += `<button type="button" title="Remove from queue"${t.e('title-only', `q${i}-rm`)}>✕</button></div>`;
  }
  b += `</aside><footer class="bar" aria-label="Now playing bar"><div style="display:flex;gap:10px;align-items:center"><div style="width:56px;height:56px;background:#555"></div><div><a href="#np-track"${t.e('link', 'np-title')}>${esc(R.title(2))}</a><br><small><a href="#np-artist"${t.e('link', 'np-artist')}>${esc(R.person())}</a></small></div>`;
  b += `<button type="button" aria-labelledby="tip-like"${t.e('labelledby-hidden', 'np-like')}>♡</button><span id="tip-like" class="tip" role="tooltip">Add to Liked Songs</span></div>`;
  b += `<div><div class="ctl"><button type="button" aria-label="Enable shuffle" aria-pressed="false"${t.e('toggle', 'shuffle')}>${svg('')}</button>`;
  b += `<button type="button" title="Previous"${t.e('title-only', 'prev')}>${svg('')}</button>`;
  b += `<button type="button" class="play"${t.e('svg-title', 'play')}>${svg('Pause')}</button>`;
  b += `<svg role="button" tabindex="0" width="24" height="24" viewBox="0 0 16 16"${t.e('svg-button', 'next')}><title>Next</title><path d="M2 2l8 6-8 6z" fill="currentColor"/></svg>`;
  b += `<button type="button" class="icon"${t.e('ligature', 'repeat')}><span class="material-icons">repeat</span></button></div>`;
  b += `<div class="seek"><span>1:12</span><input type="range" min="0" max="245" value="72" aria-label="Change progress"${t.e('range', 'seek')}><span>4:05</span></div></div>`;
  b += `<div class="right"><button type="button" aria-label="Lyrics"${t.e('icon-button', 'lyrics')}>${svg('')}</button>`;
  b += `<button type="button" aria-label="Queue" aria-pressed="true"${t.e('toggle', 'queue')}>${svg('')}</button>`;
  b += `<button type="button" popovertarget="devices" aria-label="Connect to a device"${t.e('icon-button', 'devices')}>${svg('')}</button>`;
  b += `<button type="button" aria-label="Mute"${t.e('icon-button', 'mute')}>${svg('')}</button>`;
  b += `<div class="vol" role="slider" tabindex="0" aria-label="Volume" aria-valuemin="0" aria-valuemax="100" aria-valuenow="60"${t.e('aria-slider', 'volume')}><i></i></div>`;
  b += `<button type="button" title="Full screen"${t.e('title-only', 'fullscreen')}>${svg('')}</button></div></footer></div>`;
  b += `<div class="np" role="region" aria-label="Now playing view"><button type="button"${t.h('parked-transform', 'np-close')}>Close</button><button type="button"${t.h('parked-transform', 'np-share')}>Share</button></div>`;
  b += `<div id="devices" popover><button type="button"${t.h('closed-popover', 'dev-this')}>This web browser</button><button type="button"${t.h('closed-popover', 'dev-tv')}>Living room TV</button></div>`;
  b += `<div class="ctx" role="menu"><button role="menuitem"${t.h('clip-inset', 'ctx-queue')}>Add to queue</button><button role="menuitem"${t.h('clip-inset', 'ctx-radio')}>Go to song radio</button><button role="menuitem"${t.h('clip-inset', 'ctx-share')}>Share</button></div>`;
  b += `<aside class="lyr" aria-label="Lyrics"><div class="in"><button type="button"${t.h('width-zero', 'lyr-sync')}>Sync lyrics</button><a href="#lyrics-source"${t.h('width-zero', 'lyr-src')}>Lyrics provided by Musixmatch</a></div></aside>`;
  b += `<script>document.getElementById('tracks').addEventListener('dblclick', (e) => { const r = e.target.closest('.tr'); if (r) location.hash = 'play/' + r.dataset.track; });</script>`;
  return { html: doc({ title: 'Player – Album', css: CSS, body: b, truth: t }) };
}
