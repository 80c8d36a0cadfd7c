import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEmbeddedIndex } from '../../functions/adapters/embedded-index/sqlite-article-index.ts';
import { ArchiveGenerator } from './corpus.ts';
import { chunks, ingestThroughHandler } from './ingest.ts';

const n = Number(process.argv[2] ?? 2000);
const t0 = performance.now();
const gen = new ArchiveGenerator(12);
console.log('generator ready', (performance.now() - t0).toFixed(0));
const files = [...chunks(gen, n, n)];
console.log('generated', (performance.now() - t0).toFixed(0));
const dir = mkdtempSync(join(tmpdir(), 'prof-'));
const index = await openEmbeddedIndex({ dataDir: dir });
const m = await ingestThroughHandler(index, index, 'articles', files);
console.log(m, (m.articles / m.cpuSeconds).toFixed(0), 'per cpu-s');
