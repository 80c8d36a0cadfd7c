/**
 * A reader's frequent terms chosen again when the index grows under it (frequent-terms.ts,
 * `selectionStale`): a reader connection chooses its terms on an empty index (none), another
 * connection ingests N generated articles through the real handler, and then, as a reader's
 * idle time does, the reader asks whether its choice is stale and reads the terms in steps.
 * Reports the check's CPU, and the wall and CPU time of the new choice and what it keeps.
 *
 *   npx tsx bench/scale/tier-reselect.ts 25000 [DATA_DIR]
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { registerFunctions } from '../../functions/adapters/embedded-index/article-facts.ts';
import {
  DEFAULT_BUDGET,
  FrequentTerms,
} from '../../functions/adapters/embedded-index/frequent-terms.ts';
import {
  DEFAULT_INDEX_FILE,
  openEmbeddedIndex,
} from '../../functions/adapters/embedded-index/sqlite-article-index.ts';
import { ArchiveGenerator } from './corpus.ts';
import { chunks, ingestThroughHandler } from './ingest.ts';

const size = Number(process.argv[2] ?? 25_000);
const dataDir = process.argv[3] ?? mkdtempSync(join(tmpdir(), 'tier-reselect-'));
const index = await openEmbeddedIndex({ dataDir });
const reader = new Database(join(dataDir, DEFAULT_INDEX_FILE), { readonly: true });
registerFunctions(reader);
const tier = new FrequentTerms(reader);
tier.startBuild(DEFAULT_BUDGET);
while (tier.buildStep()) {}
const cpu = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
};
const checked = (label: string) => {
  const from = process.cpuUsage();
  const stale = tier.selectionStale();
  process.stdout.write(`${label}: stale ${stale}, check ${cpu(from).toFixed(2)} ms of CPU\n`);
  return stale;
};
checked(`empty: ${tier.size.terms} terms`);

const ingested = await ingestThroughHandler(
  index,
  index,
  'articles',
  chunks(new ArchiveGenerator(12), size, 1_000),
);
process.stdout.write(
  `ingested ${ingested.articles} (${ingested.failed} failed) by another connection\n`,
);
const stale = checked('after the ingest');
const from = process.cpuUsage();
const wall = performance.now();
let steps = 0;
if (stale) {
  tier.startBuild(DEFAULT_BUDGET);
  while (tier.buildStep()) steps++;
}
const { terms, postings } = tier.size;
const positions = tier.positionsSize;
process.stdout.write(
  `chosen again in ${steps} steps: ${terms} terms, ${postings} postings, positions of ${positions.terms} terms (${(positions.bytes / 2 ** 20).toFixed(1)} MiB); ` +
    `CPU ${cpu(from).toFixed(0)} ms, wall ${(performance.now() - wall).toFixed(0)} ms (steps back to back; a reader pauses as long as each step took)\n`,
);
checked('current choice, log unchanged');
checked('current choice, again');
reader.close();
await index.close();
