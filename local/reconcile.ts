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

// An index entry is out of date when it was made from another version of the object. The ETag
// says so exactly: an overwrite within the same second keeps the size and the listed time (S3
// lists times to the second). Entries without one (written by an older build, or by a store that
// gave none) fall back to the size and the time the entry's event was issued; only locally issued
// sequencers carry a time.
function isNewerThanIndexed(object: BucketObject, indexed: IndexedObject): boolean {
  if (object.eTag !== undefined && indexed.eTag !== undefined) return object.eTag !== indexed.eTag;
  if (object.size !== indexed.size) return true;
  const indexedAt = sequencerTime(indexed.sequencer);
  return indexedAt !== null && object.lastModified !== null && object.lastModified >= indexedAt;
}

// A recorded rejection stands for the bucket's object only when it was about that very version.
// Without ETags on both sides, only a failure recorded a whole second after the listed time can
// be about it: the listing rounds the time down, so a version written later in that second would
// otherwise pass as already rejected.
function isRejectedVersion(object: BucketObject, failure: IngestFailure): boolean {
  if (object.eTag !== undefined && failure.eTag !== undefined) return object.eTag === failure.eTag;
  const failedAt = Date.parse(failure.failedAt);
  const { lastModified } = object;
  return lastModified !== null && failedAt >= lastModified.getTime() + 1_000;
}

/** Orders keys as S3 lists them: by the bytes of their UTF-8. */
export function compareKeys(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** What one step of the walk decided, for one key. */
type Step =
  | { action: 'create'; object: BucketObject; indexed: boolean }
  | { action: 'rejected'; object: BucketObject }
  | { action: 'remove'; entry: IndexedObject }
  | { action: 'keep' };

/**
 * Walks a bucket's listing and the index's objects side by side, both in key order, and says
 * what each key needs: neither is ever held whole, so a 100,000-object bucket costs a page of
 * each in memory.
 */
export async function* walkReconciliation(
  objects: AsyncIterable<BucketObject>,
  indexed: AsyncIterable<IndexedObject>,
  failures: readonly IngestFailure[],
  bucket: string,
): AsyncGenerator<Step> {
  const failureOf = new Map(failures.filter((f) => f.bucket === bucket).map((f) => [f.key, f]));
  const bucketSide = objects[Symbol.asyncIterator]();
  const indexSide = indexed[Symbol.asyncIterator]();
  let object = await bucketSide.next();
  let entry = await indexSide.next();
  while (!object.done || !entry.done) {
    const order = object.done
      ? 1
      : entry.done
        ? -1
        : compareKeys(object.value.key, entry.value.key);
    if (order > 0 && !entry.done) {
      yield { action: 'remove', entry: entry.value };
      entry = await indexSide.next();
    } else if (order < 0 && !object.done) {
      const failure = failureOf.get(object.value.key);
      yield failure && isRejectedVersion(object.value, failure)
        ? { action: 'rejected', object: object.value }
        : { action: 'create', object: object.value, indexed: false };
      object = await bucketSide.next();
    } else if (!object.done && !entry.done) {
      yield isNewerThanIndexed(object.value, entry.value)
        ? { action: 'create', object: object.value, indexed: true }
        : { action: 'keep' };
      object = await bucketSide.next();
      entry = await indexSide.next();
    }
  }
}

async function* sorted<T>(items: readonly T[], key: (item: T) => string): AsyncGenerator<T> {
  yield* [...items].sort((a, b) => compareKeys(key(a), key(b)));
}

async function* flatten<T>(pages: AsyncIterable<readonly T[]>): AsyncGenerator<T> {
  for await (const page of pages) yield* page;
}

/** Compares a bucket listing with the index (and its failure log) for that bucket. */
export async function planReconciliation(
  bucket: string,
  objects: readonly BucketObject[],
  indexed: readonly IndexedObject[],
  failures: readonly IngestFailure[],
): Promise<ReconciliationPlan> {
  const plan: ReconciliationPlan = { create: [], remove: [], alreadyRejected: [] };
  const ofBucket = indexed.filter((o) => o.bucket === bucket);
  for await (const step of walkReconciliation(
    sorted(objects, (o) => o.key),
    sorted(ofBucket, (o) => o.key),
    failures,
    bucket,
  )) {
    if (step.action === 'create') plan.create.push(step.object);
    else if (step.action === 'rejected') plan.alreadyRejected.push(step.object);
    else if (step.action === 'remove') plan.remove.push(step.entry);
  }
  return plan;
}

const INDEX_PAGE = 10_000;

/** The index's objects of a bucket in key order: page by page where the index can. */
async function* indexedInOrder(index: ArticleIndex, bucket: string): AsyncGenerator<IndexedObject> {
  if (!index.listObjectsPage) {
    const all = (await index.listObjects()).filter((o) => o.bucket === bucket);
    yield* sorted(all, (o) => o.key);
    return;
  }
  let after = '';
  for (;;) {
    const page = await index.listObjectsPage(bucket, after, INDEX_PAGE);
    yield* page;
    const last = page.at(-1);
    if (last === undefined || page.length < INDEX_PAGE) return;
    after = last.key;
  }
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
  const failures = await deps.index.listFailures(FAILURE_SCAN_LIMIT);
  const summary: ReconcileSummary = {
    inBucket: 0,
    indexed: 0,
    created: 0,
    removed: 0,
    alreadyRejected: 0,
  };
  const sourceIp = '127.0.0.1';
  const steps = walkReconciliation(
    flatten(deps.list(deps.bucket)),
    indexedInOrder(deps.index, deps.bucket),
    failures,
    deps.bucket,
  );
  for await (const step of steps) {
    if (step.action !== 'remove') summary.inBucket++;
    if (
      step.action === 'keep' ||
      step.action === 'remove' ||
      (step.action === 'create' && step.indexed)
    ) {
      summary.indexed++;
    }
    if (step.action === 'rejected') summary.alreadyRejected++;
    if (step.action === 'create') {
      summary.created++;
      const { object } = step;
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
    if (step.action === 'remove') {
      summary.removed++;
      deps.publish(
        { eventName: 'ObjectRemoved:Delete', bucket: deps.bucket, key: step.entry.key, sourceIp },
        deps.sequencer,
      );
    }
  }
  return summary;
}
