import { defineConfig } from 'vitest/config';

// `npm run test:opensearch`: the index behaviour suite against a real cluster (OPENSEARCH_URL).
// Kept out of `npm test`, whose pattern (`*.test.ts`) does not match these files.
export default defineConfig({
  test: {
    include: ['test/opensearch/**/*.cluster.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
