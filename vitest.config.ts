import { defineConfig } from 'vitest/config';

// Unit tests run under jsdom: it is the only DOM in which DOMPurify behaves as in a browser.
export default defineConfig({
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
    // The page table reads every page folder in every form in one worker; node's default heap (sized from the machine's
    // memory) ran out on a loaded machine.
    execArgv: ['--max-old-space-size=6144'],
  },
});
