import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig({
  plugins: [
    preact(),
    // The content script is one self-contained file: crxjs's default loader imports its chunks from
    // chrome-extension://<id>/assets/…, which it must then expose to every site (so any page could tell Tabwright is
    // installed). Standalone, nothing is web-accessible.
    crx({ manifest, contentScripts: { standaloneFiles: ['src/content/index.ts'] } }),
  ],
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
