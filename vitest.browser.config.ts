import { defineConfig } from 'vitest/config';

// The search page in a real Chromium against a real local stack (`npm run test:browser`):
// Debian's chromium, driven by playwright-core; no browser is downloaded.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.browser.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One stack and one browser at a time: the machine's two cores are shared.
    fileParallelism: false,
  },
});
