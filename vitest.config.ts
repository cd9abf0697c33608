import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

/** Unit tests: pure logic in Node, components in happy-dom, snapshot rules in real Chromium. */
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
