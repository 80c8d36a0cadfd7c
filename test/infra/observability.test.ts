import { beforeAll, describe, expect, it } from 'vitest';
import { METRIC } from '../../functions/commons/metrics.ts';
import { STAGE_NAMES } from '../../infra/config/stage-config.ts';
import {
  API_5XX_THRESHOLD,
  QUEUE_AGE_THRESHOLD_SECONDS,
} from '../../infra/constructs/stage-alarms.ts';
import { onlyResource, resourcesOfType, type SynthesisedStage, synthStage } from './synth.ts';

interface AlarmProperties {
  MetricName: string;
  Namespace: string;
  Dimensions?: { Name: string; Value: unknown }[];
  Statistic?: string;
  ExtendedStatistic?: string;
  Period: number;
  EvaluationPeriods: number;
  Threshold: number;
  ComparisonOperator: string;
  TreatMissingData: string;
  AlarmActions: unknown[];
  OKActions: unknown[];
  AlarmDescription: string;
}

describe.each(STAGE_NAMES)('observability of %s', (name) => {
  let synth: SynthesisedStage;
  let alarms: Record<string, AlarmProperties>;
  let topicId: string;

  beforeAll(() => {
    synth = synthStage(name);
    alarms = Object.fromEntries(
      Object.entries(resourcesOfType<AlarmProperties>(synth.service, 'AWS::CloudWatch::Alarm')).map(
        ([id, r]) => [id, r.Properties],
      ),
    );
    [topicId] = onlyResource(synth.service, 'AWS::SNS::Topic');
  });

  /** The one alarm whose logical ID contains `id`. */
  const alarm = (id: string): AlarmProperties => {
    const matches = Object.entries(alarms).filter(([logicalId]) => logicalId.includes(id));
    if (matches.length !== 1 || matches[0] === undefined) {
      throw new Error(`expected one alarm ${id}, found ${matches.length}`);
    }
    return matches[0][1];
  };
  const dimension = (a: AlarmProperties, key: string) =>
    a.Dimensions?.find((d) => d.Name === key)?.Value;

  describe('alarms', () => {
    it('watches the queue, the ingest function, the api and the domain', () => {
      expect(Object.keys(alarms).length).toBeGreaterThanOrEqual(4);
      for (const id of [
        'DeadLetterQueueNotEmpty',
        'IngestBacklog',
        'IngestErrors',
        'IngestThrottles',
        'ApiServerErrors',
        'ApiLatencyP99',
        'DomainClusterRed',
        'DomainClusterYellow',
        'DomainLowFreeStorage',
        'DomainJvmMemoryPressure',
        'DomainWritesBlocked',
        'DomainSnapshotFailure',
      ]) {
        expect(() => alarm(id), id).not.toThrow();
      }
    });

    it('notifies the stage topic when an alarm fires and when it clears', () => {
      for (const [id, a] of Object.entries(alarms)) {
        expect(a.AlarmActions, id).toEqual([{ Ref: topicId }]);
        expect(a.OKActions, id).toEqual([{ Ref: topicId }]);
        expect(a.AlarmDescription, id).toMatch(new RegExp(`^article-search ${name}: `));
      }
    });

    it('fires as soon as one message reaches the dead-letter queue', () => {
      const dlq = alarm('DeadLetterQueueNotEmpty');
      expect(dlq).toMatchObject({
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Statistic: 'Maximum',
        Period: 60,
        EvaluationPeriods: 1,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        TreatMissingData: 'notBreaching',
      });
      expect(JSON.stringify(dimension(dlq, 'QueueName'))).toContain('DeadLetterQueue');
    });

    it('fires when ingestion falls half an hour behind', () => {
      expect(alarm('IngestBacklog')).toMatchObject({
        MetricName: 'ApproximateAgeOfOldestMessage',
        Threshold: QUEUE_AGE_THRESHOLD_SECONDS,
        EvaluationPeriods: 3,
      });
    });

    it.each([
      ['IngestErrors', 'Errors'],
      ['IngestThrottles', 'Throttles'],
    ])('%s counts the ingest function %s over five minutes', (id, metric) => {
      const a = alarm(id);
      expect(a).toMatchObject({
        Namespace: 'AWS/Lambda',
        MetricName: metric,
        Statistic: 'Sum',
        Period: 300,
        Threshold: 1,
      });
      expect(JSON.stringify(dimension(a, 'FunctionName'))).toContain('IngestFunction');
    });

    it('fires on api 5xx answers and on p99 latency above the stage threshold', () => {
      expect(alarm('ApiServerErrors')).toMatchObject({
        Namespace: 'AWS/ApiGateway',
        MetricName: '5xx',
        Statistic: 'Sum',
        Threshold: API_5XX_THRESHOLD,
      });
      expect(alarm('ApiLatencyP99')).toMatchObject({
        Namespace: 'AWS/ApiGateway',
        MetricName: 'Latency',
        ExtendedStatistic: 'p99',
        Threshold: synth.config.alarms.apiLatencyP99Millis,
        ComparisonOperator: 'GreaterThanThreshold',
        EvaluationPeriods: 3,
      });
    });

    it('watches the domain by its name, with the thresholds AWS recommends', () => {
      const domainAlarms = Object.values(alarms).filter((a) => a.Namespace === 'AWS/ES');
      expect(domainAlarms).toHaveLength(6);
      for (const a of domainAlarms) {
        expect(dimension(a, 'DomainName')).toBe(`article-search-${name}`);
        expect(dimension(a, 'ClientId')).toBe('123456789012');
      }
      expect(alarm('DomainClusterRed')).toMatchObject({
        MetricName: 'ClusterStatus.red',
        Statistic: 'Maximum',
        Period: 60,
        EvaluationPeriods: 1,
        Threshold: 1,
      });
      expect(alarm('DomainClusterYellow')).toMatchObject({
        MetricName: 'ClusterStatus.yellow',
        EvaluationPeriods: 5,
      });
      expect(alarm('DomainJvmMemoryPressure')).toMatchObject({
        MetricName: 'JVMMemoryPressure',
        Threshold: 95,
        EvaluationPeriods: 3,
      });
    });

    it('fires when a data node has a quarter of its volume or less free', () => {
      expect(alarm('DomainLowFreeStorage')).toMatchObject({
        MetricName: 'FreeStorageSpace',
        Statistic: 'Minimum',
        ComparisonOperator: 'LessThanOrEqualToThreshold',
        Threshold: synth.config.search.volumeSizeGiB * 1024 * 0.25,
      });
    });
  });

  describe('alarm topic', () => {
    it('subscribes exactly the stage recipients by e-mail', () => {
      const subscriptions = Object.values(
        resourcesOfType<{ Protocol: string; Endpoint: string; TopicArn: unknown }>(
          synth.service,
          'AWS::SNS::Subscription',
        ),
      );
      expect(subscriptions.map((s) => s.Properties.Endpoint).sort()).toEqual(
        [...synth.config.alarms.emails].sort(),
      );
      for (const s of subscriptions) {
        expect(s.Properties).toMatchObject({ Protocol: 'email', TopicArn: { Ref: topicId } });
      }
    });

    it('refuses publishers that do not use tls', () => {
      const [, policy] = onlyResource(synth.service, 'AWS::SNS::TopicPolicy');
      expect(JSON.stringify(policy.Properties)).toContain('"aws:SecureTransport":"false"');
    });
  });

  describe('dashboard', () => {
    let body: string;
    beforeAll(() => {
      const [, dashboard] = onlyResource<{ DashboardName: string; DashboardBody: unknown }>(
        synth.service,
        'AWS::CloudWatch::Dashboard',
      );
      expect(dashboard.Properties.DashboardName).toBe(`article-search-${name}`);
      body = JSON.stringify(dashboard.Properties.DashboardBody);
    });

    it('shows every alarm first', () => {
      expect(body).toContain('\\"type\\":\\"alarm\\"');
      for (const id of Object.keys(alarms)) expect(body).toContain(`"${id}"`);
    });

    it('graphs every metric the functions emit, from the stage namespace', () => {
      expect(body).toContain(`ArticleSearch/${name}`);
      for (const metric of Object.values(METRIC)) expect(body).toContain(`\\"${metric}\\"`);
    });

    it('graphs the api, the functions, the queues and the domain', () => {
      for (const namespace of ['AWS/ApiGateway', 'AWS/Lambda', 'AWS/SQS', 'AWS/ES']) {
        expect(body).toContain(namespace);
      }
    });
  });
});
