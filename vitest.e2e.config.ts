import { defineConfig } from 'vitest/config';

/**
 * End-to-end: the built extension in real headless Chromium, a browser per file. Two files run at a time: a file's
 * browser mostly waits (page loads, the scripted model, timers), so one file keeps about half a core busy, and the
 * suite passes with both cores taken by other work (measured runs in BENCHMARKS.md).
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    maxWorkers: 2,
    isolate: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
