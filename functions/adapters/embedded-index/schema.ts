import type Database from 'better-sqlite3';

/** Version of the layout below, kept in `PRAGMA user_version`; bump it with a migration. */
export const SCHEMA_VERSION = 1;

// `articles.doc` is an INTEGER PRIMARY KEY so that it is a stable alias of the rowid: VACUUM may
// renumber the implicit rowid of a table keyed by text, which would detach the full-text rows
// that refer to it. The article id stays unique and is what every lookup uses.
//
// `article_terms` holds the output of our own analyser (folded, stemmed terms joined by spaces),
// because SQLite cannot call the JavaScript stemmer as a tokenizer. It is contentless: the terms
// are only ever searched, never read back (snippets come from `articles.body`), so storing them
// a second time would double the index for nothing; `contentless_delete = 1` still allows
// deleting and replacing rows. Its tokenizer splits on spaces only (every Unicode category but
// separators is a token character, diacritics kept), so each of our terms reaches the index, and
// a query phrase, exactly as the analyser produced it. bm25 needs only the index, not content.
//
// `sequencers` outlives the article: a delete leaves a tombstone, so a late, older create for the
// same object cannot bring the article back.
const CREATE_SCHEMA = `
CREATE TABLE IF NOT EXISTS articles (
  doc INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  bucket TEXT NOT NULL,
  key TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  language TEXT NOT NULL,
  language_confidence REAL NOT NULL,
  published_at TEXT,
  source TEXT,
  credits TEXT NOT NULL,
  encoding TEXT NOT NULL,
  content_type TEXT NOT NULL,
  word_count INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  size INTEGER NOT NULL,
  sequencer TEXT NOT NULL,
  indexed_at TEXT NOT NULL
) STRICT;

CREATE INDEX IF NOT EXISTS articles_by_language ON articles (language);

CREATE VIRTUAL TABLE IF NOT EXISTS article_terms USING fts5(
  title,
  body,
  names,
  content = '',
  contentless_delete = 1,
  tokenize = "unicode61 remove_diacritics 0 categories 'L* M* N* P* S* C*'"
);

CREATE TABLE IF NOT EXISTS sequencers (
  id TEXT PRIMARY KEY,
  sequencer TEXT NOT NULL,
  deleted INTEGER NOT NULL CHECK (deleted IN (0, 1))
) STRICT, WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS failures (
  bucket TEXT NOT NULL,
  key TEXT NOT NULL,
  reason TEXT NOT NULL,
  message TEXT NOT NULL,
  failed_at TEXT NOT NULL,
  PRIMARY KEY (bucket, key)
) STRICT, WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS failures_newest_first ON failures (failed_at DESC);
`;

/**
 * Creates the tables of an empty file, or checks that an existing file has our layout.
 * Safe to run on every open, also by two processes at once.
 */
export function applySchema(db: Database.Database): void {
  // IMMEDIATE takes the write lock before reading the version, so two processes opening a new
  // file at once do not both try to create it.
  db.transaction(() => {
    const version = db.pragma('user_version', { simple: true });
    if (typeof version !== 'number' || version > SCHEMA_VERSION) {
      throw new Error(
        `index file has schema version ${String(version)}; this build understands up to ${SCHEMA_VERSION}`,
      );
    }
    if (version === SCHEMA_VERSION) return;
    db.exec(CREATE_SCHEMA);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}
