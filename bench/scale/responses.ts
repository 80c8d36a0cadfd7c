/**
 * Every response of the scale bench's mix as one JSON line each (the first page of each query,
 * then the page its cursor leads to), for proving a change to the search answers byte for byte
 * what the code before it answered on the same kept data directory:
 *
 *   npx tsx bench/scale/responses.ts /tmp/archive-100k > after.jsonl
 *   (the same from a checkout of main) > before.jsonl; cmp before.jsonl after.jsonl
 *
 * Reads only; run it on a copy of the data directory all the same (opening the index may bring
 * its schema up to date).
 */
import { openEmbeddedIndex } from '../../functions/adapters/embedded-index/sqlite-article-index.ts';
import { QueryLetterDetector } from '../../functions/adapters/language/query-language-detector.ts';
import {
  type SearchParameters,
  searchArticles,
} from '../../functions/core/search/search-articles.ts';
import { ArchiveGenerator } from './corpus.ts';
import { queryMix, searchParameters } from './queries.ts';
import { tierBudget } from './tier-option.ts';

const dataDir = process.argv[2] ?? '/tmp/archive-10k';
const generator = new ArchiveGenerator(12);
const mix = queryMix(Array.from({ length: 3_000 }, () => generator.next()));
const index = await openEmbeddedIndex({ dataDir });
const dependencies = { index, detector: new QueryLetterDetector() };
// `--frequent-terms[=POSTINGS,MIN_DOCS]`: warmed as a reader thread is (frequent-terms.ts).
const budget = tierBudget(process.argv);
if (budget !== null) index.warmUp?.(budget);

for (const query of mix) {
  // Each query collapsed into stories, as the API answers by default, and as every article.
  for (const extra of [{}, { collapse: 'none' }]) {
    const params = { ...searchParameters(query.params), ...extra } as SearchParameters;
    const first = await searchArticles(dependencies, params);
    process.stdout.write(`${query.type}\t${JSON.stringify(params)}\t${JSON.stringify(first)}\n`);
    if (first.nextCursor === null) continue;
    const second = await searchArticles(dependencies, { ...params, cursor: first.nextCursor });
    process.stdout.write(`page 2\t${JSON.stringify(params)}\t${JSON.stringify(second)}\n`);
  }
}
await index.close();
