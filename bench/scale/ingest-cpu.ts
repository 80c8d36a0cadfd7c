/**
 * CPU time of ingesting through the real handler, without the local S3 server: N generated
 * articles into a fresh embedded index (or into a copy of a kept data directory, continuing its
 * archive), for working on the ingest path. Pass `--cpu-prof` to node to see where time goes.
 *
 *   npx tsx bench/scale/ingest-cpu.ts 2000                      # from empty
 *   npx tsx bench/scale/ingest-cpu.ts 2000 /tmp/copy 103000     # on top of a copied archive
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEmbeddedIndex } from '../../functions/adapters/embedded-index/sqlite-article-index.ts';
import { ArchiveGenerator } from './corpus.ts';
import { chunks, ingestThroughHandler } from './ingest.ts';

const size = Number(process.argv[2] ?? 2_000);
const dataDir = process.argv[3] ?? mkdtempSync(join(tmpdir(), 'ingest-cpu-'));
const after = Number(process.argv[4] ?? 0);
const generator = new ArchiveGenerator(12);
for (let skipped = 0; skipped < after; skipped++) generator.next();
const files = [...chunks(generator, size, 1_000)];
const index = await openEmbeddedIndex({ dataDir });
// The first chunk warms the process (model load, JIT, memos), as a long-running ingest is warm.
const warm = await ingestThroughHandler(index, index, 'articles', files.slice(0, 1));
const measure = await ingestThroughHandler(index, index, 'articles', files.slice(1));
await index.close();
process.stdout.write(
  `${measure.articles} articles after ${warm.articles} to warm up: ${(measure.articles / measure.cpuSeconds).toFixed(0)} per CPU-second (${((1000 * measure.cpuSeconds) / measure.articles).toFixed(2)} ms each), ${(measure.articles / measure.wallSeconds).toFixed(0)} per second, ${measure.failed} failed\n`,
);
