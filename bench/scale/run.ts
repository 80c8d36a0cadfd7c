/**
 * The scale bench: N generated articles (see corpus.ts) uploaded into the local bucket and
 * ingested through the real ingest handler, then the local stack started as `npm start` starts
 * it, and the search API timed over a fixed mix of requests, sequentially and with 8 clients.
 * With OPENSEARCH_URL set, the same archive is ingested into OpenSearch and the stack timed on it
 * too. Writes a Markdown report (`--out`).
 *
 *   npm run bench:scale                          # 10,000 and 100,000 articles
 *   npx tsx bench/scale/run.ts --sizes 10000     # one size, report on stdout
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEmbeddedIndex } from '../../functions/adapters/embedded-index/sqlite-article-index.ts';
import { openSearchConfigFromEnv } from '../../functions/adapters/opensearch/config.ts';
import { openOpenSearchIndexFromConfig } from '../../functions/adapters/opensearch/open-from-config.ts';
import { startS3Server } from '../../local/s3-server.ts';
import { measureBundles } from './bundles.ts';
import { type ArchiveFile, ArchiveGenerator, NEAR_DUPLICATE_RATE } from './corpus.ts';
import { chunks, type IngestMeasure, ingestThroughHandler, localS3, upload } from './ingest.ts';
import { healthWhile, type Latency, type LoadResult, runLoad } from './load.ts';
import { QUERY_TYPES, queryMix } from './queries.ts';
import { startStackProcess } from './stack-process.ts';

const BUCKET = 'articles';
const CHUNK = 1_000;
const SAMPLE = 3_000;

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

const sizes = (argument('sizes') ?? '10000,100000').split(',').map(Number);
const out = argument('out');
// A data directory made by build-dataset.ts: only start-up and search are measured again.
const reuse = argument('reuse');
// Seconds the stack is left idle after start-up and the listing, before the searches: a stack
// that has been up a while, its readers having read the frequent terms' postings in their idle
// time (frequent-terms.ts). Without it the searches start at once, as right after a restart.
const settleSeconds = Number(argument('settle') ?? '0');
if (!(Number.isFinite(settleSeconds) && settleSeconds >= 0)) {
  throw new Error(`--settle takes a number of seconds, not "${argument('settle')}"`);
}
const log = (line: string) =>
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);

interface BackendRun {
  backend: string;
  size: number;
  ingest: IngestMeasure;
  startMs: number;
  reconciled: string;
  rssAfterStartMiB: number;
  rssPeakMiB: number;
  health: Latency;
  listingMs: number;
  sequential: LoadResult;
  concurrent: LoadResult;
  load: string;
}

/** Makes the archive's files in chunks: every chunk uploaded, then handed to `each`. */
async function buildArchive(
  size: number,
  s3Url: string,
  each: (files: ArchiveFile[]) => Promise<void>,
): Promise<{ sample: ArchiveFile[]; uploadSeconds: number }> {
  const generator = new ArchiveGenerator(12);
  const s3 = localS3(s3Url);
  const sample: ArchiveFile[] = [];
  const keep = Math.min(1, SAMPLE / size);
  let uploadMs = 0;
  for (const files of chunks(generator, size, CHUNK)) {
    const started = performance.now();
    await upload(s3, BUCKET, files);
    uploadMs += performance.now() - started;
    await each(files);
    for (const file of files) if (Math.random() < keep) sample.push(file);
    if (sample.length % 10 === 0) log(`  ${files[files.length - 1]?.key}`);
  }
  s3.destroy();
  return { sample, uploadSeconds: uploadMs / 1000 };
}

/**
 * A client that lists the whole bucket from a process of its own (`list-bucket.ts`), as a user's
 * `aws s3 ls --recursive` does: `/health` is timed from this process, whose event loop the
 * SDK's parsing of each page would otherwise hold up. Resolves once the client has loaded.
 */
async function listingClient(s3Url: string, bucket: string): Promise<{ list(): Promise<number> }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', new URL('./list-bucket.ts', import.meta.url).pathname, s3Url, bucket],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  while (!output.includes('ready\n')) {
    const code = await Promise.race([exited, new Promise((r) => setTimeout(r, 20, 'wait'))]);
    if (code !== 'wait') throw new Error(`the listing client exited (${code}) before it was ready`);
  }
  return {
    async list() {
      child.stdin.end('go\n');
      const code = await exited;
      const last = output.trim().split('\n').at(-1) ?? '';
      if (code !== 0) throw new Error(`the listing client failed (${code}): ${last}`);
      return (JSON.parse(last) as { listed: number }).listed;
    },
  };
}

async function measureStack(
  backend: string,
  size: number,
  dataDir: string,
  env: Record<string, string>,
  ingest: IngestMeasure,
  sample: ArchiveFile[],
): Promise<BackendRun> {
  const load = loadavg().map((l) => l.toFixed(2));
  const stack = await startStackProcess(dataDir, env);
  log(`${backend} ${size}: started in ${stack.startMs.toFixed(0)} ms (${stack.reconciled})`);
  const rssAfterStartMiB = stack.peakRssMiB();
  try {
    const lister = await listingClient(stack.s3, BUCKET);
    let listed = 0;
    const listingStarted = performance.now();
    const health = await healthWhile(stack.api, async () => {
      listed = await lister.list();
    });
    const listingMs = performance.now() - listingStarted;
    log(`${backend} ${size}: listed ${listed} objects in ${listingMs.toFixed(0)} ms`);
    const mix = queryMix(sample);
    await runLoad(stack.api, mix.slice(0, 40), 1); // warm the page cache and the statements
    // After the warm-up: the reader threads start with the first search.
    if (settleSeconds > 0) {
      log(`${backend} ${size}: idle for ${settleSeconds} s before searching`);
      await new Promise((resolve) => setTimeout(resolve, settleSeconds * 1000));
    }
    const sequential = await runLoad(stack.api, mix, 1);
    log(`${backend} ${size}: sequential p50 ${sequential.all.p50.toFixed(1)} ms`);
    const concurrent = await runLoad(stack.api, mix, 8, 2);
    log(`${backend} ${size}: 8 clients ${concurrent.perSecond.toFixed(0)} requests/s`);
    return {
      backend,
      size,
      ingest,
      startMs: stack.startMs,
      reconciled: stack.reconciled,
      rssAfterStartMiB,
      rssPeakMiB: stack.peakRssMiB(),
      health,
      listingMs,
      sequential,
      concurrent,
      load: `${load.join(' / ')} → ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' / ')}`,
    };
  } finally {
    await stack.stop();
  }
}

/** Start-up and search on a kept data directory; the query mix from the archive's first files. */
async function rerun(size: number, dataDir: string): Promise<BackendRun[]> {
  const generator = new ArchiveGenerator(12);
  const sample = Array.from({ length: Math.min(size, SAMPLE) }, () => generator.next());
  const none = { articles: 0, wallSeconds: 1, cpuSeconds: 1, failed: 0 };
  return [await measureStack('embedded', size, dataDir, {}, none, sample)];
}

async function runSize(size: number): Promise<BackendRun[]> {
  if (reuse !== undefined) return rerun(size, reuse);
  const dataDir = mkdtempSync(join(tmpdir(), `bench-scale-${size}-`));
  // The archive is the bucket's whole content: no seeds.
  writeFileSync(join(dataDir, '.seeded'), 'bench\n');
  const runs: BackendRun[] = [];
  try {
    const s3 = await startS3Server({
      directory: join(dataDir, 's3'),
      host: '127.0.0.1',
      port: 0,
      buckets: [BUCKET],
    });
    const index = await openEmbeddedIndex({ dataDir });
    const ingests: IngestMeasure[] = [];
    log(`embedded ${size}: generating, uploading and ingesting`);
    const { sample, uploadSeconds } = await buildArchive(size, s3.url, async (files) => {
      ingests.push(await ingestThroughHandler(index, index, BUCKET, [files]));
    });
    await index.close();
    await s3.close();
    const ingest = sum(ingests);
    log(
      `embedded ${size}: uploaded in ${uploadSeconds.toFixed(0)} s; ingest ${(ingest.articles / ingest.cpuSeconds).toFixed(0)} per CPU-second`,
    );
    runs.push(await measureStack('embedded', size, dataDir, {}, ingest, sample));

    if (process.env.OPENSEARCH_URL) {
      const indexName = `bench-scale-${size}-${Date.now()}`;
      const env = { SEARCH_BACKEND: 'opensearch', OPENSEARCH_INDEX: indexName };
      const config = openSearchConfigFromEnv({ ...process.env, ...env });
      const opensearch = await openOpenSearchIndexFromConfig(config);
      const generator = new ArchiveGenerator(12);
      log(`opensearch ${size}: ingesting into ${indexName}`);
      const measure = await ingestThroughHandler(
        opensearch,
        opensearch,
        BUCKET,
        chunks(generator, size, CHUNK),
      );
      await opensearch.close();
      runs.push(await measureStack('OpenSearch', size, dataDir, env, measure, sample));
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  return runs;
}

function sum(measures: IngestMeasure[]): IngestMeasure {
  return measures.reduce(
    (a, b) => ({
      articles: a.articles + b.articles,
      wallSeconds: a.wallSeconds + b.wallSeconds,
      cpuSeconds: a.cpuSeconds + b.cpuSeconds,
      failed: a.failed + b.failed,
    }),
    { articles: 0, wallSeconds: 0, cpuSeconds: 0, failed: 0 },
  );
}

const ms = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0));
const triple = (l: Latency | undefined) => (l ? `${ms(l.p50)} / ${ms(l.p95)} / ${ms(l.p99)}` : '–');

function report(runs: BackendRun[], bundles: string): string {
  const lines = [
    '# Scale bench results',
    '',
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, shared with other work (load averages below, 1/5/15 min, before → after each run). Generated archive: ${(NEAR_DUPLICATE_RATE * 100).toFixed(0)} % near-duplicates; see bench/scale/README.md.`,
    '',
    '## Ingest, start-up and memory',
    '',
    '| backend | articles | ingest (articles per CPU-second) | ingest wall (articles/s) | start-up (spawn to serving) | RSS after start / peak | `/health` p50 / p95 / p99 while listing the bucket | full listing | load |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const r of runs) {
    lines.push(
      `| ${r.backend} | ${r.size.toLocaleString('en')} | ${(r.ingest.articles / r.ingest.cpuSeconds).toFixed(0)} | ${(r.ingest.articles / r.ingest.wallSeconds).toFixed(0)} | ${(r.startMs / 1000).toFixed(1)} s | ${r.rssAfterStartMiB.toFixed(0)} / ${r.rssPeakMiB.toFixed(0)} MiB | ${triple(r.health)} ms | ${(r.listingMs / 1000).toFixed(1)} s | ${r.load} |`,
    );
  }
  lines.push(
    '',
    '## Search latency (ms, p50 / p95 / p99, over HTTP to the local API)',
    '',
    settleSeconds > 0
      ? `Searched after the stack had been idle ${settleSeconds} s past start-up, the listing and a warm-up of 40 searches (\`--settle\`).`
      : 'Searched at once after start-up and the listing.',
    '',
    '| backend | articles | query | sequential | 8 clients |',
    '| --- | ---: | --- | ---: | ---: |',
  );
  for (const r of runs) {
    for (const type of QUERY_TYPES) {
      lines.push(
        `| ${r.backend} | ${r.size.toLocaleString('en')} | ${type} | ${triple(r.sequential.byType.get(type))} | ${triple(r.concurrent.byType.get(type))} |`,
      );
    }
    lines.push(
      `| ${r.backend} | ${r.size.toLocaleString('en')} | **all** | ${triple(r.sequential.all)} (${r.sequential.perSecond.toFixed(0)}/s) | ${triple(r.concurrent.all)} (**${r.concurrent.perSecond.toFixed(0)}/s**) |`,
    );
  }
  lines.push('', '## Function bundles', '', bundles, '');
  return lines.join('\n');
}

// The report is written after every size, so a long run that stops keeps what it measured.
const bundles = await measureBundles();
log(`bundles:\n${bundles}`);
const runs: BackendRun[] = [];
for (const size of sizes) {
  runs.push(...(await runSize(size)));
  if (out) writeFileSync(out, report(runs, bundles));
}
process.stdout.write(`${report(runs, bundles)}\n`);
