import type Database from 'better-sqlite3';

/** Changes kept in `article_facts_changes`: a reader further behind loads every row again. */
export const CHANGES_KEPT = 20_000;

// Every row `article_facts` gains or loses, in order, so that a reader's copies of per-article
// rows (`FacetColumns`, `ArticleLengths`) follow a write by reading the few rows it changed
// instead of all of them. A replaced article is a delete and an insert, two entries. Triggers
// write it in the article's own transaction; the oldest entries go as new ones come, so it
// holds the last `CHANGES_KEPT`.
// Created on every open, as `object_etags` is: a file made without it gains it and the readers
// load their columns whole once, so the layout's version (and a rebuild of the index) stays.
const CHANGES_SCHEMA = `
CREATE TABLE IF NOT EXISTS article_facts_changes (
  seq INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL
) STRICT;

CREATE TRIGGER IF NOT EXISTS article_facts_changes_on_insert AFTER INSERT ON article_facts BEGIN
  INSERT INTO article_facts_changes (doc) VALUES (NEW.doc);
END;

CREATE TRIGGER IF NOT EXISTS article_facts_changes_on_delete AFTER DELETE ON article_facts BEGIN
  INSERT INTO article_facts_changes (doc) VALUES (OLD.doc);
END;

CREATE TRIGGER IF NOT EXISTS article_facts_changes_kept AFTER INSERT ON article_facts_changes
BEGIN
  DELETE FROM article_facts_changes WHERE seq <= NEW.seq - ${CHANGES_KEPT};
END;
`;

/** Creates the change log of `article_facts` when the file lacks it (see `ArticleChangeFollower`). */
export function applyFacetChangesSchema(db: Database.Database): void {
  db.exec(CHANGES_SCHEMA);
}

/** A connection's copy of some per-article rows, read whole or by the articles that changed. */
export interface ArticleRowsCopy {
  /** Reads every row again. */
  load(): void;
  /** Reads the rows of these articles again: gone, replaced or new. */
  update(changed: readonly number[]): void;
}

/**
 * A connection's reading of `article_facts_changes`, in the caller's read transaction: where
 * the log ends, and which articles changed after a point of it, or that it cannot tell.
 */
export class ChangeLog {
  private readonly hasLog: Database.Statement<[], unknown>;
  // Prepared when the file has the log (a statement cannot be prepared on a missing table).
  private log?: {
    last: Database.Statement<[], unknown>;
    first: Database.Statement<[], unknown>;
    changed: Database.Statement<[number], unknown>;
  };

  constructor(private readonly db: Database.Database) {
    this.hasLog = db
      .prepare(
        "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'article_facts_changes'",
      )
      .pluck();
  }

  /** The last change the log holds (0 when empty), or null on a file without the log. */
  last(): number | null {
    if (this.hasLog.get() === 0) return null;
    this.log ??= {
      last: this.db.prepare('SELECT coalesce(max(seq), 0) FROM article_facts_changes').pluck(),
      first: this.db.prepare('SELECT min(seq) FROM article_facts_changes').pluck(),
      changed: this.db
        .prepare('SELECT DISTINCT doc FROM article_facts_changes WHERE seq > ? ORDER BY doc')
        .pluck(),
    };
    return Number(this.log.last.get());
  }

  /**
   * The articles changed after change `seq`, up to `last` (as `last()` returned it in this
   * transaction), in row id order; or null when the log cannot tell: `seq` ahead of its end or
   * behind its start (a file built again), or more than `CHANGES_KEPT` changes behind.
   */
  changedSince(seq: number, last: number): number[] | null {
    const log = this.log;
    if (log === undefined || last < seq || last - seq >= CHANGES_KEPT) return null;
    const first = log.first.get();
    if (typeof first === 'number' && first > seq + 1) return null;
    return log.changed.all(seq) as number[];
  }
}

/**
 * Keeps a copy ({@link ArticleRowsCopy}) following the index through `article_facts_changes`
 * (written by triggers, above): in the caller's read transaction, the log says which articles
 * changed since the copy was last brought up to date, and only those are read again. A copy
 * more than `CHANGES_KEPT` changes behind, never read, or on a file whose log restarted (built
 * again) is read whole; on a file without the log, it is read whole whenever the connection's
 * `data_version` and own writes (`version`) move.
 */
export class ArticleChangeFollower {
  private loaded = false;
  /** The last change the copy holds; null when read from a file without the change log. */
  private seq: number | null = null;
  /** Without a change log: the `version` the copy was read at. */
  private version = '';
  private readonly log: ChangeLog;

  constructor(
    db: Database.Database,
    private readonly copy: ArticleRowsCopy,
  ) {
    this.log = new ChangeLog(db);
  }

  /** Brings the copy up to date with the current read transaction. */
  sync(version: string): void {
    const last = this.log.last();
    if (last === null) {
      if (!this.loaded || version !== this.version) this.load(null);
      this.version = version;
      return;
    }
    const seq = this.loaded ? this.seq : null;
    if (seq === last) return;
    // Never read, or read without the log: every row again; else the changed ones, if the log
    // can tell them.
    const changed = seq === null ? null : this.log.changedSince(seq, last);
    if (changed === null) {
      this.load(last);
      return;
    }
    this.copy.update(changed);
    this.seq = last;
  }

  private load(seq: number | null): void {
    this.copy.load();
    this.seq = seq;
    this.loaded = true;
  }
}
