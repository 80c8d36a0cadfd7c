import Database from 'better-sqlite3';
import { registerFunctions } from './article-facts.ts';

/** How long a write waits for another process holding the write lock before failing. */
const BUSY_TIMEOUT_MS = 5_000;

/**
 * Opens the index file with the settings that make an acknowledged write durable.
 *
 * WAL lets searches read while ingest writes, and lets the local server and the CLI open the same
 * file. `synchronous = FULL` fsyncs the WAL on every commit: with NORMAL a commit survives a
 * process crash but not a power loss or OS crash, and the ingest pipeline deletes the queue
 * message once a write is acknowledged, so a lost commit would be an article silently missing
 * (S3 does not resend the event). One fsync per article is cheap next to parsing the article.
 */
export function openDatabase(file: string): Database.Database {
  const db = new Database(file);
  try {
    // First, so that switching to WAL also waits for a process that holds the file.
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    const mode = db.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal') {
      // Happens on file systems without shared memory (some network mounts).
      throw new Error(`could not switch ${file} to WAL journal mode (got ${String(mode)})`);
    }
    db.pragma('synchronous = FULL');
    registerFunctions(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
