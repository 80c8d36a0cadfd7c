import type Database from 'better-sqlite3';

/** Which of an object's records an ETag belongs to. */
export type ETagKind = 'indexed' | 'rejected';

// The ETag of the object version each article was made from, and of the version each recorded
// failure was about. Reconciliation compares them with the bucket's: an overwrite within the
// same second keeps the size and the listed time, and only the ETag tells the versions apart.
//
// A table of its own, created on every open, rather than a column of `articles`: the listing
// reconciliation walks reads `articles_by_key` alone (a column after `body` would cost a read
// of the whole row), and a file written by a build without the table simply has no ETags, which
// reconciliation reads as "compare by size and time", as before.
const CREATE_TABLE = `
CREATE TABLE IF NOT EXISTS object_etags (
  bucket TEXT NOT NULL,
  key TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('indexed', 'rejected')),
  etag TEXT NOT NULL,
  PRIMARY KEY (bucket, key, kind)
) STRICT, WITHOUT ROWID`;

/** Creates the ETag table when the file lacks it. */
export function applyObjectETagSchema(db: Database.Database): void {
  db.exec(CREATE_TABLE);
}

/** Keeps the ETag of the version behind each article and each failure. */
export class ObjectETags {
  private readonly save: Database.Statement<[string, string, ETagKind, string]>;
  private readonly forget: Database.Statement<[string, string, ETagKind]>;

  constructor(db: Database.Database) {
    this.save = db.prepare(
      `INSERT INTO object_etags (bucket, key, kind, etag) VALUES (?, ?, ?, ?)
       ON CONFLICT (bucket, key, kind) DO UPDATE SET etag = excluded.etag`,
    );
    this.forget = db.prepare('DELETE FROM object_etags WHERE bucket = ? AND key = ? AND kind = ?');
  }

  /** Records the version's ETag, or forgets an older one when this version has none. */
  set(bucket: string, key: string, kind: ETagKind, eTag: string | undefined): void {
    if (eTag === undefined) this.forget.run(bucket, key, kind);
    else this.save.run(bucket, key, kind, eTag);
  }

  forgetOf(bucket: string, key: string, kind: ETagKind): void {
    this.forget.run(bucket, key, kind);
  }
}

/** The ETag column a listing joined from `object_etags`, when there is one. */
export function eTagOfRow(row: unknown): { eTag?: string } {
  const eTag = (row as { etag?: unknown } | null)?.etag;
  return typeof eTag === 'string' ? { eTag } : {};
}
