/**
 * `npm run bench:relevance`: how well search ranks, against plain BM25 in the same run.
 *
 *   npx tsx bench/relevance/run.ts [--collections DIR]... [--only NAME] [--depth 1000]
 *                                  [--out FILE] [--verbose]
 *
 * Collections: every folder holding docs.jsonl, queries.jsonl and qrels.tsv under each
 * `--collections` (default: ../shared/relevance-dev beside the repository, and our own
 * bench/relevance/collections). Systems: plain BM25 (k1 0.9, b 0.4), the product over the
 * embedded index and, when OPENSEARCH_URL (or OPENSEARCH_ENDPOINT) is set, over OpenSearch.
 * Exits 1 when a target is missed (README.md, "Targets").
 */
import { existsSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Collection, findCollections, loadCollection } from './collection.ts';
import { pairedBootstrap, type QueryScores, scoreRanking, summarise } from './metrics.ts';
import {
  Bm25System,
  embeddedSystem,
  openSearchSystem,
  ProductSystem,
  type RankingSystem,
} from './systems.ts';

const root = new URL('../../', import.meta.url).pathname;
const SHARED = resolve(root, '../shared/relevance-dev');
const OWN = resolve(root, 'bench/relevance/collections');
const BASELINE = 'plain BM25';

const { values } = parseArgs({
  options: {
    collections: { type: 'string', multiple: true },
    depth: { type: 'string', default: '1000' },
    out: { type: 'string' },
    only: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});
const depth = Number(values.depth);
const dirs = values.collections ?? [SHARED, OWN];
for (const dir of dirs) {
  if (!existsSync(dir)) {
    console.error(
      `no relevance data at ${dir}: the public collections stay outside the repository (bench/relevance/README.md says where they come from); pass --collections DIR`,
    );
    process.exit(2);
  }
}
// OpenSearch joins the run when a cluster is configured, as the cluster test suites do.
const withOpenSearch = Boolean(process.env.OPENSEARCH_URL || process.env.OPENSEARCH_ENDPOINT);

interface Row {
  collection: string;
  system: string;
  scores: QueryScores[];
  /** Queries that found nothing although the baseline found an article sharing a word. */
  emptyButShared: string[];
  ms: number;
  note: string;
}

async function measure(
  system: RankingSystem,
  collection: Collection,
  baseline?: Row,
): Promise<Row> {
  await system.index(collection.docs);
  const started = performance.now();
  const scores: QueryScores[] = [];
  const emptyButShared: string[] = [];
  for (const [i, query] of collection.queries.entries()) {
    const ranking = await system.search(query.text, depth);
    const scored = scoreRanking(ranking, collection.qrels.get(query.id) ?? new Map());
    scores.push(scored);
    if (scored.empty && baseline && !baseline.scores[i]?.empty) emptyButShared.push(query.id);
    if (values.verbose) {
      const line = [system.name, query.id, scored.ndcg10.toFixed(3), ranking.length, query.text];
      console.log(line.join('\t').slice(0, 160));
    }
  }
  const ms = (performance.now() - started) / Math.max(1, collection.queries.length);
  const notes: string[] = [];
  if (system instanceof ProductSystem) {
    if (system.rejected.length > 0) notes.push(`${system.rejected.length} documents refused`);
    if (system.refused.length > 0) notes.push(`${system.refused.length} queries refused`);
  }
  await system.close();
  const row = { collection: collection.name, system: system.name, scores, emptyButShared, ms };
  return { ...row, note: notes.join('; ') };
}

const rows: Row[] = [];
for (const dir of dirs.flatMap(findCollections)) {
  const collection = loadCollection(dir);
  if (values.only && collection.name !== values.only) continue;
  console.error(
    `${collection.name}: ${collection.docs.length} documents, ${collection.queries.length} judged queries`,
  );
  const baseline = await measure(new Bm25System(), collection);
  rows.push(baseline);
  rows.push(await measure(await embeddedSystem(), collection, baseline));
  if (withOpenSearch) rows.push(await measure(await openSearchSystem(), collection, baseline));
}

const fmt = (n: number) => n.toFixed(3);
const lines = [
  '| collection | system | queries | MAP | nDCG@10 | P@10 | recall@100 | no result | ms/query | Δ nDCG@10 vs BM25 (95% CI) |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
];
const missed: string[] = [];
for (const row of rows) {
  const s = summarise(row.scores);
  const base = rows.find((r) => r.collection === row.collection && r.system === BASELINE);
  let delta = '';
  if (base && base !== row) {
    const ci = pairedBootstrap(
      row.scores.map((q) => q.ndcg10),
      base.scores.map((q) => q.ndcg10),
    );
    const difference = s.ndcg10 - summarise(base.scores).ndcg10;
    delta = `${difference >= 0 ? '+' : ''}${fmt(difference)} (${fmt(ci.low)} … ${fmt(ci.high)})`;
    if (difference < 0) missed.push(`${row.system} ranks below plain BM25 on ${row.collection}`);
    if (row.emptyButShared.length > 0) {
      missed.push(
        `${row.system} finds nothing for ${row.emptyButShared.length} queries of ${row.collection} that share a word with an article (${row.emptyButShared.slice(0, 5).join(', ')})`,
      );
    }
  }
  const system = `${row.system}${row.note ? ` (${row.note})` : ''}`;
  lines.push(
    `| ${row.collection} | ${system} | ${s.queries} | ${fmt(s.map)} | ${fmt(s.ndcg10)} | ${fmt(s.p10)} | ${fmt(s.recall100)} | ${(s.emptyShare * 100).toFixed(1)} % | ${row.ms.toFixed(1)} | ${delta} |`,
  );
}
const table = lines.join('\n');
console.log(table);
for (const miss of missed) console.log(`target missed: ${miss}`);
if (values.out) {
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`;
  writeFileSync(
    values.out,
    `# Relevance bench results\n\nWritten by \`npm run bench:relevance\` (${new Date().toISOString().slice(0, 10)}; ${machine}). MAP over the first ${depth} results; no result: share of queries with an empty answer; ms/query: the time to page through the answer to that depth, 100 hits a request. The interval is a paired bootstrap of the difference over queries (2,000 resamples). See README.md for what each collection is.\n\n${table}\n${missed.length > 0 ? `\nTargets missed:\n\n${missed.map((m) => `- ${m}`).join('\n')}\n` : '\nEvery target met.\n'}`,
  );
}
process.exitCode = missed.length > 0 ? 1 : 0;
