import { defineConfig } from 'vitest/config';

// Unit tests run under jsdom: it is the only DOM in which DOMPurify behaves as in a browser.
export default defineConfig({
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
  },
});
