import type Database from 'better-sqlite3';
import * as z from 'zod';
import {
  addStoryFacts,
  countStoredLanguages,
  FACTS_SCHEMA,
  factsOfStoredArticles,
  storyFactsOfStoredArticles,
} from './article-facts.ts';
import { articleTerms } from './article-terms.ts';
import { addLanguageColumns, describeStoredLanguages } from './language-columns.ts';
import {
  addStoryColumns,
  fingerprintStoredArticles,
  rebuildStoryBlocks,
  STORY_SCHEMA,
} from './story-bands.ts';

/** Version of the layout below, kept in `PRAGMA user_version`; bump it with a migration. */
export const SCHEMA_VERSION = 11;

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
// `translit` (version 2) holds the Latin transliteration keys of names, so that `Kosherbayev`
// finds `Кошербаев` and back.
//
// `place`, `decode_errors`, `fingerprint` and `story_id` (version 3) come from normalisation;
// `story_bands` (story-bands.ts) indexes fingerprints for the near-duplicate lookup.
//
// `languages` (JSON: every language found paragraph by paragraph, with its share) and `script`
// (version 4) come from language identification; see language-columns.ts for older rows.
//
// `sounds` (version 5) holds the sound keys of names (`Купер` → `c:kpr`), so that `Cooper`
// finds `Купер`; the full-text table of an older file is rebuilt from the stored articles.
//
// `article_facts` (version 6, article-facts.ts) holds the narrow columns searches filter, count
// and browse by; `story_bands` holds 16-bit blocks since version 6, with the whole fingerprint
// since version 7, as two integers measured in SQL since version 10 (story-bands.ts);
// `language_counts` since version 8 (article-facts.ts).
// `articles_by_key` (version 9) lists a bucket's objects in key order from the index alone,
// for reconciliation page by page (the columns after `body` cost a read of the whole row).
// `article_facts` gains `story_id` and `source_name` in version 10 (collapsing by story, the
// source facet).
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
  indexed_at TEXT NOT NULL,
  place TEXT,
  decode_errors INTEGER NOT NULL DEFAULT 0,
  fingerprint TEXT NOT NULL DEFAULT '0000000000000000',
  story_id TEXT NOT NULL DEFAULT '',
  languages TEXT NOT NULL DEFAULT '[]',
  script TEXT NOT NULL DEFAULT 'Zyyy'
) STRICT;

CREATE INDEX IF NOT EXISTS articles_by_language ON articles (language);

CREATE INDEX IF NOT EXISTS articles_by_key ON articles (bucket, key, size, sequencer, id);

CREATE VIRTUAL TABLE IF NOT EXISTS article_terms USING fts5(
  title,
  body,
  names,
  translit,
  sounds,
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
    // An FTS5 table cannot gain a column, and the terms of names changed with version 5, so an
    // older file's full-text table is rebuilt from the stored articles.
    if (version >= 1 && version < 5) db.exec('DROP TABLE article_terms');
    if (version >= 1 && version < 3) addStoryColumns(db);
    if (version >= 1 && version < 4) addLanguageColumns(db);
    // Two branches of work each numbered their change 10: a file of either is brought to 11
    // (the story blocks rebuilt, the story facts added where they are missing).
    if (version >= 3 && version < 11) rebuildStoryBlocks(db);
    const lacksStoryFacts =
      version >= 6 &&
      version < 11 &&
      !db.prepare("SELECT 1 FROM pragma_table_info('article_facts') WHERE name = 'story_id'").get();
    if (lacksStoryFacts) addStoryFacts(db);
    db.exec(CREATE_SCHEMA);
    db.exec(STORY_SCHEMA);
    db.exec(FACTS_SCHEMA);
    if (version >= 1 && version < 5) indexStoredArticles(db);
    if (version >= 1 && version < 3) fingerprintStoredArticles(db);
    if (version >= 1 && version < 4) describeStoredLanguages(db);
    if (version >= 1 && version < 6) factsOfStoredArticles(db);
    if (version >= 1 && version < 8) countStoredLanguages(db);
    if (lacksStoryFacts) storyFactsOfStoredArticles(db);
    if (version >= 1 && version < 9) {
      db.exec(
        'CREATE INDEX IF NOT EXISTS articles_by_key ON articles (bucket, key, size, sequencer, id)',
      );
    }
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}

const StoredText = z.object({ doc: z.number(), title: z.string(), body: z.string() });

/** Fills `article_terms` from `articles`, for a file whose full-text table was rebuilt. */
function indexStoredArticles(db: Database.Database): void {
  const insert = db.prepare(
    'INSERT INTO article_terms (rowid, title, body, names, translit, sounds) VALUES (?, ?, ?, ?, ?, ?)',
  );
  // `all` rather than `iterate`: better-sqlite3 runs no other statement while one iterates.
  for (const row of db.prepare('SELECT doc, title, body FROM articles').all()) {
    const { doc, title, body } = StoredText.parse(row);
    const terms = articleTerms(title, body);
    insert.run(doc, terms.title, terms.body, terms.names, terms.translit, terms.sounds);
  }
}
