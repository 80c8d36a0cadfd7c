import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import { openSearchConfigFromEnv } from '../functions/adapters/opensearch/config.ts';
import { openOpenSearchIndexFromConfig } from '../functions/adapters/opensearch/open-from-config.ts';
import { sqsEventQueue } from './aws/ingest-queue.ts';
import { cloudFormationOutputs, stageResources } from './aws/stage-outputs.ts';
import { progressBar } from './progress.ts';
import { type BucketReconcileSummary, reconcileBucket } from './reconcile-stage.ts';

interface ReconcileOptions {
  stage?: string;
  bucket?: string;
  queueUrl?: string;
  endpoint?: string;
  dryRun?: boolean;
  json?: boolean;
}

const say = (line: string) => process.stderr.write(`articles reconcile: ${line}\n`);

/** Where the command works: from `--stage`'s outputs, overridden by any option given. */
async function target(options: ReconcileOptions) {
  let bucket = options.bucket;
  let queueUrl = options.queueUrl;
  const env = { ...process.env };
  if (options.stage !== undefined) {
    const cloudFormation = new CloudFormationClient({});
    try {
      const stage = await stageResources(options.stage, cloudFormationOutputs(cloudFormation));
      bucket ??= stage.bucketName;
      queueUrl ??= stage.ingestQueueUrl;
      if (!env.OPENSEARCH_URL && !env.OPENSEARCH_ENDPOINT) {
        env.OPENSEARCH_ENDPOINT = stage.searchDomainEndpoint;
      }
    } finally {
      cloudFormation.destroy();
    }
  }
  if (!bucket || (!queueUrl && !options.dryRun)) {
    throw new Error(
      'give --stage (a deployed stage), or --bucket and --queue-url (with OPENSEARCH_URL or OPENSEARCH_ENDPOINT for the index)',
    );
  }
  return { bucket, queueUrl: queueUrl ?? '', opensearch: openSearchConfigFromEnv(env) };
}

function printSummary(summary: BucketReconcileSummary): void {
  const lines = [
    `s3://${summary.bucket}: ${summary.inBucket} objects; the index: ${summary.indexed} articles`,
    `to index: ${summary.missing + summary.changed} (${summary.missing} missing, ${summary.changed} changed); ` +
      `to remove: ${summary.removed}; already rejected, left alone: ${summary.alreadyRejected}`,
    summary.dryRun
      ? 'dry run: nothing queued'
      : `queued ${summary.queued} events for the ingest function` +
        (summary.failed > 0 ? `; ${summary.failed} could not be queued` : ''),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

/**
 * `articles reconcile`: what the local stack does at every start, for a deployed stage. Lists
 * the bucket and the index, and queues an event for each object the index lacks or holds an
 * older version of, and for each article whose object is gone, for the ingest function.
 */
export async function reconcileCommand(options: ReconcileOptions): Promise<void> {
  let closeIndex: (() => Promise<void>) | undefined;
  const clients: { destroy(): void }[] = [];
  const bar = progressBar('queued', 'events');
  try {
    const where = await target(options);
    // Read-only: a missing index is not created here; it lists as empty.
    const index = await openOpenSearchIndexFromConfig(where.opensearch, { bootstrap: 'check' });
    closeIndex = () => index.close();
    const region = process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';
    const s3 = new S3Client(
      options.endpoint ? { endpoint: options.endpoint, forcePathStyle: true, region } : {},
    );
    const sqs = new SQSClient({});
    clients.push(s3, sqs);
    say(`comparing s3://${where.bucket} with the index on ${where.opensearch.node}`);
    let lastListed = 0;
    const summary = await reconcileBucket({
      s3,
      bucket: where.bucket,
      region,
      index,
      queue: sqsEventQueue(sqs, where.queueUrl),
      dryRun: options.dryRun === true,
      progress: {
        listed(objects) {
          // A line per ten thousand objects: a large bucket takes a while to list.
          if (objects - lastListed >= 10_000) {
            say(`listed ${objects} objects…`);
            lastListed = objects;
          }
        },
        queued: (sent, total) => bar.update(sent, total),
      },
    });
    bar.stop();
    if (options.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
    else printSummary(summary);
    if (summary.failed > 0) process.exitCode = 1;
  } catch (error) {
    bar.stop();
    say(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  } finally {
    for (const client of clients) client.destroy();
    await closeIndex?.();
  }
}
