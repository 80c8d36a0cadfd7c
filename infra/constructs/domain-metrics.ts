import { type Duration, Stack } from 'aws-cdk-lib';
import { Metric } from 'aws-cdk-lib/aws-cloudwatch';
import type { IConstruct } from 'constructs';

/**
 * CloudWatch metrics of an OpenSearch domain known by name. The service stack reads the domain
 * of the storage stack this way, so its alarms and dashboard refer to a fixed name rather than
 * to an output of the other stack.
 */
export class DomainMetrics {
  private readonly account: string;

  /**
   * @param scope any construct in the stack (and account) that reads the metrics
   * @param domainName the domain's name
   */
  constructor(
    scope: IConstruct,
    readonly domainName: string,
  ) {
    this.account = Stack.of(scope).account;
  }

  /** One `AWS/ES` metric of this domain, e.g. `ClusterStatus.red` with `Maximum`. */
  metric(metricName: string, statistic: string, period: Duration): Metric {
    return new Metric({
      namespace: 'AWS/ES',
      metricName,
      dimensionsMap: { DomainName: this.domainName, ClientId: this.account },
      statistic,
      period,
    });
  }
}
