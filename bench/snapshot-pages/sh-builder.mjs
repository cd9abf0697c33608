// (sh-builder) A page builder as Webflow/Framer build it: a fixed shell with a toolbar, a layers tree (role=tree) that
// scrolls on its own, a canvas pane that scrolls a same-origin srcdoc iframe previewed at 75 % (transform:scale on its
// wrapper, so the frame's inside is laid out at 1080 px and painted smaller), and a property inspector: sticky tabs
// above sections that scroll in the inspector, sections rendered with content-visibility:auto and contain:content, a
// class list that scrolls inside the inspector's own scroll, a segmented control of visually hidden radios behind
// their labels, unit selects, colour inputs and closed <details> sections (their fields are traps). Over the canvas
// floats the selected element's toolbar (Move up, Duplicate, Delete), over both of the frame's hero buttons as they are
// painted (scaled to 75 %): no one can click those, but the harness's page check hit-tests inside the frame's own
// document only and would call them reachable, so they are neutral rather than traps. Traps: a publish menu closed with display:none, a breakpoint dropdown closed with visibility:hidden, and a
// CMS collection drawer parked right of the window by translateX(100%).
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-builder', title: 'Page builder: scaled canvas frame, sticky inspector tabs, nested panes', seed: 7404 };

const CSS = `
html,body{height:100%;overflow:hidden}
.app{position:fixed;inset:0;display:grid;grid-template-columns:240px 1fr 300px;grid-template-rows:48px 1fr}
.tb{grid-column:1/4;display:flex;align-items:center;gap:8px;padding:0 10px;background:#1e1e1e;color:#eee}
.tb button{background:#2c2c2c;color:#eee;border-color:#444;padding:4px 10px}
.tb .seg{display:flex}
.pub{position:relative}
.pubmenu{display:none;position:absolute;right:0;top:40px;background:#fff;border:1px solid #ccc;z-index:20}
.bp{position:absolute;left:280px;top:48px;background:#fff;border:1px solid #ccc;visibility:hidden;z-index:20}
.layers{overflow-y:auto;min-height:0;background:#fafafa;border-right:1px solid #e3e6ec;font-size:13px}
.layers [role=treeitem]{display:block;padding:3px 8px;cursor:pointer}
.layers [role=group]{padding-left:14px}
.canvas{overflow:auto;min-height:0;background:#e5e5e5;position:relative;padding:20px}
.scaler{width:1080px;height:1800px;transform:scale(.75);transform-origin:0 0}
.scaler iframe{width:1080px;height:1800px;border:0;background:#fff;display:block}
.seltb{position:absolute;left:44px;top:212px;height:50px;align-items:center;display:flex;gap:2px;background:#146ef5;padding:2px;border-radius:4px;z-index:5}
.seltb button{background:#146ef5;color:#fff;border:0;padding:4px 8px;font-size:12px}
.insp{overflow-y:auto;min-height:0;border-left:1px solid #e3e6ec;background:#fff;font-size:13px}
.tabs{position:sticky;top:0;z-index:2;display:flex;background:#fff;border-bottom:1px solid #e3e6ec}
.tabs button{flex:1;border:0;border-radius:0}
.sec{content-visibility:auto;contain-intrinsic-size:auto 200px;padding:10px;border-bottom:1px solid #eee}
.sec.ct{contain:content}
.sec h3{font-size:12px;text-transform:uppercase;margin:0 0 6px;color:#666}
.row{display:flex;gap:6px;align-items:center;margin:4px 0}
.row label{width:70px}
.row input[type=number]{width:70px}
.segc{display:flex}
.segc input{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.segc label{border:1px solid #c3c8d2;padding:4px 8px;cursor:pointer}
.segc input:checked+label{background:#146ef5;color:#fff}
.classes{max-height:120px;overflow-y:auto;border:1px solid #e3e6ec;border-radius:4px}
.classes .cl{display:flex;justify-content:space-between;padding:2px 6px}
.drawer{position:fixed;right:0;top:48px;bottom:0;width:360px;background:#fff;transform:translateX(100%);z-index:30;padding:12px}
`;

function frame(t, R) {
  let f = `<!doctype html><html><head><meta charset="utf-8"><style>body{font-family:system-ui,sans-serif;margin:0;font-size:18px}
nav{display:flex;gap:24px;padding:20px 40px;background:#111;color:#fff}nav a{color:#fff}
.hero{padding:80px 40px;background:#f4f1ff}.hero h1{font-size:56px;margin:0 0 20px}
.hero button{font:inherit;padding:12px 28px;margin-right:12px}
.feat{display:grid;grid-template-columns:repeat(3,1fr);gap:24px;padding:40px}
.feat div{background:#fafafa;padding:20px}
form{padding:40px;display:grid;gap:10px;max-width:520px}input,button{font:inherit;padding:8px}</style></head><body>`;
  f += `<nav><strong>Acme</strong>`;
  ['Product', 'Pricing', 'Customers', 'Blog'].forEach((n, i) => (f += `<a href="#${n.toLowerCase()}"${t.e('frame-link', `f-nav-${i}`)}>${n}</a>`));
  f += `</nav><section class="hero"><h1>${esc(R.title(4))}</h1><p>${esc(R.sentence())}</p>`;
  f += `<button type="button"${t.n('f-hero-demo')}>Book demo</button><button type="button"${t.n('f-hero-start')}>Start free</button></section>`;
  f += `<section class="feat">`;
  for (let i = 0; i < 6; i++) f += `<div><h3>${esc(R.title(2))}</h3><p>${esc(R.sentence(6, 12))}</p><a href="#feat/${i}"${t.e('frame-link', `f-feat-${i}`)}>Learn more</a></div>`;
  f += `</section><form onsubmit="return false"><h2>Get the newsletter</h2><input type="email" aria-label="Work email" placeholder="Work email"${t.e('frame-input', 'f-email')}><button type="submit"${t.e('frame-button', 'f-subscribe')}>Subscribe</button></form>`;
  f += `<footer style="padding:40px;background:#111;color:#fff"><a href="#terms" style="color:#fff"${t.e('frame-link', 'f-terms')}>Terms</a></footer></body></html>`;
  return f;
}

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<div class="app"><header class="tb"><strong>Acme site</strong><button type="button" aria-label="Add element"${t.e('icon-button', 'add')}>+</button>`;
  b += `<button type="button" aria-label="Navigator" aria-pressed="true"${t.e('toggle', 'nav')}>☰</button><span class="spacer"></span>`;
  b += `<div class="seg" role="radiogroup" aria-label="Breakpoint">`;
  ['Desktop', 'Tablet', 'Mobile landscape', 'Mobile portrait'].forEach((d, i) => (b += `<button type="button" role="radio" aria-checked="${i === 0}" title="${d}"${t.e('radio', `bp-${i}`)}>${'▭▯▬▮'[i]}</button>`));
  b += `</div><button type="button" aria-label="More breakpoints" aria-expanded="false"${t.e('icon-button', 'bp-more')}>▾</button><span>1080 px · 75 %</span><span class="spacer"></span>`;
  b += `<button type="button" title="Undo"${t.e('title-only', 'undo')}>↶</button><button type="button" title="Redo" disabled${t.n('redo')}>↷</button>`;
  b += `<button type="button"${t.e('button', 'preview')}>Preview</button><div class="pub"><button type="button" class="primary" aria-haspopup="menu" aria-expanded="false"${t.e('button', 'publish')}>Publish</button>`;
  b += `<div class="pubmenu" role="menu"><button role="menuitem"${t.h('display-none', 'pub-staging')}>Publish to staging</button><button role="menuitem"${t.h('display-none', 'pub-prod')}>Publish to production</button></div></div></header>`;
  b += `<div class="bp" role="menu"><button role="menuitem"${t.h('visibility-hidden', 'bp-xl')}>1440 px</button><button role="menuitem"${t.h('visibility-hidden', 'bp-xxl')}>1920 px</button></div>`;
  b += `<nav class="layers" aria-label="Navigator"><div role="tree" aria-label="Layers" id="tree">`;
  const node = (id, label, kids) => {
    let s = `<div role="treeitem" aria-expanded="${kids ? 'true' : 'false'}" tabindex="-1" data-id="${id}"${t.e('treeitem', `layer-${id}`)}>${esc(label)}</div>`;
    if (kids) s += `<div role="group">${kids}</div>`;
    return s;
  };
  let kids = '';
  for (let i = 0; i < 14; i++) {
    let inner = '';
    for (let j = 0; j < 3; j++) inner += node(`${i}-${j}`, `${R.pick(['Div Block', 'Heading', 'Paragraph', 'Link', 'Image', 'Button'])} ${j + 1}`);
    kids += node(`${i}`, `Section ${esc(R.title(1))}`, inner);
  }
  b += node('body', 'Body', kids) + `</div></nav>`;
  b += `<main class="canvas" aria-label="Canvas"><div class="scaler"><iframe title="Canvas" srcdoc="${esc(frame(t, R))}"${t.n('canvas-frame')}></iframe></div>`;
  b += `<div class="seltb" role="toolbar" aria-label="Selected element"><button type="button"${t.e('button', 'sel-up')}>Move up</button><button type="button"${t.e('button', 'sel-dup')}>Duplicate</button><button type="button"${t.e('button', 'sel-del')}>Delete</button><button type="button"${t.e('button', 'sel-settings')}>Settings</button></div></main>`;
  b += `<aside class="insp" aria-label="Inspector"><div class="tabs" role="tablist"><button type="button" role="tab" aria-selected="true"${t.e('tab', 'tab-style')}>Style</button><button type="button" role="tab" aria-selected="false"${t.e('tab', 'tab-settings')}>Settings</button><button type="button" role="tab" aria-selected="false"${t.e('tab', 'tab-int')}>Interactions</button></div>`;
  b += `<section class="sec ct"><h3>Selector</h3><input aria-label="Add class" placeholder="Add class"${t.e('textbox', 'cls-add')}><div class="classes">`;
  for (let i = 0; i < 12; i++) b += `<div class="cl"><span>${esc(R.word())}-${esc(R.word())}</span><button type="button" aria-label="Remove class"${t.e('icon-button', `cls-${i}-rm`)}>✕</button></div>`;
  b += `</div></section>`;
  const secs = ['Layout', 'Spacing', 'Size', 'Position', 'Typography', 'Backgrounds', 'Borders', 'Effects'];
  secs.forEach((s, si) => {
    b += `<section class="sec" aria-label="${s}"><h3>${s}</h3>`;
    if (si === 0) {
      b += `<div class="segc" role="radiogroup" aria-label="Display">`;
      ['Block', 'Flex', 'Grid', 'None'].forEach((d, i) => (b += `<input type="radio" name="disp" id="disp-${i}"${i === 1 ? ' checked' : ''}><label for="disp-${i}"${t.e('hidden-radio-label', `disp-${i}`)}>${d}</label>`));
      b += `</div>`;
    }
    for (let k = 0; k < 3; k++) {
      const f = `${s.toLowerCase()}-${k}`;
      b += `<div class="row"><label for="${f}">${esc(R.title(1))}</label><input type="number" id="${f}" value="${R.int(0, 40)}"${t.e('number', f)}><select aria-label="Unit"${t.e('select', `${f}-unit`)}><option>px</option><option>%</option><option>em</option></select></div>`;
    }
    if (si === 5) b += `<div class="row"><label for="bgc">Colour</label><input type="color" id="bgc" value="#f4f1ff"${t.e('color', 'bgc')}></div>`;
    b += `</section>`;
  });
  ['Transitions', 'Custom properties'].forEach((s, i) => {
    b += `<details class="sec"><summary${t.e('summary', `det-${i}`)}>${s}</summary><div class="row"><input aria-label="${s} value"${t.h('closed-details', `det-${i}-in`)}><button type="button"${t.h('closed-details', `det-${i}-add`)}>Add</button></div></details>`;
  });
  b += `</aside></div>`;
  b += `<aside class="drawer" aria-label="CMS collections"><button type="button"${t.h('parked-offscreen', 'cms-new')}>New collection</button><a href="#cms/blog"${t.h('parked-offscreen', 'cms-blog')}>Blog posts</a></aside>`;
  return { html: doc({ title: 'Acme site – Designer', css: CSS, body: b, truth: t }) };
}
