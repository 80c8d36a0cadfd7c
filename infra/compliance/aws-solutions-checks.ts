import { Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';

/**
 * Runs the cdk-nag AwsSolutions rules over everything in `scope` at synthesis, as a CDK policy
 * validation plugin: an unacknowledged finding fails `cdk synth`. Every acknowledgement sits
 * next to the resource it concerns, with its reason.
 */
export function applyAwsSolutionsChecks(scope: IConstruct): AwsSolutionsChecks {
  const checks = new AwsSolutionsChecks(scope, { verbose: true });
  Validations.of(scope).addPlugins(checks);
  return checks;
}
