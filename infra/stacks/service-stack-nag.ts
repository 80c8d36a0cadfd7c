import type { Stack } from 'aws-cdk-lib';
import { acknowledge } from '../compliance/acknowledge.ts';

/**
 * Acknowledges findings on the helper function CDK adds, once per stack, to configure S3 bucket
 * notifications: its code and role are CDK's, not ours, and it runs only during deployments.
 */
export function acknowledgeCdkSingletons(stack: Stack): void {
  const handler = stack.node.children.find((c) =>
    c.node.id.startsWith('BucketNotificationsHandler'),
  );
  if (handler === undefined) return;
  acknowledge(
    handler,
    'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    'CDK-managed deploy-time handler for S3 notifications: its role carries AWSLambdaBasicExecutionRole to write its own logs, and CDK offers no way to replace it.',
  );
  acknowledge(
    handler,
    'AwsSolutions-IAM5[Resource::*]',
    'CDK grants its S3 notifications handler s3:PutBucketNotification on "*" because the handler is shared by every bucket in the stack; it runs only during deployments.',
  );
}
