import { type CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';

/** What the CLI needs to know about a deployed stage, read from its stacks' outputs. */
export interface StageResources {
  bucketName: string;
  /** The queue S3 notifies; reconciliation sends its events here. */
  ingestQueueUrl: string;
  deadLetterQueueUrl: string;
  /** The OpenSearch endpoint, with its scheme. */
  searchDomainEndpoint: string;
}

/** Reads one stack's outputs, by key. */
export type StackOutputs = (stackName: string) => Promise<Record<string, string>>;

/** Reads stack outputs with CloudFormation's DescribeStacks. */
export function cloudFormationOutputs(cloudFormation: CloudFormationClient): StackOutputs {
  return async (stackName) => {
    const answer = await cloudFormation.send(new DescribeStacksCommand({ StackName: stackName }));
    const outputs: Record<string, string> = {};
    for (const output of answer.Stacks?.[0]?.Outputs ?? []) {
      if (output.OutputKey && output.OutputValue !== undefined) {
        outputs[output.OutputKey] = output.OutputValue;
      }
    }
    return outputs;
  };
}

/**
 * The bucket, queues and domain of a deployed stage, from the outputs of `<stage>-Service`
 * and `<stage>-Storage`. A missing output names the stack and the output, and says what to do.
 */
export async function stageResources(
  stage: string,
  outputs: StackOutputs,
): Promise<StageResources> {
  const service = await outputs(`${stage}-Service`);
  const storage = await outputs(`${stage}-Storage`);
  const need = (stack: string, from: Record<string, string>, key: string) => {
    const value = from[key];
    if (!value) {
      throw new Error(
        `stack ${stack} has no output ${key}; deploy this version of the stage first (npx cdk deploy '${stage}/*')`,
      );
    }
    return value;
  };
  const endpoint = need(`${stage}-Storage`, storage, 'SearchDomainEndpoint');
  return {
    bucketName: need(`${stage}-Service`, service, 'BucketName'),
    ingestQueueUrl: need(`${stage}-Service`, service, 'IngestQueueUrl'),
    deadLetterQueueUrl: need(`${stage}-Service`, service, 'DeadLetterQueueUrl'),
    searchDomainEndpoint: /^https?:\/\//.test(endpoint) ? endpoint : `https://${endpoint}`,
  };
}
