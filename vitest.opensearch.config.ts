import { defineConfig } from 'vitest/config';

// The cluster tier, `npm run test:opensearch` (CI: `npm run test:opensearch:node`, which starts
// a node of its own): both port behaviour suites and the stack against a real OpenSearch node at
// OPENSEARCH_URL. A config of its own, so that `vitest run` and `npm test` never need a cluster.
export default defineConfig({
  test: {
    name: 'cluster',
    include: ['test/opensearch/**/*.cluster.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
