import type Database from 'better-sqlite3';
import * as z from 'zod';

/**
 * The collection statistics a ranking was computed with: FTS5's row and token counts (its
 * `avgdl`), the article count our idf uses, and the number of articles each form of the query
 * matched. A cursor carries them, so that the next page is ranked as the first one was even
 * when articles were added or removed in between: relevance depends on these statistics, and
 * with fresh ones every score moves, so a cursor's position would land elsewhere in the list
 * and repeat or skip articles (issue 15).
 */
export interface RankingStatistics {
  rows: number;
  tokens: number;
  articles: number;
  /** Articles matched by each form of the query, in the order of its forms. */
  matched: number[];
}

const Statistics = z.tuple([
  z.number().int().nonnegative(),
  z.number().int().nonnegative(),
  z.number().int().nonnegative(),
  z.array(z.number().int().nonnegative()).max(1024),
]);

/** The statistics as the opaque text a cursor carries. */
export function encodeStatistics(statistics: RankingStatistics): string {
  const { rows, tokens, articles, matched } = statistics;
  return JSON.stringify([rows, tokens, articles, matched]);
}

/**
 * The statistics a cursor carried, or null when they are not ours or do not fit a query of
 * `forms` forms (a cursor used with another query): that page is then ranked afresh.
 */
export function decodeStatistics(
  snapshot: string | undefined,
  forms: number,
): RankingStatistics | null {
  if (snapshot === undefined) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(snapshot);
  } catch {
    return null;
  }
  const result = Statistics.safeParse(parsed);
  if (!result.success || result.data[3].length !== forms || result.data[0] === 0) return null;
  const [rows, tokens, articles, matched] = result.data;
  return { rows, tokens, articles, matched };
}

/** FTS5's varints: big-endian groups of seven bits, the high bit set on all but the last. */
function varints(bytes: Uint8Array): number[] {
  const values: number[] = [];
  let value = 0;
  for (const byte of bytes) {
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) {
      values.push(value);
      value = 0;
    }
  }
  return values;
}

function isBytes(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array;
}

/**
 * Registers the functions that read FTS5's own statistics, which its bm25 uses: the averages
 * record (row count, then tokens per column) and an article's length in tokens (`%_docsize`).
 * A page ranked with a cursor's statistics recomputes bm25 from them exactly as FTS5 does.
 */
export function registerRankingFunctions(db: Database.Database): void {
  db.function('fts_rows', { deterministic: true }, (block: unknown) =>
    isBytes(block) ? (varints(block)[0] ?? 0) : 0,
  );
  db.function('fts_tokens', { deterministic: true }, (block: unknown) =>
    isBytes(block)
      ? varints(block)
          .slice(1)
          .reduce((sum, n) => sum + n, 0)
      : 0,
  );
  db.function('fts_length', { deterministic: true }, (sizes: unknown) =>
    isBytes(sizes) ? varints(sizes).reduce((sum, n) => sum + n, 0) : 0,
  );
}
