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

// A UTF-16 code unit as the order of code points (that is, of UTF-8 bytes) sees it: units
// compare as code points do, except surrogates (U+D800–DFFF, halves of the code points above
// U+FFFF), which must sort after U+E000–FFFF.
function codePointRank(unit: number): number {
  if (unit < 0xd800) return unit;
  return unit < 0xe000 ? unit + 0x2000 : unit - 0x800;
}

/**
 * Orders keys as S3 lists them: by the bytes of their UTF-8, which is the order of their code
 * points. Compared on the strings themselves: encoding both keys for every comparison made two
 * buffers per object, the bulk of the garbage of a start-up reconciliation of 100,000 objects.
 */
export function compareKeys(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

/** What one step of the walk decided, for one key. */
type Step =
  | { action: 'create'; object: BucketObject; indexed: boolean }
  | { action: 'rejected'; object: BucketObject }
  | { action: 'remove'; entry: IndexedObject }
  | { action: 'keep' };

const KEEP: Step = { action: 'keep' };

/** Reads pages one item at a time, waiting only when a page runs out. */
class PageCursor<T> {
  private page: readonly T[] = [];
  private at = 0;
  private finished = false;
  private readonly pages: AsyncIterator<readonly T[]>;

  constructor(pages: AsyncIterable<readonly T[]>) {
    this.pages = pages[Symbol.asyncIterator]();
  }

  /** Whether an item is at hand without waiting. */
  get available(): boolean {
    return this.at < this.page.length;
  }

  /** Whether every page has been read and every item taken. */
  get done(): boolean {
    return this.finished && !this.available;
  }

  /** Reads pages until an item is at hand or there are no more. */
  async fill(): Promise<void> {
    while (!this.available && !this.finished) {
      const next = await this.pages.next();
      if (next.done) this.finished = true;
      else {
        this.page = next.value;
        this.at = 0;
      }
    }
  }

  /** The item at hand; only when `available`. */
  get current(): T {
    return this.page[this.at] as T;
  }

  advance(): void {
    this.at++;
  }
}

/**
 * Walks a bucket's listing and the index's objects side by side, both page by page in key
 * order, and says what each key needs, a batch of steps at a time: neither side is ever held
 * whole, so a 100,000-object bucket costs a page of each in memory. The keys of a page are
 * compared in one synchronous pass: a step handed over one by one through async generators
 * made several promises per object, the garbage that grew the heap of a start by tens of MiB.
 */
export async function* walkReconciliation(
  objectPages: AsyncIterable<readonly BucketObject[]>,
  indexedPages: AsyncIterable<readonly IndexedObject[]>,
  failures: readonly IngestFailure[],
  bucket: string,
): AsyncGenerator<Step[]> {
  const failureOf = new Map(failures.filter((f) => f.bucket === bucket).map((f) => [f.key, f]));
  const objects = new PageCursor(objectPages);
  const entries = new PageCursor(indexedPages);
  for (;;) {
    await objects.fill();
    await entries.fill();
    if (objects.done && entries.done) return;
    const steps: Step[] = [];
    // Until either side's page runs out (a side with nothing left never does).
    while ((objects.available || objects.done) && (entries.available || entries.done)) {
      if (objects.done && entries.done) break;
      const order = objects.done
        ? 1
        : entries.done
          ? -1
          : compareKeys(objects.current.key, entries.current.key);
      if (order > 0) {
        steps.push({ action: 'remove', entry: entries.current });
        entries.advance();
      } else if (order < 0) {
        const object = objects.current;
        const failure = failureOf.get(object.key);
        steps.push(
          failure && isRejectedVersion(object, failure)
            ? { action: 'rejected', object }
            : { action: 'create', object, indexed: false },
        );
        objects.advance();
      } else {
        const object = objects.current;
        steps.push(
          isNewerThanIndexed(object, entries.current)
            ? { action: 'create', object, indexed: true }
            : KEEP,
        );
        objects.advance();
        entries.advance();
      }
    }
    yield steps;
  }
}

function sorted<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareKeys(key(a), key(b)));
}

async function* onePage<T>(items: readonly T[]): AsyncGenerator<readonly T[]> {
  yield items;
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
  for await (const steps of walkReconciliation(
    onePage(sorted(objects, (o) => o.key)),
    onePage(sorted(ofBucket, (o) => o.key)),
    failures,
    bucket,
  )) {
    for (const step of steps) {
      if (step.action === 'create') plan.create.push(step.object);
      else if (step.action === 'rejected') plan.alreadyRejected.push(step.object);
      else if (step.action === 'remove') plan.remove.push(step.entry);
    }
  }
  return plan;
}

// Pages small enough that the page being walked is mostly gone by V8's next minor collection:
// objects still in use then are moved to the old generation, which only a full collection
// empties (pages of 10,000 grew the heap of a start by tens of MiB).
const INDEX_PAGE = 1_000;

/** The index's objects of a bucket in key order: page by page where the index can. */
async function* indexedInOrder(
  index: ArticleIndex,
  bucket: string,
): AsyncGenerator<readonly IndexedObject[]> {
  if (!index.listObjectsPage) {
    const all = (await index.listObjects()).filter((o) => o.bucket === bucket);
    yield sorted(all, (o) => o.key);
    return;
  }
  let after = '';
  for (;;) {
    const page = await index.listObjectsPage(bucket, after, INDEX_PAGE);
    yield page;
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
  const batches = walkReconciliation(
    deps.list(deps.bucket),
    indexedInOrder(deps.index, deps.bucket),
    failures,
    deps.bucket,
  );
  for await (const steps of batches) {
    for (const step of steps) {
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
  }
  return summary;
}
