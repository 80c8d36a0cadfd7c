import { MetricUnit, Metrics as PowertoolsMetrics } from '@aws-lambda-powertools/metrics';
import type { Metrics } from './metrics.ts';

/** {@link Metrics} that collect during an invocation and are written out when it ends. */
export interface PublishingMetrics extends Metrics {
  /** Writes the collected metrics as one EMF line (and, once per process, the cold-start metric). */
  publish(): void;
}

/**
 * Metrics in CloudWatch embedded metric format, through Powertools: CloudWatch Logs turns each
 * EMF line into metrics, so publishing costs no API call. The namespace and the `service`
 * dimension come from `POWERTOOLS_METRICS_NAMESPACE` and `POWERTOOLS_SERVICE_NAME`, which the CDK
 * stack sets per stage and function.
 */
export function emfMetrics(service: string): PublishingMetrics {
  const metrics = new PowertoolsMetrics({ serviceName: service });
  return {
    count: (name, value = 1) => {
      metrics.addMetric(name, MetricUnit.Count, value);
    },
    milliseconds: (name, value) => {
      metrics.addMetric(name, MetricUnit.Milliseconds, value);
    },
    publish: () => {
      // Writes its own line on the first invocation of the process only.
      metrics.captureColdStartMetric();
      // Powertools warns about an empty flush; an invocation that counted nothing has nothing to say.
      if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
    },
  };
}
