import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type Database from 'better-sqlite3';

/**
 * Files up to this size get the full check at open (`PRAGMA quick_check` and FTS5's own
 * integrity check): about 9 ms per MB each on this machine (720 MB, 100,000 articles: 6.5 s
 * and 6.6 s), so a second at most here. A larger file gets the cheap checks only, and a damage
 * they miss is found by the first read that meets it (see `isCorruption`).
 */
export const FULL_CHECK_MAX_BYTES = 64 * 1024 * 1024;

const MAGIC = 'SQLite format 3\u0000';

/**
 * What is wrong with the file's header, or null: not an SQLite file, or shorter than the pages
 * its header counts (a truncated copy, a disk that filled mid-write). Reads 100 bytes.
 */
export function headerProblem(file: string): string | null {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return null; // No file yet: a new index.
  }
  if (size === 0) return null; // Created, never written: SQLite starts it afresh.
  const header = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (read < 100 || header.toString('latin1', 0, 16) !== MAGIC) {
    return 'it is not an SQLite database (its header is missing or overwritten)';
  }
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65_536 : rawPageSize;
  // The page count in the header is valid when the change counter matches "version valid for".
  const pages = header.readUInt32BE(28);
  const valid = header.readUInt32BE(24) === header.readUInt32BE(92);
  if (valid && pages > 0 && size < pages * pageSize) {
    return `it is truncated: ${size} bytes where its header counts ${pages} pages of ${pageSize}`;
  }
  return null;
}

/**
 * What a full check finds wrong with an open index, or null: SQLite's `quick_check` (every
 * page and b-tree) and FTS5's `integrity-check` (the full-text index's own structure, where
 * garbage in its pages passes SQLite's check).
 */
export function fullCheckProblem(db: Database.Database): string | null {
  const rows = db.prepare('PRAGMA quick_check(1)').pluck().all();
  if (rows[0] !== 'ok') return `SQLite's quick_check found: ${String(rows[0])}`;
  try {
    db.prepare(
      "INSERT INTO article_terms (article_terms, rank) VALUES ('integrity-check', 0)",
    ).run();
  } catch (error) {
    // A file without the table yet (a new index) has nothing to check.
    return isCorruption(error) ? `the full-text index is damaged (${describe(error)})` : null;
  }
  return null;
}

/**
 * The cheap checks every open makes: the schema and the full-text index's structure record can
 * be read. A damaged first page or structure fails here in milliseconds.
 */
export function openingProblem(db: Database.Database): string | null {
  try {
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    db.prepare("SELECT rowid FROM article_terms WHERE article_terms MATCH 'a' LIMIT 1").all();
    return null;
  } catch (error) {
    return isCorruption(error) ? describe(error) : null;
  }
}

/** Whether an error says the index file is damaged, rather than busy, full or misused. */
export function isCorruption(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB)/.test(code)) return true;
  const message = error instanceof Error ? error.message : String(error);
  return /database disk image is malformed|file is not a database|fts5: corrupt|malformed inverted index|integrity-check failed/i.test(
    message,
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
