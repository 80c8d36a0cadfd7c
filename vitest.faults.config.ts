import { defineConfig } from 'vitest/config';

// `npm run test:faults`: the fault campaign (test/faults/), which starts the local stack as
// `npm start` does, in processes it kills. Kept out of `npm test` (its files are `*.faults.ts`);
// CI runs it after `npm test`. One file at a time: its scenarios share the machine's cores.
export default defineConfig({
  test: {
    include: ['test/faults/**/*.faults.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
