import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import type { IRole } from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { EventType, type IBucket } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { besideBundleCommand, INGEST_LAZY_CHUNKS, LANGUAGE_MODEL_FILE } from './bundling.ts';
import { NodeFunction, PROJECT_ROOT } from './node-function.ts';

/** Powertools service name of the ingest function: on its logs, traces and metrics. */
export const INGEST_SERVICE_NAME = 'article-ingest';

/** Properties of an {@link IngestPipeline}. */
export interface IngestPipelineProps {
  /**
   * The article bucket. Its notifications are created in this construct's stack, so pass a
   * bucket imported into this stack (`Bucket.fromBucketName`) when it is defined elsewhere,
   * otherwise the two stacks would depend on each other.
   */
  readonly bucket: IBucket;
  /**
   * The ingest function's execution role: the one the domain maps to its writer role, which
   * already holds the function's access to the bucket and the domain.
   */
  readonly role: IRole;
  /** Environment variables naming the bucket, domain and index, shared with the search side. */
  readonly environment: Readonly<Record<string, string>>;
  /** CloudWatch namespace of the function's metrics. */
  readonly metricsNamespace: string;
  /**
   * Most ingest functions running at once, so a bulk upload cannot overwhelm the domain.
   * @default 5
   */
  readonly maxConcurrency?: number;
  /**
   * How long ingest logs are kept.
   * @default RetentionDays.ONE_MONTH
   */
  readonly logRetention?: RetentionDays;
  /**
   * What happens to the ingest log group when it is removed.
   * @default RemovalPolicy.RETAIN
   */
  readonly logRemovalPolicy?: RemovalPolicy;
}

/**
 * S3 object events -> SQS queue (with a dead-letter queue) -> ingest function. The queue sits
 * between S3 and Lambda because direct S3 triggers are not retried; failed records are retried
 * one by one (partial batch responses) and parked in the dead-letter queue after five tries.
 */
export class IngestPipeline extends Construct {
  /** Longest one batch may take; the queue's visibility timeout is derived from it. */
  static readonly FUNCTION_TIMEOUT = Duration.seconds(60);
  /** Deliveries of one message before it is moved to the dead-letter queue. */
  static readonly MAX_RECEIVE_COUNT = 5;
  /** Longest a burst of uploads is gathered into one batch. */
  static readonly BATCHING_WINDOW = Duration.seconds(2);

  /** Receives every created and removed object event of the bucket. */
  readonly queue: Queue;
  /** Holds events that failed `MAX_RECEIVE_COUNT` times, for an operator to inspect or redrive. */
  readonly deadLetterQueue: Queue;
  /** Turns object events into index writes. */
  readonly ingest: NodeFunction;

  constructor(scope: Construct, id: string, props: IngestPipelineProps) {
    super(scope, id);

    this.ingest = new NodeFunction(this, 'IngestFunction', {
      lazyChunks: INGEST_LAZY_CHUNKS,
      // The language model, read at init from beside the bundle.
      afterBundling: (outputDir) => [
        besideBundleCommand(PROJECT_ROOT, LANGUAGE_MODEL_FILE, outputDir),
      ],
      entry: 'functions/ingest/index.ts',
      serviceName: INGEST_SERVICE_NAME,
      description: 'Indexes articles when their objects are created or removed',
      role: props.role,
      metricsNamespace: props.metricsNamespace,
      timeout: IngestPipeline.FUNCTION_TIMEOUT,
      environment: props.environment,
      ...(props.logRetention === undefined ? {} : { logRetention: props.logRetention }),
      ...(props.logRemovalPolicy === undefined ? {} : { logRemovalPolicy: props.logRemovalPolicy }),
    });

    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });

    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // AWS guidance: at least six times the function timeout, so a message is not handed to a
      // second function while the first, throttled or retrying, still works on it.
      visibilityTimeout: Duration.seconds(IngestPipeline.FUNCTION_TIMEOUT.toSeconds() * 6),
      deadLetterQueue: {
        queue: this.deadLetterQueue,
        maxReceiveCount: IngestPipeline.MAX_RECEIVE_COUNT,
      },
    });

    const destination = new SqsDestination(this.queue);
    props.bucket.addEventNotification(EventType.OBJECT_CREATED, destination);
    props.bucket.addEventNotification(EventType.OBJECT_REMOVED, destination);

    this.ingest.function.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: 10,
        // A short wait gathers bursts of uploads into fewer invocations without delaying a
        // single upload noticeably.
        maxBatchingWindow: IngestPipeline.BATCHING_WINDOW,
        reportBatchItemFailures: true,
        maxConcurrency: props.maxConcurrency ?? 5,
      }),
    );
  }
}
