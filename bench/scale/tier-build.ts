/**
 * What the frequent-terms tier (frequent-terms.ts) costs a connection on a kept data directory:
 * the CPU of building it, the terms and postings it keeps, and the heap it adds.
 *
 *   npx tsx --expose-gc bench/scale/tier-build.ts /tmp/archive-100k [POSTINGS] [MIN_DOCS] [POSITIONS_MIB]
 *
 * POSITIONS_MIB bounds the phrases' positions (phrase-positions.ts); 0 keeps none.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  DEFAULT_BUDGET,
  FrequentTerms,
} from '../../functions/adapters/embedded-index/frequent-terms.ts';
import { DEFAULT_INDEX_FILE } from '../../functions/adapters/embedded-index/sqlite-article-index.ts';

const dataDir = process.argv[2] ?? '/tmp/archive-100k';
const budget = {
  ...DEFAULT_BUDGET,
  postings: Number(process.argv[3] ?? DEFAULT_BUDGET.postings),
  minDocs: Number(process.argv[4] ?? DEFAULT_BUDGET.minDocs),
  ...(process.argv[5] === undefined
    ? {}
    : {
        positions: {
          minDocs: DEFAULT_BUDGET.positions?.minDocs ?? 1,
          bytes: Number(process.argv[5]) * 2 ** 20,
        },
      }),
};
const db = new Database(join(dataDir, DEFAULT_INDEX_FILE), { readonly: true });
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const before = process.memoryUsage();
const tier = new FrequentTerms(db);
const started = process.cpuUsage();
const wall = performance.now();
tier.build(budget);
const used = process.cpuUsage(started);
const took = performance.now() - wall;
gc?.();
const after = process.memoryUsage();
const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const { terms, postings } = tier.size;
const positions = tier.positionsSize;
process.stdout.write(
  `budget ${budget.postings} postings, df >= ${budget.minDocs}: ${terms} terms, ${postings} postings; ` +
    `positions of ${positions.terms} terms (df >= ${budget.positions?.minDocs}), ${mib(positions.bytes)} MiB; ` +
    `CPU ${((used.user + used.system) / 1000).toFixed(0)} ms, wall ${took.toFixed(0)} ms; ` +
    `array buffers +${mib(after.arrayBuffers - before.arrayBuffers)} MiB, heap +${mib(after.heapUsed - before.heapUsed)} MiB, RSS +${mib(after.rss - before.rss)} MiB\n`,
);
db.close();
