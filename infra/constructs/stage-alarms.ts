import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  ComparisonOperator,
  type IMetric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { AlarmConfig } from '../config/stage-config.ts';
import type { DomainMetrics } from './domain-metrics.ts';

/** Properties of {@link StageAlarms}. */
export interface StageAlarmsProps {
  /** Used in alarm descriptions and the topic's display name. */
  readonly stageName: string;
  /** Recipients and stage-specific thresholds. */
  readonly config: AlarmConfig;
  /** Messages that failed every delivery. */
  readonly deadLetterQueue: IQueue;
  /** The ingest queue, for its backlog. */
  readonly queue: IQueue;
  /** The ingest function. */
  readonly ingest: IFunction;
  /** The search API. */
  readonly api: HttpApi;
  /** The search domain's metrics. */
  readonly domain: DomainMetrics;
  /** Each data node's volume, to set the free-storage threshold at a quarter of it. */
  readonly volumeSizeGiB: number;
}

const ONE_MINUTE = Duration.minutes(1);
const FIVE_MINUTES = Duration.minutes(5);
/** API 5xx answers in five minutes that page someone; one or two are retried by clients. */
export const API_5XX_THRESHOLD = 5;
/**
 * Age of the oldest queued event that means ingestion has fallen behind, in seconds. A single
 * failing message ages up to 30 minutes (five receives, six-minute visibility) before the
 * dead-letter queue takes it, and that alarm already reports it; older than that is a backlog.
 */
export const QUEUE_AGE_THRESHOLD_SECONDS = 30 * 60;

interface AlarmSpec {
  readonly id: string;
  readonly metric: IMetric;
  readonly threshold: number;
  readonly comparison?: ComparisonOperator;
  readonly evaluationPeriods?: number;
  readonly missing?: TreatMissingData;
  readonly description: string;
}

/**
 * The stage's alarms and the SNS topic they notify (on ALARM and back to OK). The domain
 * thresholds follow AWS's recommended alarms for OpenSearch Service.
 */
export class StageAlarms extends Construct {
  /** Alarm and OK notifications; the configured addresses are subscribed by e-mail. */
  readonly topic: Topic;
  /** Every alarm, for the dashboard's status widget. */
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: StageAlarmsProps) {
    super(scope, id);
    const { api, domain, ingest } = props;
    this.topic = new Topic(this, 'Topic', {
      displayName: `article-search ${props.stageName} alarms`,
      enforceSSL: true,
    });
    for (const email of props.config.emails) {
      this.topic.addSubscription(new EmailSubscription(email));
    }

    const specs: AlarmSpec[] = [
      {
        id: 'DeadLetterQueueNotEmpty',
        metric: props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
          period: ONE_MINUTE,
          statistic: 'Maximum',
        }),
        threshold: 1,
        description: 'An object event failed five deliveries and waits in the dead-letter queue.',
      },
      {
        id: 'IngestBacklog',
        metric: props.queue.metricApproximateAgeOfOldestMessage({
          period: FIVE_MINUTES,
          statistic: 'Maximum',
        }),
        threshold: QUEUE_AGE_THRESHOLD_SECONDS,
        evaluationPeriods: 3,
        description:
          'Ingestion is falling behind uploads: the oldest event is over 30 minutes old.',
      },
      {
        id: 'IngestErrors',
        metric: ingest.metricErrors({ period: FIVE_MINUTES, statistic: 'Sum' }),
        threshold: 1,
        description: 'The ingest function failed whole batches (crash, timeout or bad event).',
      },
      {
        id: 'IngestThrottles',
        metric: ingest.metricThrottles({ period: FIVE_MINUTES, statistic: 'Sum' }),
        threshold: 1,
        description: 'Lambda throttled the ingest function: the account concurrency is exhausted.',
      },
      {
        id: 'ApiServerErrors',
        metric: api.metricServerError({ period: FIVE_MINUTES, statistic: 'Sum' }),
        threshold: API_5XX_THRESHOLD,
        description: `The search API answered ${API_5XX_THRESHOLD} or more 5xx in five minutes.`,
      },
      {
        id: 'ApiLatencyP99',
        metric: api.metricLatency({ period: FIVE_MINUTES, statistic: 'p99' }),
        threshold: props.config.apiLatencyP99Millis,
        comparison: ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 3,
        description: `The search API's p99 latency stayed above ${props.config.apiLatencyP99Millis} ms for 15 minutes.`,
      },
      ...domainAlarms(domain, props.volumeSizeGiB),
    ];
    for (const spec of specs) this.add(spec, props.stageName);
  }

  private add(spec: AlarmSpec, stageName: string): void {
    const alarm = new Alarm(this, spec.id, {
      metric: spec.metric,
      threshold: spec.threshold,
      comparisonOperator: spec.comparison ?? ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: spec.evaluationPeriods ?? 1,
      treatMissingData: spec.missing ?? TreatMissingData.NOT_BREACHING,
      alarmDescription: `article-search ${stageName}: ${spec.description}`,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    alarm.addOkAction(new SnsAction(this.topic));
    this.alarms.push(alarm);
  }
}

// FreeStorageSpace is reported per node in MiB; AWS suggests alarming at a quarter of the volume.
const freeStorageThresholdMiB = (volumeSizeGiB: number): number => volumeSizeGiB * 1024 * 0.25;

function domainAlarms(domain: DomainMetrics, volumeSizeGiB: number): AlarmSpec[] {
  // Gauges that stop reporting mean the domain is unreachable, which the alarm should not hide.
  const missing = TreatMissingData.MISSING;
  return [
    {
      id: 'DomainClusterRed',
      metric: domain.metric('ClusterStatus.red', 'Maximum', ONE_MINUTE),
      threshold: 1,
      missing,
      description: 'A primary shard is unassigned: some articles cannot be searched or written.',
    },
    {
      id: 'DomainClusterYellow',
      metric: domain.metric('ClusterStatus.yellow', 'Maximum', ONE_MINUTE),
      threshold: 1,
      evaluationPeriods: 5,
      missing,
      description: 'A replica shard has been unassigned for five minutes.',
    },
    {
      id: 'DomainLowFreeStorage',
      metric: domain.metric('FreeStorageSpace', 'Minimum', ONE_MINUTE),
      threshold: freeStorageThresholdMiB(volumeSizeGiB),
      comparison: ComparisonOperator.LESS_THAN_OR_EQUAL_TO_THRESHOLD,
      missing,
      description: 'A data node has a quarter or less of its volume free.',
    },
    {
      id: 'DomainJvmMemoryPressure',
      metric: domain.metric('JVMMemoryPressure', 'Maximum', ONE_MINUTE),
      threshold: 95,
      evaluationPeriods: 3,
      missing,
      description: 'JVM memory pressure at or above 95% for three minutes: out-of-memory risk.',
    },
    {
      id: 'DomainWritesBlocked',
      metric: domain.metric('ClusterIndexWritesBlocked', 'Maximum', FIVE_MINUTES),
      threshold: 1,
      missing,
      description: 'The domain blocks index writes (low disk or memory): ingestion is failing.',
    },
    {
      id: 'DomainSnapshotFailure',
      metric: domain.metric('AutomatedSnapshotFailure', 'Maximum', ONE_MINUTE),
      threshold: 1,
      missing,
      description: 'An automated snapshot failed.',
    },
  ];
}
