import { availableParallelism } from 'node:os';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

/** Unit tests: pure logic in Node, components in happy-dom, snapshot rules in one shared real Chromium. */
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    globalSetup: ['test/fixtures/snapshot/shared-chromium.ts'],
    // Two files at a time even on two cores: a snapshot test mostly waits for the browser, a process of its own.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
