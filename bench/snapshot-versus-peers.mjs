// Prints Tabwright's snapshot figures from one run of the shared harness beside the peers' published figures, which
// are read from the harness's own README (its "Peer anchor" table), so the comparison never carries copied numbers.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const PEER_ROW =
  /^\| (\S+)@\w+ \[(\S+)\] \| (\S+) \| [^|]+\| [\d,–-]+ \| ([\d,]+|–) \| [^|]+\| [^|]+\| ([\d.]+%|–) \| ([^|]+) \|$/;

/** `peer → variant → page → {tokens, recallInViewport, traps}` from the README's peer table. */
export function peerFigures(readme) {
  const figures = new Map();
  for (const line of readme.split('\n')) {
    const m = PEER_ROW.exec(line.trim());
    if (!m) continue;
    const [, peer, variant, pageId, tokens, recallInViewport, traps] = m;
    const key = `${peer} [${variant}]`;
    if (!figures.has(key)) figures.set(key, new Map());
    figures.get(key).set(pageId, {
      tokens: tokens === '–' ? null : Number(tokens.replace(/,/g, '')),
      recallInViewport,
      traps: traps.trim(),
    });
  }
  return figures;
}

const percent = (hit, total) => (total ? `${((100 * hit) / total).toFixed(1)}%` : '–');

/** The comparison table for the `variant` rows of `results.json` in `outDir`. */
export function compare(harnessDir, outDir, variant = 'default') {
  const peers = peerFigures(readFileSync(path.join(harnessDir, 'README.md'), 'utf8'));
  const { results } = JSON.parse(readFileSync(path.join(outDir, 'results.json'), 'utf8'));
  const peerNames = [...peers.keys()].filter((k) => k.endsWith(`[${variant}]`));
  const lines = [
    `| page | tabwright tokens | recall in-vp | recall all | traps | ` +
      `${peerNames.map((p) => `${p} tokens (in-vp recall)`).join(' | ')} | leaner peer | tabwright ≤ leaner |`,
    `|---|---:|---:|---:|---:|${peerNames.map(() => '---:').join('|')}|---:|---|`,
  ];
  for (const row of results.filter((r) => r.variant === variant && r.score)) {
    const { mustExpose, traps } = row.score;
    const theirs = peerNames.map((p) => peers.get(p).get(row.page)).filter(Boolean);
    const leaner = Math.min(...theirs.map((t) => t.tokens ?? Number.POSITIVE_INFINITY));
    const cells = peerNames.map((p) => {
      const t = peers.get(p).get(row.page);
      return t ? `${t.tokens?.toLocaleString('en-US') ?? '–'} (${t.recallInViewport})` : 'not published';
    });
    const trapText = traps ? `${traps.exposed}/${traps.total}` : '–';
    const leanerText = Number.isFinite(leaner) ? leaner.toLocaleString('en-US') : '–';
    const leanEnough = row.tokens <= leaner ? 'yes' : `no (+${(row.tokens - leaner).toLocaleString('en-US')})`;
    const recall = `${percent(mustExpose.vpHit, mustExpose.vpTotal)} | ${percent(mustExpose.hit, mustExpose.total)}`;
    lines.push(
      `| ${row.page} | ${row.tokens.toLocaleString('en-US')} | ${recall} | ${trapText} | ${cells.join(' | ')} | ` +
        `${leanerText} | ${Number.isFinite(leaner) ? leanEnough : '–'} |`,
    );
  }
  return lines.join('\n');
}
