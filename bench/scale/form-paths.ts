/**
 * Where a one-term form is cheaper scored from its instances than by FTS5's bm25, measured:
 * for each search of the mix with filters or two words (and common words), the ranker's CPU
 * time with every one-term form forced onto each path in turn (alternated, best of three), and
 * per form the share of its matches FTS5 would score and its instances per matching article.
 * What `instancesWorthListing` (form-scores.ts) is set from.
 *
 *   npx tsx bench/scale/form-paths.ts /tmp/copy-of-a100k
 */
import type { ArticleSearch } from '../../functions/adapters/embedded-index/article-search.ts';
import { FormScorer } from '../../functions/adapters/embedded-index/form-scores.ts';
import { MatchRanker } from '../../functions/adapters/embedded-index/match-ranker.ts';
import { openEmbeddedIndex } from '../../functions/adapters/embedded-index/sqlite-article-index.ts';
import { QueryLetterDetector } from '../../functions/adapters/language/query-language-detector.ts';
import { searchArticles } from '../../functions/core/search/search-articles.ts';
import { ArchiveGenerator } from './corpus.ts';
import { queryMix, searchParameters } from './queries.ts';

const dataDir = process.argv[2] ?? '/tmp/archive-10k';
const types = new Set(['lang=', 'two words', 'date range']);
const generator = new ArchiveGenerator(12);
const mix = queryMix(Array.from({ length: 3_000 }, () => generator.next())).filter((q) =>
  types.has(q.type),
);
const index = await openEmbeddedIndex({ dataDir });
const dependencies = { index, detector: new QueryLetterDetector() };

// Candidate rules: instances per matching article worth listing, given the share FTS5 scores.
const RULES: Array<[string, (share: number) => number]> = [
  ['fts5', (share) => (share >= 1 ? 3 : 0)],
  ...[4.5, 6, 8, 10].map((c): [string, (share: number) => number] => [
    `${c}·share`,
    (share) => (share >= 1 ? 3 : c * share),
  ]),
];
let rule = RULES[0]?.[1] ?? ((share: number) => share);
FormScorer.prototype.worthListing = (share: number) => rule(share);
let ranking = 0;
const rank = MatchRanker.prototype.rank;
MatchRanker.prototype.rank = function (this: MatchRanker, request) {
  const started = process.cpuUsage();
  try {
    return rank.call(this, request);
  } finally {
    const used = process.cpuUsage(started);
    ranking += (used.user + used.system) / 1000;
  }
};

/** The ranker's CPU for one search under a rule. */
async function timed(params: string, chosen: (share: number) => number): Promise<number> {
  rule = chosen;
  ranking = 0;
  // Ranked afresh each time: the searcher's kept queries dropped as after a write of its own.
  (index as unknown as { searcher: ArticleSearch }).searcher.changed();
  await searchArticles(dependencies, searchParameters(params));
  return ranking;
}

const times = new Map<string, number[]>();
for (const query of mix) {
  await timed(query.params, RULES[0]?.[1] ?? rule); // warm the page cache and the statements
  const best = RULES.map(() => Number.POSITIVE_INFINITY);
  for (let rep = 0; rep < 3; rep++) {
    for (const [i, [, chosen]] of RULES.entries()) {
      best[i] = Math.min(best[i] as number, await timed(query.params, chosen));
    }
  }
  for (const [i, [name]] of RULES.entries()) {
    const key = `${query.type}\t${name}`;
    times.set(key, [...(times.get(key) ?? []), best[i] as number]);
  }
}
const at = (sorted: number[], p: number) =>
  (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0).toFixed(1);
process.stdout.write('type\trule\tranker CPU p50\tp95\tsum ms\n');
for (const [key, list] of times) {
  list.sort((a, b) => a - b);
  const sum = list.reduce((a, b) => a + b, 0);
  process.stdout.write(`${key}\t${at(list, 0.5)}\t${at(list, 0.95)}\t${sum.toFixed(0)}\n`);
}
await index.close();
