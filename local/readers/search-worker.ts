import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { registerFunctions } from '../../functions/adapters/embedded-index/article-facts.ts';
import { ArticleSearch } from '../../functions/adapters/embedded-index/article-search.ts';
import { DEFAULT_BUDGET } from '../../functions/adapters/embedded-index/frequent-terms.ts';
import { parseQuery } from '../../functions/core/search/query-parser.ts';
import type { SearchPage, SearchQuery } from '../../functions/core/search/search-query.ts';
import { stepWhileIdle } from './idle-steps.ts';
import { WARM_UP_QUERY } from './warm-up.ts';

/** A search for a reader thread, and its answer. */
export interface SearchRequest {
  id: number;
  query: SearchQuery;
}
export type SearchReply =
  | { id: number; page: SearchPage }
  | { id: number; error: string }
  | { ready: true }
  /** Something the thread cannot go on doing, for the stack's log. */
  | { trouble: string };

// One reader of the index file: its own read-only connection (WAL lets it read while the
// ingest writes), its own statements and caches, which `data_version` keeps current.
const port = parentPort;
if (port === null) throw new Error('the search reader must run in a worker thread');
const { file } = workerData as { file: string };
const db = new Database(file, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
registerFunctions(db);
const searcher = new ArticleSearch(db);

// Warmed before it answers: the first search of a fresh thread also compiled the search code,
// read the translation lexicon and the stemmers and prepared its statements (0.6–3 s at 100k
// articles), and the first search loads the connection's facet columns, every article's facts
// (facet-columns.ts: 0.2 s of CPU at 100k) and the first common word the articles' lengths
// (form-scores.ts: about 41 ms at 100k).
// The answers are thrown away, and an index that cannot answer yet says so on the first real
// search.
try {
  searcher.search({ text: WARM_UP_QUERY, clauses: parseQuery(WARM_UP_QUERY), size: 11 });
  // The search page opens on the newest articles; a browse also loads the facet columns.
  searcher.search({ text: '', clauses: [], size: 11, collapse: true });
  searcher.warmUp();
} catch {
  // Not ours to report: the real searches meet the same state and report it.
}
port.postMessage({ ready: true } satisfies SearchReply);

// The frequent terms' postings (frequent-terms.ts), which only a reader keeps: about 5 s of CPU
// at 100,000 articles, read in steps when the reader has had no search for `IDLE_MS`, each step
// followed by a pause as long as it took. Read while searches come (whole in the warm-up, or
// step by step between them), they took the CPU the searches needed on two shared cores: the
// scale bench's sequential pass, which starts with the readers, went from p50 13-21 to 35-45 ms.
const IDLE_MS = 250;
// Then, every `CHECK_MS` of idleness, whether the terms chosen still fit the index (one or two
// small queries: the log's end, and the articles' count when it moved): a reader started on an
// empty or small index, or one whose terms an import left too far behind, chooses and reads
// them again, in idle steps as at start (frequent-terms.ts, `selectionStale`).
const CHECK_MS = 5_000;
let lastSearch = performance.now();
const trouble = (doing: string, error: unknown) =>
  port.postMessage({
    trouble: `a search reader stopped ${doing} the frequent terms' postings: ${error instanceof Error ? error.message : String(error)}`,
  } satisfies SearchReply);

function readFrequentTerms(): void {
  searcher.startFrequentTerms(DEFAULT_BUDGET);
  stepWhileIdle({
    step: () => {
      if (searcher.frequentTermsStep()) return true;
      setTimeout(checkFrequentTerms, CHECK_MS).unref();
      return false;
    },
    idleMs: IDLE_MS,
    lastBusy: () => lastSearch,
    // The postings stay as far as they were read (the searches keep them up to date, and list
    // the rest out of FTS5, slower): the stack logs why.
    failed: (error) => trouble('reading', error),
  });
}

function checkFrequentTerms(): void {
  const idle = performance.now() - lastSearch;
  if (idle < IDLE_MS) {
    setTimeout(checkFrequentTerms, CHECK_MS).unref();
    return;
  }
  let stale: boolean;
  try {
    stale = searcher.frequentTermsStale();
  } catch (error) {
    trouble('checking', error);
    return;
  }
  if (stale) readFrequentTerms();
  else setTimeout(checkFrequentTerms, CHECK_MS).unref();
}

readFrequentTerms();

port.on('message', (request: SearchRequest) => {
  lastSearch = performance.now();
  let reply: SearchReply;
  try {
    const page = searcher.search(request.query);
    // Snippets are made here, on this thread, as the hits are copied into the reply.
    reply = { id: request.id, page: { ...page, hits: page.hits.map((hit) => ({ ...hit })) } };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
  lastSearch = performance.now();
});
