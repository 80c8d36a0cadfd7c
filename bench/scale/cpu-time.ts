/**
 * CPU time of each search of the scale bench's mix, in this process (no HTTP, no other
 * threads): a figure the machine's load changes far less than wall time, for comparing two
 * versions of the search on one kept data directory (see build-dataset.ts).
 *
 *   npx tsx bench/scale/cpu-time.ts /tmp/archive-10k
 */
import { openEmbeddedIndex } from '../../functions/adapters/embedded-index/sqlite-article-index.ts';
import { QueryLetterDetector } from '../../functions/adapters/language/query-language-detector.ts';
import { searchArticles } from '../../functions/core/search/search-articles.ts';
import { ArchiveGenerator } from './corpus.ts';
import { queryMix, searchParameters } from './queries.ts';
import { tierBudget } from './tier-option.ts';

const dataDir = process.argv[2] ?? '/tmp/archive-10k';
// `--frequent-terms[=POSTINGS,MIN_DOCS]`: the connection warmed as a reader thread is, its
// frequent terms' postings read (frequent-terms.ts) before the passes.
const budget = tierBudget(process.argv);
const generator = new ArchiveGenerator(12);
const mix = queryMix(Array.from({ length: 3_000 }, () => generator.next()));
const index = await openEmbeddedIndex({ dataDir });
const dependencies = { index, detector: new QueryLetterDetector() };
if (budget !== null) index.warmUp?.(budget);
const byType = new Map<string, number[]>();

async function pass(record: boolean): Promise<void> {
  for (const query of mix) {
    const params = searchParameters(query.params);
    const cursor =
      query.type === 'page 2 by cursor'
        ? ((await searchArticles(dependencies, params)).nextCursor ?? undefined)
        : undefined;
    const started = process.cpuUsage();
    JSON.stringify(
      await searchArticles(dependencies, { ...params, ...(cursor ? { cursor } : {}) }),
    );
    const used = process.cpuUsage(started);
    if (!record) continue;
    const times = byType.get(query.type) ?? [];
    times.push((used.user + used.system) / 1000);
    byType.set(query.type, times);
  }
}

// The first pass warms SQLite's page cache and the statements; the second is measured.
await pass(false);
await pass(true);
const at = (sorted: number[], p: number) =>
  (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0).toFixed(1);
const all: number[] = [];
for (const [type, times] of byType) {
  times.sort((a, b) => a - b);
  all.push(...times);
  process.stdout.write(`${type.padEnd(20)} p50 ${at(times, 0.5)} ms  p95 ${at(times, 0.95)} ms\n`);
}
all.sort((a, b) => a - b);
process.stdout.write(`all                  p50 ${at(all, 0.5)} ms  p95 ${at(all, 0.95)} ms\n`);
await index.close();
