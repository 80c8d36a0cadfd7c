import type { Domain } from 'aws-cdk-lib/aws-opensearchservice';
import { acknowledge } from '../compliance/acknowledge.ts';
import type { SearchDomainSizing } from '../config/stage-config.ts';

/**
 * Acknowledges the availability findings a deliberately small domain raises, and only those
 * its sizing actually raises: a stage with dedicated masters or zone awareness gets no
 * acknowledgement for them, so the checks still catch a production domain that loses either.
 */
export function acknowledgeSmallDomainFindings(domain: Domain, sizing: SearchDomainSizing): void {
  if (sizing.dedicatedMasters === undefined) {
    acknowledge(
      domain,
      'AwsSolutions-OS4',
      `Sized for cost with ${sizing.instanceCount} data node(s) (${sizing.instanceType}): a non-production stage may lose its domain for the minutes a master election takes; production runs three dedicated masters.`,
    );
  }
  if (sizing.availabilityZones === 1) {
    acknowledge(
      domain,
      'AwsSolutions-OS7',
      'A single-node development domain has no second node to place in another zone; staging and production spread their nodes over two and three zones.',
    );
  }
}
