import type { Article } from '../../functions/core/article.ts';
import type { IngestFailure, WriteOutcome } from '../../functions/core/ports.ts';

/** A write for the index writer's thread. */
export type WriteRequest = { id: number } & (
  | { method: 'upsert'; article: Article }
  | { method: 'upsertAll'; articles: Article[] }
  | { method: 'remove'; articleId: string; sequencer: string }
  | { method: 'recordFailure'; failure: IngestFailure }
  | { method: 'clearFailure'; bucket: string; key: string }
);

/** Its outcome, or the error with SQLite's code (busy, full, corrupt decide what happens next). */
export type WriteReply =
  | { id: number; outcome: WriteOutcome | WriteOutcome[] | null }
  | { id: number; error: { message: string; code?: string } }
  | { ready: true }
  | { failed: string };
