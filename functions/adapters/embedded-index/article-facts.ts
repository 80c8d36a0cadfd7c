import type Database from 'better-sqlite3';
import { UNDATED_DAY } from '../../core/search/ranking.ts';
import { foldSource } from '../../core/search/search-query.ts';

// Browse sort value of an undated article (-1e15, written out: SQL has no exponent for integers).
const UNDATED = BigInt(UNDATED_DAY).toString();

// `article_facts` holds what a search filters, counts and browses by, one narrow row per
// article: reading `language` from `articles` meant reading each matching article's whole row
// (its body included), which cost more than the full-text match itself. Triggers keep it in step
// with `articles` in the very transaction that writes it, as story_bands is kept. `day` is the
// publication day (days since 1970, the browse order and the cursor's value), `source` is folded
// for the case-insensitive filter (the fold_source function, registered on every connection).
// `language_counts` (version 8) keeps the number of articles per language, kept by triggers on
// `article_facts`: the number of articles (BM25's idf) without counting rows. Facets and totals
// are counted over a reader's in-memory copy of this table (facet-columns.ts), which follows it
// through `article_facts_changes`.
// `story_id` and `source_name` (the source as the article spells it, for the source facet)
// since version 10: collapsing a result list by story and counting sources read them here.
export const FACTS_SCHEMA = `
CREATE TABLE IF NOT EXISTS article_facts (
  doc INTEGER PRIMARY KEY,
  id TEXT NOT NULL,
  language TEXT NOT NULL,
  day INTEGER NOT NULL,
  published_at TEXT,
  source TEXT,
  story_id TEXT NOT NULL DEFAULT '',
  source_name TEXT
) STRICT;

CREATE INDEX IF NOT EXISTS article_facts_newest_first ON article_facts (day DESC, id);

CREATE INDEX IF NOT EXISTS article_facts_by_story ON article_facts (story_id);

CREATE TRIGGER IF NOT EXISTS article_facts_on_insert AFTER INSERT ON articles BEGIN
  DELETE FROM article_facts WHERE doc = NEW.doc;
  INSERT INTO article_facts (doc, id, language, day, published_at, source, story_id, source_name)
  VALUES (NEW.doc, NEW.id, NEW.language,
    coalesce(unixepoch(NEW.published_at) / 86400, ${UNDATED}), NEW.published_at,
    fold_source(NEW.source), NEW.story_id, NEW.source);
END;

CREATE TRIGGER IF NOT EXISTS article_facts_on_update AFTER UPDATE ON articles BEGIN
  DELETE FROM article_facts WHERE doc = OLD.doc;
  INSERT INTO article_facts (doc, id, language, day, published_at, source, story_id, source_name)
  VALUES (NEW.doc, NEW.id, NEW.language,
    coalesce(unixepoch(NEW.published_at) / 86400, ${UNDATED}), NEW.published_at,
    fold_source(NEW.source), NEW.story_id, NEW.source);
END;

CREATE TRIGGER IF NOT EXISTS article_facts_on_delete AFTER DELETE ON articles BEGIN
  DELETE FROM article_facts WHERE doc = OLD.doc;
END;

CREATE TABLE IF NOT EXISTS language_counts (
  language TEXT PRIMARY KEY,
  count INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TRIGGER IF NOT EXISTS language_counts_on_insert AFTER INSERT ON article_facts BEGIN
  INSERT INTO language_counts (language, count) VALUES (NEW.language, 1)
  ON CONFLICT (language) DO UPDATE SET count = count + 1;
END;

CREATE TRIGGER IF NOT EXISTS language_counts_on_delete AFTER DELETE ON article_facts BEGIN
  UPDATE language_counts SET count = count - 1 WHERE language = OLD.language;
END;
`;

/** Registers the functions the schema's triggers and the searches call, on one connection. */
export function registerFunctions(db: Database.Database): void {
  // SQLite's own lower() folds ASCII only; sources are often Cyrillic.
  db.function('fold_source', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? foldSource(value) : null,
  );
}
