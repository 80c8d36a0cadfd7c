import type Database from 'better-sqlite3';
import type { IngestFailure } from '../../core/ports.ts';
import { eTagOfRow, ObjectETags } from './object-etags.ts';
import { failureFromRow } from './rows.ts';

/** Keeps the latest ingest failure per object, where an operator can list them. */
export class FailureLog {
  private readonly upsert: Database.Statement<[IngestFailure]>;
  private readonly delete: Database.Statement<[string, string]>;
  private readonly newestFirst: Database.Statement<[number]>;
  private readonly eTags: ObjectETags;

  constructor(db: Database.Database) {
    // A later failure of the same object replaces the earlier one: only the latest reason helps.
    this.eTags = new ObjectETags(db);
    this.upsert = db.prepare(
      `INSERT INTO failures (bucket, key, reason, message, failed_at)
       VALUES (@bucket, @key, @reason, @message, @failedAt)
       ON CONFLICT (bucket, key) DO UPDATE SET
         reason = excluded.reason, message = excluded.message, failed_at = excluded.failed_at`,
    );
    this.delete = db.prepare('DELETE FROM failures WHERE bucket = ? AND key = ?');
    // ISO-8601 instants in UTC (`toISOString`) sort as text in time order.
    this.newestFirst = db.prepare(
      `SELECT f.bucket, f.key, f.reason, f.message, f.failed_at, e.etag FROM failures f
       LEFT JOIN object_etags e ON e.bucket = f.bucket AND e.key = f.key AND e.kind = 'rejected'
       ORDER BY f.failed_at DESC, f.bucket, f.key LIMIT ?`,
    );
  }

  /** Records a failure, replacing any earlier one for the same object. */
  record(failure: IngestFailure): void {
    const { eTag, ...row } = failure;
    this.upsert.run(row);
    this.eTags.set(failure.bucket, failure.key, 'rejected', eTag);
  }

  /** Forgets the failure of an object. */
  clear(bucket: string, key: string): void {
    this.delete.run(bucket, key);
    this.eTags.forgetOf(bucket, key, 'rejected');
  }

  /** Up to `limit` failures, most recent first. */
  list(limit: number): IngestFailure[] {
    // SQLite reads a negative LIMIT as "no limit".
    return this.newestFirst
      .all(Math.max(0, Math.trunc(limit)))
      .map((row) => ({ ...failureFromRow(row), ...eTagOfRow(row) }));
  }
}
