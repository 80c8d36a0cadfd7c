import { RejectedArticleError } from '../../core/errors.ts';
import { compareSequencers } from '../../core/ingest/sequencer.ts';
import type { WriteOutcome } from '../../core/ports.ts';
import * as z from '../../core/zod.ts';
import type { BulkAction, BulkItemResult, BulkSender } from './bulk-sender.ts';
import { type ArticleDocument, StoredVersion, type TombstoneDocument } from './documents.ts';
import type { IndexClient } from './index-client.ts';
import { backoffDelay, isTransientStatus, type RetryPolicy, withRetry } from './retry.ts';

/** One write to order: the document to store for an id, and the event's sequencer. */
export interface OrderedWrite {
  id: string;
  sequencer: string;
  document: ArticleDocument | TombstoneDocument;
}

/** A write the cluster refused for a reason retrying will not change (e.g. a mapping error). */
export class IndexWriteError extends Error {
  override readonly name = 'IndexWriteError';
}

interface Pending {
  write: OrderedWrite;
  resolve: (outcome: WriteOutcome) => void;
  reject: (error: unknown) => void;
  /** A conditional write for it was sent before, and may have landed. */
  sent: boolean;
}

/** The version of the document stored for an id, as the ordering decision needs it. */
interface Stored {
  sequencer: string;
  deleted: boolean;
  seqNo: number;
  primaryTerm: number;
}

const MgetDoc = z.union([
  z.object({
    _id: z.string(),
    found: z.literal(true),
    _seq_no: z.number(),
    _primary_term: z.number(),
    _source: StoredVersion,
  }),
  z.object({ _id: z.string(), found: z.literal(false) }),
  z.object({
    _id: z.string(),
    error: z.object({ type: z.string(), reason: z.nullish(z.string()) }),
  }),
]);
const MgetResponse = z.object({ docs: z.array(MgetDoc) });

/**
 * Applies writes in sequencer order per id, in OpenSearch. S3 events arrive at least once and out
 * of order, and a sequencer can exceed 64 bits, so OpenSearch's external versions cannot order
 * them; and a delete would be forgotten after `index.gc_deletes`. Instead a delete leaves a
 * tombstone document, and every write is read-compare-write with optimistic concurrency:
 *
 * 1. `_mget` the stored sequencers (real-time: no refresh needed);
 * 2. compare with `compareSequencers`, the one tested function: not newer means `stale`;
 * 3. `_bulk` the winners as `create` (nothing stored) or `index` conditional on the `_seq_no`
 *    and `_primary_term` just read, so a concurrent writer in between makes ours fail with 409
 *    instead of being overwritten or overwriting;
 * 4. read again and decide again for those that conflicted or were throttled (per-item 429).
 *
 * Writes made while another batch is in flight are coalesced into the next `_bulk`; a batch
 * holds one write per id, so a later write for the same id waits for the next batch.
 */
export class OrderedWriter {
  private queue: Pending[] = [];
  private running: Promise<void> | null = null;

  constructor(
    private readonly client: IndexClient,
    private readonly sender: BulkSender,
    private readonly options: { index: string; retry: RetryPolicy },
  ) {}

  /** Stores the document unless an event at least as new was applied for its id. */
  write(write: OrderedWrite): Promise<WriteOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ write, resolve, reject, sent: false });
      // Deferred a turn, so writes made in the same turn share one `_mget` and one `_bulk`.
      this.running ??= new Promise<void>((done) => setImmediate(done)).then(() => this.drain());
    });
  }

  /** Resolves once every write made so far has been decided. */
  async flush(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch: Pending[] = [];
        const rest: Pending[] = [];
        const ids = new Set<string>();
        for (const pending of this.queue) {
          if (ids.has(pending.write.id)) rest.push(pending);
          else {
            ids.add(pending.write.id);
            batch.push(pending);
          }
        }
        this.queue = rest;
        await this.settle(batch);
      }
    } finally {
      this.running = null;
    }
  }

  /** Decides every write of the batch, one way or the other; never throws. */
  private async settle(batch: Pending[]): Promise<void> {
    let open = batch;
    for (let round = 1; open.length > 0 && round <= this.options.retry.attempts; round++) {
      try {
        open = await this.round(open);
      } catch (error) {
        for (const pending of open) pending.reject(error);
        return;
      }
      const again = open.length > 0 && round < this.options.retry.attempts;
      if (again) await this.options.retry.sleep(backoffDelay(this.options.retry, round));
    }
    for (const pending of open) {
      pending.reject(
        new Error(
          `gave up writing ${pending.write.id}: still conflicting or throttled after ${this.options.retry.attempts} tries`,
        ),
      );
    }
  }

  /** One read-decide-write pass; returns the writes to decide again. */
  private async round(open: Pending[]): Promise<Pending[]> {
    const stored = await this.read(open.map((p) => p.write.id));
    const actions: BulkAction[] = [];
    const sent: Pending[] = [];
    for (const pending of open) {
      const { write } = pending;
      const current = stored.get(write.id);
      if (current instanceof Error) {
        pending.reject(current);
        continue;
      }
      if (current && compareSequencers(write.sequencer, current.sequencer) <= 0) {
        pending.resolve(ownEarlierAttempt(pending, current) ? 'applied' : 'stale');
        continue;
      }
      actions.push(
        current
          ? {
              op: 'index',
              id: write.id,
              document: write.document,
              ifSeqNo: current.seqNo,
              ifPrimaryTerm: current.primaryTerm,
            }
          : { op: 'create', id: write.id, document: write.document },
      );
      sent.push(pending);
    }
    if (actions.length === 0) return [];
    const results = await this.sender.send(actions);
    const again: Pending[] = [];
    sent.forEach((pending, i) => {
      pending.sent = true;
      const result = results[i] ?? { status: 0 };
      if (result.status >= 200 && result.status < 300) pending.resolve('applied');
      else if (result.status === 409 || isTransientStatus(result.status)) again.push(pending);
      else pending.reject(refusal(pending.write.id, result));
    });
    return again;
  }

  private async read(ids: string[]): Promise<Map<string, Stored | Error | null>> {
    const response = await withRetry(this.options.retry, () =>
      this.client.mget({
        index: this.options.index,
        body: { ids },
        _source_includes: ['sequencer', 'deleted'],
      }),
    );
    const found = new Map<string, Stored | Error | null>();
    for (const doc of MgetResponse.parse(response.body).docs) {
      if ('error' in doc) {
        found.set(
          doc._id,
          new Error(`could not read ${doc._id}: ${doc.error.type}: ${doc.error.reason ?? ''}`),
        );
      } else if (doc.found) {
        found.set(doc._id, { ...doc._source, seqNo: doc._seq_no, primaryTerm: doc._primary_term });
      } else {
        found.set(doc._id, null);
      }
    }
    return found;
  }
}

// A write sent before whose response was lost (a timeout, a retried request that then
// conflicted with itself) shows up stored under its own sequencer: it did apply. So does the
// same event delivered twice and written concurrently, which is the same outcome.
function ownEarlierAttempt(pending: Pending, current: Stored): boolean {
  return (
    pending.sent &&
    compareSequencers(pending.write.sequencer, current.sequencer) === 0 &&
    current.deleted === pending.write.document.deleted
  );
}

function refusal(id: string, result: BulkItemResult): Error {
  const why = `${result.error?.type ?? 'error'}: ${result.error?.reason ?? ''}`;
  if (result.status === 413) {
    // Retrying cannot shrink it: the pipeline records the file as rejected instead.
    return new RejectedArticleError(
      'too-large',
      `the article is too large for the search index (${why})`,
    );
  }
  return new IndexWriteError(
    `OpenSearch refused the write of ${id} with status ${result.status}: ${why}`,
  );
}
