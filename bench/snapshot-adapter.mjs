// Adapter for the shared DOM-snapshot benchmark (../shared/bench/snapshot, README "Adapter
// interface"). It bundles Tabwright's real snapshotter (src/content/snapshot) and calls it in the
// page as the content script would. Indexed elements = the elements that carry a [ref_N] in the
// output. Variants: default (viewport-first, ~2,000 tokens), interactive, all (full page, 50,000
// chars).
//   cd ../shared/bench/snapshot && node run.mjs --snapshotter /work/main/bench/snapshot-adapter.mjs
import { buildSnapshotScript, GLOBAL_NAME } from './build-snapshot-script.mjs';

export default {
  name: 'tabwright',
  variants: {
    default: { filter: null },
    interactive: { filter: 'interactive' },
    all: { filter: 'all' },
  },
  async pageScript() {
    const bundle = await buildSnapshotScript();
    return `${bundle}
window.__snapbench = {
  elements: [],
  snapshot(options) {
    const result = ${GLOBAL_NAME}.readPage({ filter: options.filter });
    this.elements = ${GLOBAL_NAME}.lastSnapshotElements();
    return { count: this.elements.length, text: result.text };
  },
};`;
  },
};
