// (sh-trade) A brokerage trading screen: a watchlist (rows that are links holding a symbol, last price, change and a
// sparkline SVG with no name; a star toggle per row as an icon button with aria-pressed); a quote header whose last
// price sits in an aria-live region that a timer updates (the HTML at load is deterministic); a price ladder (a
// grid of bid/ask levels: each price a button that fills the limit price); an order ticket: Buy/Sell as a div
// radiogroup with a roving tabindex, an order-type select, a limit-price field, a quantity spinbutton between − and
// + icon buttons (the − named by aria-label, the + only by the SVG sprite it `<use>`s), time-in-force segmented
// buttons with aria-pressed, estimated cost and buying power as label/value pairs, a submit button; tabs over a
// positions table in an inner pane with a sticky header (Close-position icon buttons named by title, numbers coloured
// by sign); a closed order-preview dialog (traps) and a closed symbol-search popup (visibility:hidden, traps).
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-trade', title: 'Trading ticket: live ladder, radiogroup toggle, spinbutton stepper, positions pane', seed: 8317 };

const CSS = `
html,body{height:100%;overflow:hidden;background:#0f1115;color:#e6e8ee}
#app{position:fixed;inset:0;display:grid;grid-template-columns:260px 1fr 320px;grid-template-rows:44px 1fr 300px}
.top{grid-column:1/4;display:flex;align-items:center;gap:12px;padding:0 14px;border-bottom:1px solid #262a33;position:relative}
.top input{background:#171a21;color:#e6e8ee;border-color:#262a33;width:260px}
.pop{position:absolute;left:120px;top:40px;width:300px;background:#171a21;border:1px solid #262a33;visibility:hidden;z-index:20}
.watch{grid-row:2/4;overflow:auto;border-right:1px solid #262a33}
.watch h2,.ticket h2{font-size:12px;text-transform:uppercase;color:#8a91a0;margin:10px 12px 6px}
.wl{display:grid;grid-template-columns:1fr 28px;align-items:center;border-bottom:1px solid #1c2029}
.wl a{display:grid;grid-template-columns:56px 60px 1fr;align-items:center;gap:6px;padding:6px 10px;color:#e6e8ee;font-size:13px}
.wl a svg{width:60px;height:20px}
.wl .chg{text-align:right}
.up{color:#2ebd85}.down{color:#f6465d}
.star{background:none;border:0;padding:0;width:24px;height:24px;color:#8a91a0}
.star svg{width:14px;height:14px}
.star[aria-pressed=true]{color:#f0b90b}
.mid{display:grid;grid-template-rows:auto 1fr;min-height:0;border-right:1px solid #262a33}
.quote{display:flex;align-items:baseline;gap:14px;padding:10px 16px;border-bottom:1px solid #262a33}
.quote h1{font-size:20px;margin:0}
.last{font-size:26px;font-weight:700}
.ladder{overflow:auto;min-height:0;font:13px/1 ui-monospace,monospace}
.lv{display:grid;grid-template-columns:1fr 110px 1fr;height:24px;align-items:center}
.lv .bid,.lv .ask{padding:0 12px}
.lv .bid{text-align:right;color:#2ebd85}.lv .ask{color:#f6465d}
.lv button{background:#171a21;border:0;color:#e6e8ee;font:inherit;height:22px;padding:0}
.spread{text-align:center;color:#8a91a0;padding:4px;font-size:12px}
.ticket{grid-row:2/3;overflow:auto;padding:0 12px 12px}
.side{display:grid;grid-template-columns:1fr 1fr;gap:0;border:1px solid #262a33;border-radius:6px;overflow:hidden;margin-bottom:10px}
.side [role=radio]{text-align:center;padding:8px;cursor:pointer;font-weight:700;color:#8a91a0}
.side [aria-checked=true].buy{background:#2ebd85;color:#0f1115}
.side [aria-checked=true].sell{background:#f6465d;color:#0f1115}
.field{display:grid;gap:4px;margin:8px 0;font-size:13px}
.field select,.field input{background:#171a21;color:#e6e8ee;border-color:#262a33}
.stepper{display:grid;grid-template-columns:32px 1fr 32px;border:1px solid #262a33;border-radius:6px}
.stepper button{background:#171a21;border:0;color:#e6e8ee;padding:0;height:32px;display:grid;place-items:center}
.stepper button svg{width:12px;height:12px}
.stepper input{border:0;text-align:center;border-radius:0}
.seg{display:flex;gap:4px}
.seg button{flex:1;background:#171a21;color:#8a91a0;border-color:#262a33;padding:4px}
.seg button[aria-pressed=true]{color:#e6e8ee;border-color:#f0b90b}
.sum{display:flex;justify-content:space-between;font-size:13px;margin:4px 0}
.sum span:first-child{color:#8a91a0}
.go{width:100%;margin-top:10px;background:#2ebd85;color:#0f1115;border:0;font-weight:700;padding:10px}
.bottom{grid-column:2/4;display:grid;grid-template-rows:36px 1fr;min-height:0;border-top:1px solid #262a33}
.tabs{display:flex;gap:4px;padding:0 10px;align-items:end}
.tabs [role=tab]{background:none;border:0;border-bottom:2px solid transparent;color:#8a91a0;border-radius:0}
.tabs [aria-selected=true]{color:#e6e8ee;border-bottom-color:#f0b90b}
.pos{overflow:auto;min-height:0}
.pos table{width:100%;border-collapse:collapse;font-size:13px}
.pos th{position:sticky;top:0;background:#171a21;text-align:right;padding:6px 10px;font-weight:600;color:#8a91a0}
.pos td{text-align:right;padding:5px 10px;border-bottom:1px solid #1c2029}
.pos th:first-child,.pos td:first-child{text-align:left}
.pos td button{background:none;border:0;color:#8a91a0;padding:0 4px}
.gone{display:none}
`;

const spark = (R) => {
  let y = 10, d = 'M0 10';
  for (let x = 4; x <= 60; x += 4) { y = Math.max(1, Math.min(19, y + R.int(-4, 4))); d += ` L${x} ${y}`; }
  return `<svg viewBox="0 0 60 20"><path d="${d}" stroke="currentColor" fill="none" stroke-width="1.5"/></svg>`;
};
const STAR = '<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M8 1l2 5h5l-4 3 2 6-5-4-5 4 2-6-4-3h5z" fill="currentColor"/></svg>';

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<svg width="0" height="0" style="position:absolute"><symbol id="icon-plus" viewBox="0 0 16 16"><path d="M8 2v12M2 8h12" stroke="currentColor" stroke-width="2"/></symbol><symbol id="icon-minus" viewBox="0 0 16 16"><path d="M2 8h12" stroke="currentColor" stroke-width="2"/></symbol></svg>
<div id="app"><header class="top"><strong>Tidewater</strong><input type="search" placeholder="Search symbols" aria-label="Search symbols" aria-expanded="false" aria-controls="sym-pop"${t.e('search', 'search')}>
<div class="pop" id="sym-pop" role="listbox" aria-label="Symbols">${['AAPL', 'AMZN', 'AMD'].map((s, i) => `<div role="option"${t.h('visibility-hidden', `pop-${i}`)}>${s}</div>`).join('')}</div><span class="spacer"></span>
<a href="/account" style="color:#e6e8ee"${t.e('link', 'account')}>Account ••4821</a></header><aside class="watch" aria-label="Watchlist"><h2>Watchlist</h2>`;
  const syms = ['NVDA', 'AAPL', 'MSFT', 'AMZN', 'GOOGL', 'META', 'TSLA', 'AVGO', 'COST', 'NFLX', 'AMD', 'ADBE', 'PEP', 'CSCO', 'INTC', 'QCOM', 'TXN', 'AMAT', 'SBUX', 'PYPL', 'ABNB', 'MRNA', 'ZM', 'SHOP', 'UBER', 'SNOW', 'PLTR', 'COIN'];
  syms.forEach((s, i) => {
    const chg = (R.int(-400, 400) / 100).toFixed(2);
    const cls = chg.startsWith('-') ? 'down' : 'up';
    b += `<div class="wl"><a href="/quote/${s}"${i === 0 ? ' aria-current="page"' : ''}${t.e('watch-row', `wl-${i}`)}><strong>${s}</strong><span class="${cls}">${spark(R)}</span><span class="chg ${cls}">${cls === 'up' ? '+' : ''}${chg}%</span></a>
<button type="button" class="star" aria-label="Favourite ${s}" aria-pressed="${i < 4}"${t.e('toggle', `star-${i}`)}>${STAR}</button></div>`;
  });
  b += `</aside><section class="mid" aria-label="NVDA"><div class="quote"><h1>NVDA</h1><span class="muted">NVIDIA Corp · NASDAQ</span><span class="last" id="last" aria-live="polite" aria-atomic="true">182.46</span><span class="up">+3.12 (+1.74%)</span></div>
<div class="ladder" role="grid" aria-label="Order book">`;
  const mid = 182.46;
  for (let k = 12; k >= 1; k--) {
    const px = (mid + k * 0.01).toFixed(2);
    b += `<div class="lv" role="row"><span class="bid" role="gridcell"></span><button type="button" role="gridcell" title="Set limit price ${px}"${t.e('level', `ask-${k}`)}>${px}</button><span class="ask" role="gridcell">${R.int(1, 40) * 100}</span></div>`;
  }
  b += `<div class="spread">Spread 0.01</div>`;
  for (let k = 0; k < 12; k++) {
    const px = (mid - k * 0.01).toFixed(2);
    b += `<div class="lv" role="row"><span class="bid" role="gridcell">${R.int(1, 40) * 100}</span><button type="button" role="gridcell" title="Set limit price ${px}"${t.e('level', `bid-${k}`)}>${px}</button><span class="ask" role="gridcell"></span></div>`;
  }
  b += `</div></section><section class="ticket" aria-label="Order ticket"><h2>Order</h2>
<div class="side" role="radiogroup" aria-label="Side"><div role="radio" class="buy" aria-checked="true" tabindex="0"${t.e('radio', 'buy')}>Buy</div><div role="radio" class="sell" aria-checked="false" tabindex="-1"${t.e('radio', 'sell')}>Sell</div></div>
<label class="field">Order type<select${t.e('select', 'type')}><option>Market</option><option selected>Limit</option><option>Stop</option><option>Stop limit</option><option>Trailing stop</option></select></label>
<label class="field">Limit price<input inputmode="decimal" value="182.45"${t.e('input', 'limit')}></label>
<div class="field"><span id="qty-l">Quantity</span><div class="stepper"><button type="button" aria-label="Decrease quantity"${t.e('icon-button', 'qty-minus')}><svg aria-hidden="true"><use href="#icon-minus"></use></svg></button>
<input role="spinbutton" aria-labelledby="qty-l" aria-valuenow="10" aria-valuemin="1" value="10" inputmode="numeric"${t.e('spinbutton', 'qty')}><button type="button"${t.e('icon-button', 'qty-plus')}><svg aria-hidden="true"><use href="#icon-plus"></use></svg></button></div></div>
<div class="field"><span>Time in force</span><div class="seg" role="group" aria-label="Time in force">${['Day', 'GTC', 'IOC', 'FOK'].map((x, i) => `<button type="button" aria-pressed="${i === 0}"${t.e('segment', `tif-${i}`)}>${x}</button>`).join('')}</div></div>
<label style="font-size:13px;display:flex;gap:6px;align-items:center"><input type="checkbox"${t.e('checkbox', 'ext')}>Extended hours</label>
<div class="sum"><span>Estimated cost</span><span>$1,824.50</span></div><div class="sum"><span>Buying power</span><span>$24,310.07</span></div><div class="sum"><span>Fees</span><span>$0.00</span></div>
<button type="button" class="go"${t.e('button', 'review')}>Review buy order</button></section>
<section class="bottom" aria-label="Account activity"><div class="tabs" role="tablist">${['Positions (18)', 'Open orders (3)', 'History'].map((x, i) => `<button role="tab" aria-selected="${i === 0}" tabindex="${i === 0 ? 0 : -1}"${t.e('tab', `tab-${i}`)}>${x}</button>`).join('')}</div>
<div class="pos" role="tabpanel" tabindex="0"><table><thead><tr><th>Symbol</th><th>Qty</th><th>Avg cost</th><th>Last</th><th>Market value</th><th>Unrealized P&amp;L</th><th><span class="visually-offscreen">Actions</span></th></tr></thead><tbody>`;
  for (let i = 0; i < 18; i++) {
    const s = syms[(i * 5) % syms.length];
    const pl = R.int(-90000, 150000) / 100;
    b += `<tr><td><a href="/quote/${s}"${t.e('link', `pos-${i}`)}>${s}</a></td><td>${R.int(1, 300)}</td><td>${(R.int(2000, 60000) / 100).toFixed(2)}</td><td>${(R.int(2000, 60000) / 100).toFixed(2)}</td><td>${(R.int(100000, 9000000) / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}</td><td class="${pl < 0 ? 'down' : 'up'}">${pl < 0 ? '−' : '+'}${Math.abs(pl).toFixed(2)}</td>
<td><button type="button" title="Close position"${t.e('icon-button', `pos-${i}-close`)}>✕</button></td></tr>`;
  }
  b += `</tbody></table></div></section></div>
<dialog id="preview" aria-label="Order preview"><p>Buy 10 NVDA at 182.45 limit, Day</p><button${t.h('closed-dialog', 'pv-send')}>Send order</button><button${t.h('closed-dialog', 'pv-edit')}>Edit</button></dialog>
<script>
// Live price: the ladder's feed ticks the last price every 2 s; the first tick comes after the harness has read the page.
let tick = 0; setInterval(() => { tick++; document.getElementById('last').textContent = (182.46 + ((tick * 7) % 5 - 2) / 100).toFixed(2); }, 2000);
</script>`;
  return { html: doc({ title: 'NVDA 182.46 · Tidewater', css: CSS, body: b, truth: t }) };
}
