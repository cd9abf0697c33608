// Adapter for the shared DOM-snapshot benchmark (../shared/bench/snapshot, README "Adapter
// interface"). It bundles Tabwright's real snapshotter (src/content/snapshot) and calls it in the
// page as the content script would. Indexed elements = the elements that carry a [ref_N] in the
// output. Variants: default (viewport-first, ~2,000 tokens), interactive, all (full page, 50,000
// chars). In the extension the snapshotter opens closed shadow roots through chrome.dom; a page script cannot, so
// install() finds them through the DevTools protocol and the page script answers chrome.dom from that list.
//   cd ../shared/bench/snapshot && node run.mjs --snapshotter /work/main/bench/snapshot-adapter.mjs
import { buildSnapshotScript, GLOBAL_NAME } from './build-snapshot-script.mjs';

const CLOSED_ROOTS = '__tabwrightClosedRoots';

/** Every closed shadow root of the page (main frame and same-origin frames), with its host. */
function* closedRoots(node) {
  for (const root of node.shadowRoots ?? []) {
    if (root.shadowRootType === 'closed') yield { host: node, root };
    yield* closedRoots(root);
  }
  for (const child of node.children ?? []) yield* closedRoots(child);
  if (node.contentDocument) yield* closedRoots(node.contentDocument);
}

export default {
  name: 'tabwright',
  variants: {
    default: { filter: null },
    interactive: { filter: 'interactive' },
    all: { filter: 'all' },
  },
  async pageScript() {
    const bundle = await buildSnapshotScript();
    return `window.chrome = window.chrome || {};
window.chrome.dom = {
  openOrClosedShadowRoot: (el) => (window.top.${CLOSED_ROOTS} && window.top.${CLOSED_ROOTS}.get(el)) || el.shadowRoot,
};
${bundle}
window.__snapbench = {
  elements: [],
  snapshot(options) {
    const result = ${GLOBAL_NAME}.readPage({ filter: options.filter });
    this.elements = ${GLOBAL_NAME}.lastSnapshotElements();
    return { count: this.elements.length, text: result.text };
  },
};`;
  },
  async install(page) {
    const cdp = await page.context().newCDPSession(page);
    try {
      const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
      for (const { host, root: shadow } of closedRoots(root)) {
        const [{ object: hostObject }, { object: rootObject }] = await Promise.all(
          [host, shadow].map((node) => cdp.send('DOM.resolveNode', { backendNodeId: node.backendNodeId })),
        );
        await cdp.send('Runtime.callFunctionOn', {
          objectId: hostObject.objectId,
          functionDeclaration: `function (root) { (window.top.${CLOSED_ROOTS} ??= new WeakMap()).set(this, root); }`,
          arguments: [{ objectId: rootObject.objectId }],
        });
      }
    } finally {
      await cdp.detach();
    }
  },
};
