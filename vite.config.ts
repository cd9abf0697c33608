import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

/**
 * crxjs makes the content script's chunks web-accessible to every site (its loader imports them), so any page could
 * fetch chrome-extension://<id>/assets/… and learn that Tabwright is installed. With use_dynamic_url they are only
 * reachable through a per-session URL that the content script gets from chrome.runtime.getURL and pages cannot know.
 */
const dynamicResourceUrls = {
  name: 'tabwright:dynamic-resource-urls',
  enforce: 'post' as const,
  renderCrxManifest(built: { web_accessible_resources?: Array<{ use_dynamic_url?: boolean }> }) {
    for (const resource of built.web_accessible_resources ?? []) resource.use_dynamic_url = true;
    return built;
  },
};

export default defineConfig({
  plugins: [preact(), crx({ manifest }), dynamicResourceUrls],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    target: 'chrome116',
    rollupOptions: {
      // Pages that no manifest field names must be listed here so they are built too.
      input: {
        offscreen: 'src/background/offscreen/offscreen.html',
        sandbox: 'sandbox.html',
      },
    },
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
});
