// (tr-masks) A store's account page where things are faded, masked or inked away rather than hidden, once in the
// viewport and once below the fold. Traps: a share menu faded with filter:opacity(0), a tooltip behind
// `blur(4px) opacity(0)`, a promo at filter:opacity(0.02), a panel at opacity 0.01, one at 0.2 inside 0.2, lists under a
// mask of transparent stops (mask-image, the -webkit-mask shorthand) or a mask sized to nothing, links and buttons
// whose only paint is text in transparent, zero-alpha or text-fill-transparent colour, and links cut by clip-path
// shapes that enclose no area (a polygon on one line, a path folding back), links sunk below their card's background
// by a negative z-index. The faded, masked and inked traps also
// ignore the pointer (pointer-events:none, as a closed popover does) so the harness can tell them from live controls.
// Must-expose look-alikes: a card at filter:opacity(0.7), a blurred-shadow card, a link at opacity 0.4, the opaque
// part of a list fading out under a gradient mask, a gradient heading link (background-clip:text), a loading button
// with transparent text on a coloured box, a link drawn by a text shadow, a stroked-text link, an icon link whose
// icon is a pseudo-element, half a box cut on its diagonal by clip-path, links at a negative z-index inside a card that
// starts its own stacking context (so they paint above its background).
import { makeRng, esc, Truth, doc, footer } from './_lib.mjs';

export const meta = { id: 'tr-masks', title: 'Account page fading and masking things away', seed: 2303 };

const CSS = `
.wrap{max-width:1200px;margin:0 auto;padding:12px 24px;display:grid;grid-template-columns:repeat(4,1fr);gap:16px}
.card{background:#fff;border:1px solid #e3e6ec;border-radius:10px;padding:10px;position:relative;min-height:120px}
.card h3{font-size:15px;margin:0 0 6px}
.card a{display:block;margin:3px 0}
.bare{background:none;border:0;padding:0;font:inherit;color:inherit;text-shadow:inherit;cursor:pointer}
.asleep{pointer-events:none}
.menu{position:absolute;top:34px;left:10px;background:#fff;border:1px solid #c3c8d2;border-radius:8px;padding:6px;z-index:5}
.fade0{filter:opacity(0)}
.tipfade{filter:blur(4px) opacity(0)}
.promo{filter:opacity(0.02)}
.ghost{opacity:0.01}
.dim{opacity:0.2}
.mask0{mask-image:linear-gradient(transparent,transparent);-webkit-mask-image:linear-gradient(transparent,transparent)}
.maskw{-webkit-mask:linear-gradient(#0000 0 0)}
.masks0{mask-image:linear-gradient(#000,#000);mask-size:0 100%}
.ink0{color:transparent}
.inka{color:rgba(29,35,48,0)}
.fill0{-webkit-text-fill-color:transparent}
.fold{clip-path:polygon(0 0,100% 100%,50% 50%)}
.line{clip-path:path('M 0 0 L 200 20 L 0 0 Z')}
.soft{filter:opacity(0.7)}
.shadowcard{filter:drop-shadow(0 2px 6px rgba(0,0,0,.3))}
.muted{opacity:0.4}
.fadelist{mask-image:linear-gradient(#000 55%,transparent);height:120px;overflow:hidden}
.gradient{background:linear-gradient(90deg,#b3135a,#1a5fb4);-webkit-background-clip:text;background-clip:text;color:transparent;font-weight:700}
.loading{color:transparent;background:#1a5fb4;border:0;border-radius:6px;padding:6px 14px}
.shadowtext{color:transparent;text-shadow:0 0 0 #1d2330}
.stroked{-webkit-text-fill-color:transparent;-webkit-text-stroke:1px #1d2330;font-size:20px;font-weight:700}
.icon{color:transparent}
.icon::before{content:"⚙";color:#1d2330;margin-right:2px}
.sunk{position:relative;z-index:-1}
.stackroot{z-index:0}
.halfcut{clip-path:polygon(0 0,100% 0,0 100%);background:#eef1f5;padding:6px}
`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<header class="topbar"><a class="logo" href="/"${t.e('link', 'logo')}>Fernhill</a><nav>`;
  ['Orders', 'Returns', 'Wishlist'].forEach((n, i) => (b += `<a href="/n/${i}"${t.e('link', `nav-${i}`)}>${n}</a>`));
  b += `</nav></header>`;
  for (let copy = 0; copy < 2; copy++) {
    const p = `c${copy}`;
    const trap = (kind, id) => t.h(kind, `${p}-${id}`);
    const keep = (kind, id) => t.e(kind, `${p}-${id}`);
    const links = (n, mark, id) => {
      let h = '';
      for (let i = 0; i < n; i++) h += `<a href="/${p}/${id}/${i}"${mark(`${id}-${i}`)}>${esc(R.title(2))}</a>`;
      return h;
    };
    b += `<div class="wrap">`;
    // Traps: faded away
    b += `<div class="card"><h3>${esc(R.title(2))}</h3><button type="button"${keep('button', 'share')}>Share</button><div class="menu fade0 asleep">${links(3, (id) => trap('filter-opacity-0', id), 'share')}</div></div>`;
    b += `<div class="card"><h3>${esc(R.title(2))}</h3><p>${esc(R.sentence())}</p><div class="menu tipfade asleep" role="tooltip">${esc(R.sentence(4, 6))} <a href="/${p}/tip"${trap('filter-list-opacity-0', 'tip')}>Learn more</a></div></div>`;
    b += `<div class="card promo asleep"><h3>${esc(R.title(3))}</h3><button type="button"${trap('filter-opacity-near-0', 'promo-claim')}>Claim reward</button>${links(2, (id) => trap('filter-opacity-near-0', id), 'promo')}</div>`;
    b += `<div class="card ghost asleep"><h3>${esc(R.title(3))}</h3>${links(3, (id) => trap('opacity-near-0', id), 'ghost')}</div>`;
    b += `<div class="card dim asleep"><div class="dim">${links(3, (id) => trap('opacity-multiplied-near-0', id), 'dim')}</div></div>`;
    // Traps: masked away
    b += `<div class="card mask0 asleep">${links(3, (id) => trap('mask-transparent-gradient', id), 'mask')}</div>`;
    b += `<div class="card maskw asleep">${links(2, (id) => trap('webkit-mask-transparent', id), 'maskw')}</div>`;
    b += `<div class="card masks0 asleep">${links(2, (id) => trap('mask-size-0', id), 'masks')}</div>`;
    // Traps: inked away (nothing of them paints but their text)
    b += `<div class="card"><h3>${esc(R.title(2))}</h3><a class="ink0 asleep" href="/${p}/ink"${trap('color-transparent', 'ink')}>${esc(R.title(3))}</a><a class="inka asleep" href="/${p}/inka"${trap('color-alpha-0', 'inka')}>${esc(R.title(3))}</a><button type="button" class="bare fill0 asleep"${trap('text-fill-transparent', 'fill')}>${esc(R.title(2))}</button></div>`;
    // Traps: clip-path shapes enclosing no area
    b += `<div class="card"><h3>${esc(R.title(2))}</h3><div class="fold">${links(2, (id) => trap('clip-path-folded-polygon', id), 'fold')}</div><div class="line">${links(1, (id) => trap('clip-path-line-path', id), 'line')}</div></div>`;
    // Trap: sunk below the card's own background by a negative z-index
    b += `<div class="card"><h3>${esc(R.title(2))}</h3><div class="sunk">${links(2, (id) => trap('negative-z-under-background', id), 'sunk')}</div></div>`;
    // Look-alikes a person sees
    b += `<div class="card stackroot"><div class="sunk">${links(2, (id) => keep('link', id), 'lifted')}</div></div>`;
    b += `<div class="card soft"><h3>${esc(R.title(2))}</h3>${links(2, (id) => keep('link', id), 'soft')}</div>`;
    b += `<div class="card shadowcard"><h3>${esc(R.title(2))}</h3><button type="button"${keep('button', 'shadowcard-btn')}>Track parcel</button></div>`;
    b += `<div class="card"><a class="muted" href="/${p}/muted"${keep('link', 'muted')}>${esc(R.title(3))}</a><div class="fadelist">${links(6, (id) => (Number(id.split('-').pop()) < 2 ? keep('link', id) : t.n(`${p}-${id}`)), 'fl')}</div></div>`;
    b += `<div class="card"><a class="gradient" href="/${p}/grad"${keep('link', 'gradient')}>${esc(R.title(3))}</a><button type="button" class="loading"${keep('button', 'loading')}>Saving</button><a class="shadowtext" href="/${p}/sh"${keep('link', 'shadowtext')}>${esc(R.title(2))}</a></div>`;
    b += `<div class="card"><a class="stroked" href="/${p}/st"${keep('link', 'stroked')}>${esc(R.title(1))}</a><a class="icon" href="/${p}/settings" title="Settings"${keep('icon-link', 'icon')}>Settings</a><div class="halfcut"><a href="/${p}/half"${keep('link', 'halfcut')}>${esc(R.title(1))}</a></div></div>`;
    b += `</div>`;
    if (copy === 0) b += `<section style="max-width:1200px;margin:0 auto;padding:0 24px;min-height:900px"><h2>${esc(R.title(4))}</h2><p>${esc(R.paragraph(3, 4))}</p></section>`;
  }
  b += footer(t, R, 'f');
  return { html: doc({ title: 'Fernhill – your account', css: CSS, body: b, truth: t }) };
}
