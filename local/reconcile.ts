import type { ArticleIndex, IndexedObject, IngestFailure } from '../functions/core/ports.ts';
import type { ObjectChange } from './s3-event-record.ts';
import { sequencerTime } from './sequencer-clock.ts';

/** One object as a bucket listing shows it. */
export interface BucketObject {
  key: string;
  size: number;
  /** S3 listings are precise to the second. */
  lastModified: Date | null;
  /** Without quotes. */
  eTag?: string;
}

/** What reconciliation must do to make the index match the bucket. */
export interface ReconciliationPlan {
  /** Objects the index lacks, or holds an older version of. */
  create: BucketObject[];
  /** Indexed objects no longer in the bucket. */
  remove: IndexedObject[];
  /** Objects already recorded as rejected since they last changed; retrying cannot help. */
  alreadyRejected: BucketObject[];
}

// An index entry is out of date when the object changed after the entry's event was issued.
// Only locally issued sequencers carry a time; otherwise the size is all there is to compare.
function isNewerThanIndexed(object: BucketObject, indexed: IndexedObject): boolean {
  if (object.size !== indexed.size) return true;
  const indexedAt = sequencerTime(indexed.sequencer);
  return indexedAt !== null && object.lastModified !== null && object.lastModified > indexedAt;
}

/** Compares a bucket listing with the index (and its failure log) for that bucket. */
export function planReconciliation(
  bucket: string,
  objects: readonly BucketObject[],
  indexed: readonly IndexedObject[],
  failures: readonly IngestFailure[],
): ReconciliationPlan {
  const indexedByKey = new Map(indexed.filter((o) => o.bucket === bucket).map((o) => [o.key, o]));
  const failedAt = new Map(
    failures.filter((f) => f.bucket === bucket).map((f) => [f.key, new Date(f.failedAt)]),
  );
  const plan: ReconciliationPlan = { create: [], remove: [], alreadyRejected: [] };
  for (const object of objects) {
    const entry = indexedByKey.get(object.key);
    indexedByKey.delete(object.key);
    if (entry) {
      if (isNewerThanIndexed(object, entry)) plan.create.push(object);
      continue;
    }
    const rejectedAt = failedAt.get(object.key);
    if (rejectedAt && object.lastModified && rejectedAt >= object.lastModified) {
      plan.alreadyRejected.push(object);
    } else {
      plan.create.push(object);
    }
  }
  plan.remove.push(...indexedByKey.values());
  return plan;
}

/** Every object of a bucket, page by page (the local server reads them from its catalog). */
export type BucketLister = (bucket: string) => AsyncIterable<BucketObject[]>;

/** What reconciliation reads and where it sends the events it makes up. */
export interface ReconcileDependencies {
  list: BucketLister;
  bucket: string;
  index: ArticleIndex;
  /** Publishes an event as if S3 had sent it, with the given sequencer. */
  publish(change: ObjectChange, sequencer: string): void;
  /** A sequencer issued before anything is listed. */
  sequencer: string;
}

/** How many objects reconciliation looked at and what it did. */
export interface ReconcileSummary {
  inBucket: number;
  indexed: number;
  created: number;
  removed: number;
  alreadyRejected: number;
}

// Upper bound on failures read back; far beyond what a local bucket holds.
const FAILURE_SCAN_LIMIT = 100_000;

/**
 * Publishes a created event for every object the index lacks and a removed event for every
 * indexed object the bucket lacks, so that changes made while nothing was listening (a crash
 * between upload and indexing, files copied in while the stack was down) are not lost.
 *
 * The index is listed before the bucket, and every event carries a sequencer issued before
 * either listing: a live event for the same key during reconciliation is issued later, so it
 * wins over the reconciliation's possibly outdated view.
 */
export async function reconcileWithBucket(deps: ReconcileDependencies): Promise<ReconcileSummary> {
  const indexed = await deps.index.listObjects();
  const failures = await deps.index.listFailures(FAILURE_SCAN_LIMIT);
  const objects: BucketObject[] = [];
  for await (const page of deps.list(deps.bucket)) objects.push(...page);
  const plan = planReconciliation(deps.bucket, objects, indexed, failures);
  const sourceIp = '127.0.0.1';
  for (const object of plan.create) {
    deps.publish(
      {
        eventName: 'ObjectCreated:Put',
        bucket: deps.bucket,
        key: object.key,
        size: object.size,
        ...(object.eTag ? { eTag: object.eTag } : {}),
        sourceIp,
      },
      deps.sequencer,
    );
  }
  for (const entry of plan.remove) {
    deps.publish(
      { eventName: 'ObjectRemoved:Delete', bucket: deps.bucket, key: entry.key, sourceIp },
      deps.sequencer,
    );
  }
  return {
    inBucket: objects.length,
    indexed: indexed.filter((o) => o.bucket === deps.bucket).length,
    created: plan.create.length,
    removed: plan.remove.length,
    alreadyRejected: plan.alreadyRejected.length,
  };
}
