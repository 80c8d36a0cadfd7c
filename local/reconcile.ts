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

/**
 * Compares a bucket with the index page by page: the index's objects and failures are held as
 * maps, each page of the bucket is compared as it comes and let go, and what no page named is
 * left to remove. A 100,000-object bucket is never held whole.
 */
export class ReconciliationPlanner {
  private readonly indexedByKey: Map<string, IndexedObject>;
  private readonly failedAt: Map<string, Date>;

  constructor(
    bucket: string,
    indexed: readonly IndexedObject[],
    failures: readonly IngestFailure[],
  ) {
    this.indexedByKey = new Map();
    for (const o of indexed) if (o.bucket === bucket) this.indexedByKey.set(o.key, o);
    this.failedAt = new Map(
      failures.filter((f) => f.bucket === bucket).map((f) => [f.key, new Date(f.failedAt)]),
    );
  }

  /** Indexed objects of the bucket, before any page was compared. */
  get indexed(): number {
    return this.indexedByKey.size;
  }

  /** What one page of the bucket needs (its `remove` is always empty; see `remaining`). */
  page(objects: readonly BucketObject[]): ReconciliationPlan {
    const plan: ReconciliationPlan = { create: [], remove: [], alreadyRejected: [] };
    for (const object of objects) {
      const entry = this.indexedByKey.get(object.key);
      this.indexedByKey.delete(object.key);
      if (entry) {
        if (isNewerThanIndexed(object, entry)) plan.create.push(object);
        continue;
      }
      const rejectedAt = this.failedAt.get(object.key);
      if (rejectedAt && object.lastModified && rejectedAt >= object.lastModified) {
        plan.alreadyRejected.push(object);
      } else {
        plan.create.push(object);
      }
    }
    return plan;
  }

  /** Indexed objects no page of the bucket named: gone from the bucket. */
  remaining(): IndexedObject[] {
    return [...this.indexedByKey.values()];
  }
}

/** Compares a bucket listing with the index (and its failure log) for that bucket. */
export function planReconciliation(
  bucket: string,
  objects: readonly BucketObject[],
  indexed: readonly IndexedObject[],
  failures: readonly IngestFailure[],
): ReconciliationPlan {
  const planner = new ReconciliationPlanner(bucket, indexed, failures);
  const plan = planner.page(objects);
  plan.remove.push(...planner.remaining());
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
  const planner = new ReconciliationPlanner(
    deps.bucket,
    await deps.index.listObjects(),
    await deps.index.listFailures(FAILURE_SCAN_LIMIT),
  );
  const summary: ReconcileSummary = {
    inBucket: 0,
    indexed: planner.indexed,
    created: 0,
    removed: 0,
    alreadyRejected: 0,
  };
  const sourceIp = '127.0.0.1';
  for await (const objects of deps.list(deps.bucket)) {
    const plan = planner.page(objects);
    summary.inBucket += objects.length;
    summary.created += plan.create.length;
    summary.alreadyRejected += plan.alreadyRejected.length;
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
  }
  const remove = planner.remaining();
  summary.removed = remove.length;
  for (const entry of remove) {
    deps.publish(
      { eventName: 'ObjectRemoved:Delete', bucket: deps.bucket, key: entry.key, sourceIp },
      deps.sequencer,
    );
  }
  return summary;
}
