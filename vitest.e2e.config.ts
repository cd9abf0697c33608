import { defineConfig } from 'vitest/config';

/** End-to-end: the built extension in real headless Chromium, one browser at a time (the machines have 2 cores). */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    fileParallelism: false,
    isolate: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
