/**
 * Builds a data directory holding an archive of N articles (bucket and embedded index), as the
 * scale bench does, and keeps it: for working on one part of the bench without redoing the rest.
 *
 *   npx tsx bench/scale/build-dataset.ts 10000 /tmp/archive-10k
 *   npx tsx bench/scale/build-dataset.ts 2000 /tmp/archive-100k 100000   # 2,000 more after 100k
 *
 * The third argument continues an archive: the articles after its first N, so that the ingest
 * rate at that size is measured on top of the index already there.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openEmbeddedIndex } from '../../functions/adapters/embedded-index/sqlite-article-index.ts';
import { startS3Server } from '../../local/s3-server.ts';
import { ArchiveGenerator } from './corpus.ts';
import { chunks, ingestThroughHandler, localS3, upload } from './ingest.ts';

const size = Number(process.argv[2] ?? 10_000);
const dataDir = process.argv[3] ?? `/tmp/archive-${size}`;
const after = Number(process.argv[4] ?? 0);
mkdirSync(dataDir, { recursive: true });
writeFileSync(join(dataDir, '.seeded'), 'bench\n');
const s3 = await startS3Server({
  directory: join(dataDir, 's3'),
  host: '127.0.0.1',
  port: 0,
  buckets: ['articles'],
});
const client = localS3(s3.url);
const index = await openEmbeddedIndex({ dataDir });
let done = 0;
let cpu = 0;
const generator = new ArchiveGenerator(12);
for (let skipped = 0; skipped < after; skipped++) generator.next();
for (const files of chunks(generator, size, 1_000)) {
  await upload(client, 'articles', files);
  const measure = await ingestThroughHandler(index, index, 'articles', [files]);
  cpu += measure.cpuSeconds;
  done += files.length;
  process.stderr.write(`${done} articles, ${(done / cpu).toFixed(0)} per CPU-second\n`);
}
client.destroy();
await index.close();
await s3.close();
