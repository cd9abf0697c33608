// A modal <dialog> opened with showModal() inside a web component's shadow root: the browser makes the rest of the
// page inert, but `document.querySelector(':modal')` does not see into shadow roots. The page behind it (light DOM,
// shadow content, below the fold) is not offered; the dialog is. Real Chromium, the real snapshotter.
import { expect, it } from 'vitest';
import { page, readPage, useHarness } from '../../fixtures/snapshot/harness';

const harness = useHarness();

it('treats a modal dialog in a shadow root as the only reachable layer', async () => {
  const feed = Array.from({ length: 30 }, (_, i) => `<p style="height:60px"><button>Like post ${i}</button></p>`).join(
    '',
  );
  const p = await harness().open(
    page(`<main><h1>Records</h1><button>New record</button><x-panel></x-panel>${feed}</main>
    <script>
      customElements.define('x-panel', class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' }).innerHTML =
            '<button>Panel action</button><x-confirm></x-confirm>';
        }
      });
      customElements.define('x-confirm', class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' }).innerHTML =
            '<dialog aria-label="Delete records"><p>Delete 3 records?</p><button>Cancel</button><button>Delete</button></dialog>';
        }
        connectedCallback() { this.shadowRoot.querySelector('dialog').showModal(); }
      });
    </script>`),
  );
  for (const filter of [null, 'all'] as const) {
    const { text } = await readPage(p, { filter });
    expect(text).toMatch(/dialog "Delete records"/);
    expect(text).toContain('button "Cancel" [ref_');
    expect(text).toContain('button "Delete" [ref_');
    for (const behind of ['New record', 'Panel action', 'Like post 0', 'Like post 29'])
      expect(text, behind).not.toMatch(new RegExp(`"${behind}" \\[ref_`));
  }
});
