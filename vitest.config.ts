import { defineConfig } from 'vitest/config';

// The test tiers (README, "Tests"): unit, integration and infra, which `npm test` runs (`--project
// <name>` runs one: `npm run test:unit`, `test:integration`, `test:infra`). The faults, browser and
// cluster tiers have configs of their own (vitest.faults.config.ts, vitest.browser.config.ts,
// vitest.opensearch.config.ts; their files are not `*.test.ts`), so no run here ever needs a
// browser or a cluster.

/** Pure core and handlers: no subprocess, no server, no synthesis. */
const UNIT = ['test/core', 'test/language', 'test/handlers', 'test/commons'];
/** CDK templates, cdk-nag and the function bundles. */
const INFRA = ['test/infra'];

export default defineConfig({
  test: {
    pool: 'forks',
    // Servers start and stop, esbuild and the stack run, and the machine is shared: room for all.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: UNIT.map((dir) => `${dir}/**/*.test.ts`),
          // Pure code with no state between files: the files of a worker share their modules,
          // so the language model and the normaliser's parsers load once, not once per file.
          isolate: false,
          // Two workers on two cores (vitest's default is one): the main process mostly waits.
          maxWorkers: 2,
          // The tiers run one after another, each with the machine to itself.
          sequence: { groupOrder: 0 },
        },
      },
      {
        // Everything else that runs on this machine alone: adapters, the local stack end to end,
        // the CLI, the benches' scoring, the dependency rules. A new test directory lands here.
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: [...UNIT, ...INFRA].map((dir) => `${dir}/**`),
          // Most of these wait on sockets, threads and timers rather than compute: two workers
          // overlap the waiting (vitest's default is one on two cores).
          maxWorkers: 2,
          isolate: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'infra',
          include: INFRA.map((dir) => `${dir}/**/*.test.ts`),
          // One process for every infra file, sharing its modules, so that each stage is
          // synthesised once per run (test/infra/synth.ts keeps it) and read by every assertion.
          isolate: false,
          fileParallelism: false,
          hookTimeout: 120_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
