import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { nextSequencer } from '../functions/core/ingest/sequencer.ts';
import type { ArticleIndex } from '../functions/core/ports.ts';
import { type BucketObject, planReconciliation } from '../local/reconcile.ts';
import { type ObjectChange, toS3EventRecord } from '../local/s3-event-record.ts';
import type { EventQueue } from './aws/ingest-queue.ts';

/** What reconciling a bucket with its index reads, and where it sends what differs. */
export interface BucketReconcileDependencies {
  s3: S3Client;
  bucket: string;
  /** The region written into the events, as S3 would. */
  region: string;
  index: Pick<ArticleIndex, 'listObjects' | 'listFailures'>;
  queue: EventQueue;
  /** Plan only: list and compare, send nothing. */
  dryRun?: boolean;
  /** Hears how the work goes. */
  progress?: {
    listed?(objects: number): void;
    compared?(): void;
    queued?(sent: number, total: number): void;
  };
  clock?: () => Date;
}

/** What a reconciliation found and did. */
export interface BucketReconcileSummary {
  bucket: string;
  inBucket: number;
  indexed: number;
  /** Objects the index lacks. */
  missing: number;
  /** Objects the index holds an older version of. */
  changed: number;
  /** Indexed articles whose object is gone. */
  removed: number;
  /** Objects recorded as rejected since they last changed; not queued. */
  alreadyRejected: number;
  /** Events sent to the queue (0 in a dry run). */
  queued: number;
  /** Events the queue refused. */
  failed: number;
  dryRun: boolean;
}

// The smallest sequencer: for an object the index has never seen, anything applies.
const FIRST_SEQUENCER = '0';
// Far beyond what one reconciliation reads back; the failure log holds one entry per object.
const FAILURE_SCAN_LIMIT = 1_000_000;

/**
 * Every object in a bucket, following ListObjectsV2 pagination; `onPage` hears how many are
 * listed so far.
 */
export async function listBucket(
  s3: S3Client,
  bucket: string,
  onPage?: (listed: number) => void,
): Promise<BucketObject[]> {
  const objects: BucketObject[] = [];
  let token: string | undefined;
  do {
    const page = await s3.send(
      new ListObjectsV2Command({ Bucket: bucket, ...(token ? { ContinuationToken: token } : {}) }),
    );
    for (const item of page.Contents ?? []) {
      if (item.Key === undefined) continue;
      objects.push({
        key: item.Key,
        size: item.Size ?? 0,
        lastModified: item.LastModified ?? null,
        ...(item.ETag ? { eTag: item.ETag.replaceAll('"', '') } : {}),
      });
    }
    onPage?.(objects.length);
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return objects;
}

/**
 * Compares a bucket with the index (with the same plan the local stack makes at every start,
 * `planReconciliation`) and queues an S3-shaped event for every difference, so the ingest
 * function puts it right: after a lost or rebuilt domain, or objects written while
 * notifications were off.
 *
 * A made-up event cannot carry a real S3 sequencer, so it carries the one just after what the
 * index holds for the key: it wins over the stale entry, and any later real event wins over
 * it. An object the index has never seen gets the smallest one.
 */
export async function reconcileBucket(
  deps: BucketReconcileDependencies,
): Promise<BucketReconcileSummary> {
  const indexed = (await deps.index.listObjects()).filter((o) => o.bucket === deps.bucket);
  const failures = await deps.index.listFailures(FAILURE_SCAN_LIMIT);
  const objects = await listBucket(deps.s3, deps.bucket, deps.progress?.listed);
  const plan = await planReconciliation(deps.bucket, objects, indexed, failures);
  deps.progress?.compared?.();

  const indexedByKey = new Map(indexed.map((entry) => [entry.key, entry]));
  const time = (deps.clock ?? (() => new Date()))();
  const event = (change: ObjectChange, sequencer: string) =>
    JSON.stringify({
      Records: [toS3EventRecord(change, { region: deps.region, sequencer, time })],
    });
  const sourceIp = '127.0.0.1';
  const bodies = [
    ...plan.create.map((object) => {
      const entry = indexedByKey.get(object.key);
      return event(
        {
          eventName: 'ObjectCreated:Put',
          bucket: deps.bucket,
          key: object.key,
          size: object.size,
          ...(object.eTag ? { eTag: object.eTag } : {}),
          sourceIp,
        },
        entry ? nextSequencer(entry.sequencer) : FIRST_SEQUENCER,
      );
    }),
    ...plan.remove.map((entry) =>
      event(
        { eventName: 'ObjectRemoved:Delete', bucket: deps.bucket, key: entry.key, sourceIp },
        nextSequencer(entry.sequencer),
      ),
    ),
  ];

  let failed = 0;
  if (!deps.dryRun && bodies.length > 0) {
    deps.progress?.queued?.(0, bodies.length);
    ({ failed } = await deps.queue.send(bodies, (sent) =>
      deps.progress?.queued?.(sent, bodies.length),
    ));
  }
  const changed = plan.create.filter((object) => indexedByKey.has(object.key)).length;
  return {
    bucket: deps.bucket,
    inBucket: objects.length,
    indexed: indexed.length,
    missing: plan.create.length - changed,
    changed,
    removed: plan.remove.length,
    alreadyRejected: plan.alreadyRejected.length,
    queued: deps.dryRun ? 0 : bodies.length - failed,
    failed,
    dryRun: deps.dryRun === true,
  };
}
