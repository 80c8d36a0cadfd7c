import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  type Alarm,
  AlarmStatusWidget,
  Dashboard,
  GraphWidget,
  type IMetric,
  type IWidget,
  Metric,
  TextWidget,
} from 'aws-cdk-lib/aws-cloudwatch';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { METRIC } from '../../functions/commons/metrics.ts';
import type { DomainMetrics } from './domain-metrics.ts';

/** Properties of a {@link StageDashboard}. */
export interface StageDashboardProps {
  /** The stage; it names the dashboard. */
  readonly stageName: string;
  /** Namespace of the functions' EMF metrics. */
  readonly metricsNamespace: string;
  /** Powertools service names of the two functions: the `service` dimension of their metrics. */
  readonly serviceNames: { readonly ingest: string; readonly search: string };
  /** The search API. */
  readonly api: HttpApi;
  /** The ingest function. */
  readonly ingest: IFunction;
  /** The search function. */
  readonly search: IFunction;
  /** The ingest queue. */
  readonly queue: IQueue;
  /** The ingest queue's dead-letter queue. */
  readonly deadLetterQueue: IQueue;
  /** The search domain's metrics. */
  readonly domain: DomainMetrics;
  /** Shown at the top, so the page answers "is anything wrong?" first. */
  readonly alarms: readonly Alarm[];
}

const PERIOD = Duration.minutes(5);
const WIDTH = 8;

/** One CloudWatch dashboard per stage: alarms, then the API, ingestion, the queue and the domain. */
export class StageDashboard extends Construct {
  /** The dashboard, named `article-search-<stage>`. */
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: StageDashboardProps) {
    super(scope, id);
    const custom = (service: string, metricName: string, statistic = 'Sum') =>
      new Metric({
        namespace: props.metricsNamespace,
        metricName,
        dimensionsMap: { service },
        statistic,
        period: PERIOD,
      });
    const ingestMetric = (name: string) => custom(props.serviceNames.ingest, name);
    const searchMetric = (name: string, statistic?: string) =>
      custom(props.serviceNames.search, name, statistic);
    const graph = (title: string, left: IMetric[]): GraphWidget =>
      new GraphWidget({ title, left, width: WIDTH, height: 6 });

    const { api, ingest, search, queue, deadLetterQueue, domain } = props;
    const rows: IWidget[][] = [
      [
        new TextWidget({
          markdown: `# article-search ${props.stageName}\nAlarms first; then the search API, ingestion, its queues and the OpenSearch domain.`,
          width: 24,
          height: 2,
        }),
      ],
      [new AlarmStatusWidget({ title: 'Alarms', alarms: [...props.alarms], width: 24, height: 4 })],
      [
        graph('API requests and errors', [
          api.metricCount({ period: PERIOD }),
          api.metricClientError({ period: PERIOD }),
          api.metricServerError({ period: PERIOD }),
        ]),
        graph('API latency (ms)', [
          api.metricLatency({ period: PERIOD, statistic: 'p50' }),
          api.metricLatency({ period: PERIOD, statistic: 'p99' }),
          api.metricIntegrationLatency({ period: PERIOD, statistic: 'p99' }),
        ]),
        graph('Searches', [
          searchMetric(METRIC.searches),
          searchMetric(METRIC.clientErrors),
          searchMetric(METRIC.serverErrors),
          searchMetric(METRIC.searchLatency, 'p99'),
        ]),
      ],
      [
        graph('Articles', [
          ingestMetric(METRIC.articlesIndexed),
          ingestMetric(METRIC.articlesRemoved),
          ingestMetric(METRIC.articlesSkipped),
          ingestMetric(METRIC.articlesRejected),
          ingestMetric(METRIC.messagesFailed),
        ]),
        graph('Ingest function', [
          ingest.metricInvocations({ period: PERIOD }),
          ingest.metricErrors({ period: PERIOD }),
          ingest.metricThrottles({ period: PERIOD }),
          ingest.metricDuration({ period: PERIOD, statistic: 'p99' }),
        ]),
        graph('Search function', [
          search.metricInvocations({ period: PERIOD }),
          search.metricErrors({ period: PERIOD }),
          search.metricThrottles({ period: PERIOD }),
          search.metricDuration({ period: PERIOD, statistic: 'p99' }),
        ]),
      ],
      [
        graph('Ingest queue', [
          queue.metricApproximateNumberOfMessagesVisible({ period: PERIOD, statistic: 'Maximum' }),
          queue.metricApproximateAgeOfOldestMessage({ period: PERIOD, statistic: 'Maximum' }),
          deadLetterQueue.metricApproximateNumberOfMessagesVisible({
            period: PERIOD,
            statistic: 'Maximum',
          }),
        ]),
        graph('Domain health', [
          domain.metric('ClusterStatus.red', 'Maximum', PERIOD),
          domain.metric('ClusterStatus.yellow', 'Maximum', PERIOD),
          domain.metric('ClusterIndexWritesBlocked', 'Maximum', PERIOD),
        ]),
        graph('Domain memory and CPU (%)', [
          domain.metric('JVMMemoryPressure', 'Maximum', PERIOD),
          domain.metric('CPUUtilization', 'Maximum', PERIOD),
        ]),
      ],
      [
        graph('Domain free storage (MiB, smallest node)', [
          domain.metric('FreeStorageSpace', 'Minimum', PERIOD),
        ]),
        graph('Domain latency (ms)', [
          domain.metric('SearchLatency', 'p99', PERIOD),
          domain.metric('IndexingLatency', 'p99', PERIOD),
        ]),
      ],
    ];

    this.dashboard = new Dashboard(this, 'Dashboard', {
      dashboardName: `article-search-${props.stageName}`,
      defaultInterval: Duration.hours(3),
      widgets: rows,
    });
  }
}
