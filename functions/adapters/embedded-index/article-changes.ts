import type Database from 'better-sqlite3';

/** Changes kept in `article_facts_changes`: a reader further behind loads every row again. */
export const CHANGES_KEPT = 20_000;

// Every row `article_facts` gains or loses, in order, so that a reader's copies of per-article
// rows (`FacetColumns`, `ArticleLengths`, the frequent terms' postings) follow a write by
// reading the few rows it changed instead of all of them. A replaced article is a delete and an
// insert, two entries. Triggers write it in the article's own transaction; the oldest entries
// go as new ones come, so it holds the last `CHANGES_KEPT`.
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

// The log's numbers start again from 1 whenever the log is made anew: in a file built again in
// place by another process (a build of another schema version empties the file and writes the
// bucket into it anew, under the connections open on it), or after the log was dropped. A
// reader at change N of the old log then took the new log's entries after N for the changes
// since (and, at exactly N, saw no change at all), though every article and row id had gone.
// So each log has an epoch, 64 random bits drawn when the log is made, in the same transaction,
// and read with the log's end: a position of another epoch is no position in this log.
// An existing file gains the table (and an epoch) on its next open by the stack, as the log
// itself was added; until then its readers follow it as a file without the log.
const EPOCH_SCHEMA = `
CREATE TABLE IF NOT EXISTS article_facts_changes_epoch (
  epoch TEXT NOT NULL
) STRICT;
`;

/**
 * Creates the change log of `article_facts` when the file lacks it (see `ArticleChangeFollower`),
 * with a new epoch when the log itself is new. Safe on every open, by several processes at once.
 */
export function applyFacetChangesSchema(db: Database.Database): void {
  const hasTable = db
    .prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?")
    .pluck();
  // IMMEDIATE: two processes opening the file at once do not both draw an epoch.
  db.transaction(() => {
    const newLog = hasTable.get('article_facts_changes') === 0;
    db.exec(CHANGES_SCHEMA);
    db.exec(EPOCH_SCHEMA);
    if (newLog) db.exec('DELETE FROM article_facts_changes_epoch');
    db.exec(`INSERT INTO article_facts_changes_epoch (epoch)
      SELECT lower(hex(randomblob(8)))
      WHERE NOT EXISTS (SELECT 1 FROM article_facts_changes_epoch)`);
  }).immediate();
}

/** A point of the change log: its epoch and a change's number in it. */
export interface LogPoint {
  readonly epoch: string;
  readonly seq: number;
}

/** Whether two points are the same point of the same log. */
export function samePoint(a: LogPoint, b: LogPoint): boolean {
  return a.seq === b.seq && a.epoch === b.epoch;
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
        `SELECT count(*) FROM sqlite_schema WHERE type = 'table'
         AND name IN ('article_facts_changes', 'article_facts_changes_epoch')`,
      )
      .pluck();
  }

  /**
   * The last change the log holds (seq 0 when empty), or null on a file without the log or
   * without its epoch (made by an earlier build: it cannot tell a log made again).
   */
  last(): LogPoint | null {
    if (this.hasLog.get() !== 2) return null;
    this.log ??= {
      last: this.db
        .prepare(
          `SELECT (SELECT epoch FROM article_facts_changes_epoch LIMIT 1),
             (SELECT coalesce(max(seq), 0) FROM article_facts_changes)`,
        )
        .raw(),
      first: this.db.prepare('SELECT min(seq) FROM article_facts_changes').pluck(),
      changed: this.db
        .prepare('SELECT DISTINCT doc FROM article_facts_changes WHERE seq > ? ORDER BY doc')
        .pluck(),
    };
    const [epoch, seq] = this.log.last.get() as [string | null, number];
    return epoch === null ? null : { epoch, seq: Number(seq) };
  }

  /**
   * The articles changed after point `from`, up to `last` (as `last()` returned it in this
   * transaction), in row id order; or null when the log cannot tell: `from` of another log
   * (the file built again), ahead of its end or behind its start, or more than `CHANGES_KEPT`
   * changes behind.
   */
  changedSince(from: LogPoint, last: LogPoint): number[] | null {
    const log = this.log;
    const seq = from.seq;
    if (log === undefined || from.epoch !== last.epoch) return null;
    if (last.seq < seq || last.seq - seq >= CHANGES_KEPT) return null;
    const first = log.first.get();
    if (typeof first === 'number' && first > seq + 1) return null;
    return log.changed.all(seq) as number[];
  }
}

/**
 * Keeps a copy ({@link ArticleRowsCopy}) following the index through `article_facts_changes`
 * (written by triggers, above): in the caller's read transaction, the log says which articles
 * changed since the copy was last brought up to date, and only those are read again. A copy
 * more than `CHANGES_KEPT` changes behind, never read, or on a file whose log was made again
 * (another epoch: the file built again) is read whole; on a file without the log (or its
 * epoch), it is read whole whenever the connection's `data_version` and own writes
 * (`version`) move.
 */
export class ArticleChangeFollower {
  private loaded = false;
  /** The last change the copy holds; null when read from a file without the change log. */
  private seq: LogPoint | null = null;
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
    if (seq !== null && samePoint(seq, last)) return;
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

  private load(seq: LogPoint | null): void {
    this.copy.load();
    this.seq = seq;
    this.loaded = true;
  }
}
