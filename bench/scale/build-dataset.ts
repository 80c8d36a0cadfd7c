/**
 * Builds a data directory holding an archive of N articles (bucket and embedded index), as the
 * scale bench does, and keeps it: for working on one part of the bench without redoing the rest.
 *
 *   npx tsx bench/scale/build-dataset.ts 10000 /tmp/archive-10k
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openEmbeddedIndex } from '../../functions/adapters/embedded-index/sqlite-article-index.ts';
import { startS3Server } from '../../local/s3-server.ts';
import { ArchiveGenerator } from './corpus.ts';
import { chunks, ingestThroughHandler, localS3, upload } from './ingest.ts';

const size = Number(process.argv[2] ?? 10_000);
const dataDir = process.argv[3] ?? `/tmp/archive-${size}`;
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
for (const files of chunks(new ArchiveGenerator(12), size, 1_000)) {
  await upload(client, 'articles', files);
  const measure = await ingestThroughHandler(index, index, 'articles', [files]);
  cpu += measure.cpuSeconds;
  done += files.length;
  process.stderr.write(`${done} articles, ${(done / cpu).toFixed(0)} per CPU-second\n`);
}
client.destroy();
await index.close();
await s3.close();
