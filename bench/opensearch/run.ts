/**
 * `npm run bench:opensearch`: the production index against a real node, beside the embedded
 * index on the same data in the same run (README.md beside this file says what and why).
 *
 * 1. Ingest: 2,000 seed-sized articles (normalised as the ingest function would) through each
 *    index's writer, as the Lambda sees them (batches of 10, one message after another) and as
 *    one large backfill (every write at once, which the OpenSearch writer coalesces into
 *    `_bulk` requests); documents per second, into a fresh index each time.
 * 2. Search: the parity table's 20 queries through the search use case (first page of 10,
 *    language favour included), p50 and p99 milliseconds, at 10,000 and 100,000 documents.
 *
 *   npx tsx bench/opensearch/run.ts [--ingest 2000] [--tiers 10000,100000] [--rounds 10]
 *                                   [--out bench/opensearch/RESULTS.md]
 *
 * Against OPENSEARCH_URL when set, else a node of its own (heap 1 GiB) started and stopped here.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ArticleLanguageDetector } from '../../functions/adapters/language/article-language-detector.ts';
import type { Article } from '../../functions/core/article.ts';
import type { ArticleIndex } from '../../functions/core/ports.ts';
import { searchArticles } from '../../functions/core/search/search-articles.ts';
import { corpusArticle, generatedFile } from './corpus.ts';
import { type BothIndices, clusterUrl, openBoth } from './indices.ts';
import { PARITY_QUERIES } from './parity.ts';

const { values } = parseArgs({
  options: {
    ingest: { type: 'string', default: '2000' },
    tiers: { type: 'string', default: '10000,100000' },
    rounds: { type: 'string', default: '10' },
    out: { type: 'string' },
  },
});
const INGEST = Number(values.ingest);
const TIERS = String(values.tiers).split(',').map(Number);
const ROUNDS = Number(values.rounds);
/** Paragraphs per generated article: about the seeds' 4–12 KB. */
const SEED_SIZED = 14;
const say = (line: string) => process.stderr.write(`${line}\n`);
const detector = new ArticleLanguageDetector();

function percentile(sorted: number[], p: number): number {
  return (
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
  );
}

/** Ingest-ready articles, normalised one by one as the ingest function would. */
async function seedSized(count: number, offset: number): Promise<Article[]> {
  const out: Article[] = [];
  for (let i = 0; i < count; i++) {
    out.push(await corpusArticle(generatedFile(offset + i, 11, SEED_SIZED), offset + i + 1));
  }
  return out;
}

/**
 * An article for the scale tiers: fresh generated text (title, date, source, body) on the
 * normalised fields of a template in the same language. Normalising 100,000 files would take
 * most of the bench's time and measures nothing here; the indices analyse the text themselves.
 */
function scaled(i: number, templates: Article[]): Article {
  const file = generatedFile(i, 23, 3 + (i % 10));
  const text = Buffer.from(file.bytes).toString('utf8');
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(text) ?? [];
  const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(front)?.[1] ?? '';
  const template = templates[i % 3] as Article;
  const id = `${i.toString(16).padStart(16, '0')}${'0'.repeat(48)}`;
  return {
    ...template,
    id,
    key: file.key,
    storyId: id,
    title: field('title'),
    body: body.trim(),
    publishedAt: field('date'),
    source: field('source'),
    sequencer: (i + 1).toString(16).padStart(16, '0'),
  };
}

async function timeIt(run: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

interface IngestRow {
  mode: string;
  embedded: number;
  opensearch: number;
}

async function lambdaBatches(index: ArticleIndex, articles: Article[]): Promise<void> {
  for (let i = 0; i < articles.length; i += 10) {
    for (const article of articles.slice(i, i + 10)) await index.upsert(article);
  }
}

async function backfill(index: ArticleIndex, articles: Article[]): Promise<void> {
  await Promise.all(articles.map((article) => index.upsert(article)));
}

async function measureIngest(articles: Article[]): Promise<IngestRow[]> {
  const rows: IngestRow[] = [];
  for (const [mode, write] of [
    ['Lambda: batches of 10, one write after another', lambdaBatches],
    ['backfill: every write at once', backfill],
  ] as const) {
    const dir = mkdtempSync(join(tmpdir(), 'bench-ingest-'));
    const both = await openBoth(dir, 'ingest');
    try {
      const embeddedMs = await timeIt(() => write(both.embedded, articles));
      const opensearchMs = await timeIt(() => write(both.opensearch, articles));
      const rate = (ms: number) => (articles.length / ms) * 1000;
      rows.push({ mode, embedded: rate(embeddedMs), opensearch: rate(opensearchMs) });
      say(
        `ingest ${mode}: embedded ${rate(embeddedMs).toFixed(0)}/s, OpenSearch ${rate(opensearchMs).toFixed(0)}/s`,
      );
    } finally {
      await both.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}

interface SearchRow {
  documents: number;
  embedded: { p50: number; p99: number };
  opensearch: { p50: number; p99: number };
  samples: number;
}

async function latencies(index: ArticleIndex): Promise<{ p50: number; p99: number }> {
  const run = (params: (typeof PARITY_QUERIES)[number]['params']) =>
    searchArticles({ index, detector }, { ...params, size: '10' });
  for (const { params } of PARITY_QUERIES) await run(params);
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const { params } of PARITY_QUERIES)
      times.push(await timeIt(async () => void (await run(params))));
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

async function measureSearch(templates: Article[]): Promise<SearchRow[]> {
  const rows: SearchRow[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'bench-search-'));
  const both: BothIndices = await openBoth(dir, 'search');
  try {
    let loaded = 0;
    for (const tier of TIERS) {
      const started = performance.now();
      for (let i = loaded; i < tier; i += 5_000) {
        const group = Array.from({ length: Math.min(5_000, tier - i) }, (_, j) =>
          scaled(i + j, templates),
        );
        await both.load(group);
      }
      say(
        `loaded ${tier} documents into both in ${((performance.now() - started) / 1000).toFixed(0)} s`,
      );
      loaded = tier;
      const embedded = await latencies(both.embedded);
      const opensearch = await latencies(both.opensearch);
      rows.push({ documents: tier, embedded, opensearch, samples: ROUNDS * PARITY_QUERIES.length });
      say(
        `search at ${tier}: embedded p50 ${embedded.p50.toFixed(1)} ms, OpenSearch p50 ${opensearch.p50.toFixed(1)} ms`,
      );
    }
  } finally {
    await both.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

// One node for the whole run (OPENSEARCH_URL, or started here); each measurement uses fresh indices.
const ownNode = process.env.OPENSEARCH_URL === undefined;
const cluster = await clusterUrl();
process.env.OPENSEARCH_URL = cluster.url;
const before = loadavg();
const started = Date.now();
say(`normalising ${INGEST} seed-sized articles`);
const articles = await seedSized(INGEST, 0);
const averageKb = articles.reduce((n, a) => n + a.size, 0) / articles.length / 1024;
const ingest = await measureIngest(articles);
const search = await measureSearch(articles.slice(0, 3));
const after = loadavg();
await cluster.node?.stop();
if (cluster.dataDir) rmSync(cluster.dataDir, { recursive: true, force: true });

const cpu = cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
const ms = (v: number) => v.toFixed(1);
const report = [
  '# OpenSearch bench',
  '',
  `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpu}, ${cpus().length} logical cores, ${Math.round(totalmem() / 2 ** 30)} GiB RAM; Node ${process.version}; OpenSearch node on this machine (${ownNode ? 'started by the bench, heap 1 GiB' : cluster.url}). Load average ${before.map((l) => l.toFixed(2)).join(' / ')} before, ${after.map((l) => l.toFixed(2)).join(' / ')} after; took ${((Date.now() - started) / 60_000).toFixed(1)} min.`,
  '',
  `## Ingest: ${INGEST} articles of ${averageKb.toFixed(1)} KiB on average, documents per second`,
  '',
  '| mode | embedded (SQLite) | OpenSearch |',
  '| --- | ---: | ---: |',
  ...ingest.map((r) => `| ${r.mode} | ${r.embedded.toFixed(0)} | ${r.opensearch.toFixed(0)} |`),
  '',
  `## Search latency: ${PARITY_QUERIES.length} mixed queries × ${ROUNDS} rounds, first page of 10, milliseconds`,
  '',
  '| documents | embedded p50 | embedded p99 | OpenSearch p50 | OpenSearch p99 |',
  '| ---: | ---: | ---: | ---: | ---: |',
  ...search.map(
    (r) =>
      `| ${r.documents.toLocaleString('en')} | ${ms(r.embedded.p50)} | ${ms(r.embedded.p99)} | ${ms(r.opensearch.p50)} | ${ms(r.opensearch.p99)} |`,
  ),
  '',
].join('\n');
process.stdout.write(report);
if (values.out) writeFileSync(values.out, report);
