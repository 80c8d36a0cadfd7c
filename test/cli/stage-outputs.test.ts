import { describe, expect, it } from 'vitest';
import { type StackOutputs, stageResources } from '../../cli/aws/stage-outputs.ts';
import { nextSequencer } from '../../functions/core/ingest/sequencer.ts';

const outputs =
  (stacks: Record<string, Record<string, string>>): StackOutputs =>
  async (name) =>
    stacks[name] ?? {};

describe('a deployed stage, from its stack outputs', () => {
  it('finds the bucket, both queues and the domain endpoint', async () => {
    const resources = await stageResources(
      'dev',
      outputs({
        'dev-Service': {
          BucketName: 'dev-storage-articlebucket-1',
          IngestQueueUrl: 'https://sqs.eu-west-1.amazonaws.com/123456789012/ingest',
          DeadLetterQueueUrl: 'https://sqs.eu-west-1.amazonaws.com/123456789012/dlq',
        },
        'dev-Storage': {
          SearchDomainEndpoint: 'https://search-article-search-dev.es.amazonaws.com',
        },
      }),
    );

    expect(resources).toEqual({
      bucketName: 'dev-storage-articlebucket-1',
      ingestQueueUrl: 'https://sqs.eu-west-1.amazonaws.com/123456789012/ingest',
      deadLetterQueueUrl: 'https://sqs.eu-west-1.amazonaws.com/123456789012/dlq',
      searchDomainEndpoint: 'https://search-article-search-dev.es.amazonaws.com',
    });
  });

  it('names the stack and output that is missing, and what to do', async () => {
    await expect(
      stageResources('prod', outputs({ 'prod-Storage': { SearchDomainEndpoint: 'https://x' } })),
    ).rejects.toThrow(
      "stack prod-Service has no output BucketName; deploy this version of the stage first (npx cdk deploy 'prod/*')",
    );
  });
});

describe('the sequencer after another', () => {
  it.each([
    ['0055AED6DCD90281E5', '0055AED6DCD90281E6'],
    ['0F', '10'],
    ['FF', '100'],
    ['0', '1'],
    ['a9', 'AA'],
  ])('after %s comes %s', (sequencer, next) => {
    expect(nextSequencer(sequencer)).toBe(next);
  });
});
