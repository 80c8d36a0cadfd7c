/**
 * CPU of a reader thread's first common-word search after its warm-up (local/readers/
 * search-worker.ts), with and without loading the article lengths in the warm-up: a fresh
 * connection and searcher each time, alternated.
 *
 *   npx tsx bench/scale/first-search.ts /tmp/copy-of-a100k
 */
import Database from 'better-sqlite3';
import { registerFunctions } from '../../functions/adapters/embedded-index/article-facts.ts';
import { ArticleSearch } from '../../functions/adapters/embedded-index/article-search.ts';
import { parseQuery } from '../../functions/core/search/query-parser.ts';
import { WARM_UP_QUERY } from '../../local/readers/warm-up.ts';

const dataDir = process.argv[2] ?? '/tmp/archive-10k';
const words = ['folder', 'status', 'display', 'given', 'caspian'];

function firstSearch(word: string, loadLengths: boolean): number {
  const db = new Database(`${dataDir}/articles.sqlite`, { readonly: true, fileMustExist: true });
  registerFunctions(db);
  const searcher = new ArticleSearch(db);
  searcher.search({ text: WARM_UP_QUERY, clauses: parseQuery(WARM_UP_QUERY), size: 11 });
  searcher.search({ text: '', clauses: [], size: 11, collapse: true });
  if (loadLengths) searcher.warmUp();
  const started = process.cpuUsage();
  searcher.search({ text: word, clauses: parseQuery(word), size: 11 });
  const used = process.cpuUsage(started);
  db.close();
  return (used.user + used.system) / 1000;
}

for (const word of words) firstSearch(word, true); // the page cache and the code
const times: Record<string, number[]> = { without: [], with: [] };
for (let round = 0; round < 3; round++) {
  for (const word of words) {
    times.without?.push(firstSearch(word, false));
    times.with?.push(firstSearch(word, true));
  }
}
for (const [name, list] of Object.entries(times)) {
  list.sort((a, b) => a - b);
  const median = list[Math.floor(list.length / 2)] ?? 0;
  process.stdout.write(
    `${name} the lengths in the warm-up: first common-word search CPU median ${median.toFixed(1)} ms (${list.map((t) => t.toFixed(0)).join(' ')})\n`,
  );
}
