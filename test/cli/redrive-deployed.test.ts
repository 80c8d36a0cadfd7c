import { afterEach, describe, expect, it } from 'vitest';
import { articles as run } from '../support/articles-cli.ts';
import { type FakeSqs, fakeAwsEnv, startFakeSqs } from '../support/fake-sqs.ts';

const DLQ_ARN = 'arn:aws:sqs:eu-west-1:123456789012:dev-Service-DeadLetterQueue';

let sqs: FakeSqs | undefined;
afterEach(async () => {
  await sqs?.close();
  sqs = undefined;
});

const articles = (args: string[]) => run(args, { env: fakeAwsEnv({ SQS: sqs?.url ?? '' }) });

/** A dead-letter queue holding `waiting` messages, whose move task runs for two polls. */
async function deadLetterQueueHolding(waiting: number): Promise<FakeSqs> {
  let polls = 0;
  return startFakeSqs({
    GetQueueUrl: () => ({ QueueUrl: `${sqs?.url}/123456789012/dev-Service-DeadLetterQueue` }),
    GetQueueAttributes: () => ({
      Attributes: { QueueArn: DLQ_ARN, ApproximateNumberOfMessages: String(waiting) },
    }),
    StartMessageMoveTask: () => ({ TaskHandle: 'task-1' }),
    ListMessageMoveTasks: () => {
      polls += 1;
      return {
        Results: [
          {
            TaskHandle: 'task-1',
            Status: polls < 2 ? 'RUNNING' : 'COMPLETED',
            SourceArn: DLQ_ARN,
            ApproximateNumberOfMessagesMoved: polls < 2 ? 1 : waiting,
            ApproximateNumberOfMessagesToMove: waiting,
          },
        ],
      };
    },
  });
}

describe('articles redrive, for a deployed dead-letter queue', () => {
  it('moves the messages back with a message move task and reports the counts', async () => {
    sqs = await deadLetterQueueHolding(3);

    const { code, stdout } = await articles([
      'redrive',
      '--dead-letter-queue',
      DLQ_ARN,
      '--max-per-second',
      '5',
    ]);

    expect(code).toBe(0);
    expect(stdout).toContain(`completed: moved 3 of 3 messages from ${DLQ_ARN}`);
    const start = sqs.calls.find((c) => c.operation === 'StartMessageMoveTask');
    // No destination: SQS moves each message back to the queue it was dead-lettered from.
    expect(start?.input).toEqual({ SourceArn: DLQ_ARN, MaxNumberOfMessagesPerSecond: 5 });
    expect(sqs.calls.filter((c) => c.operation === 'ListMessageMoveTasks').length).toBe(2);
  }, 20_000);

  it('starts nothing when the dead-letter queue is empty', async () => {
    sqs = await deadLetterQueueHolding(0);

    const { code, stdout } = await articles(['redrive', '--dead-letter-queue', DLQ_ARN]);

    expect(code).toBe(0);
    expect(stdout).toContain('is empty');
    expect(sqs.calls.map((c) => c.operation)).not.toContain('StartMessageMoveTask');
  });

  it('returns once started with --no-wait, as JSON with --json', async () => {
    sqs = await deadLetterQueueHolding(2);

    const { stdout } = await articles([
      'redrive',
      '--dead-letter-queue',
      `${sqs.url}/123456789012/dev-Service-DeadLetterQueue`,
      '--no-wait',
      '--json',
    ]);

    expect(JSON.parse(stdout)).toEqual({
      status: 'started',
      deadLetterQueue: DLQ_ARN,
      toMove: 2,
      moved: 0,
      taskHandle: 'task-1',
    });
  });

  it('refuses a queue given as neither URL nor ARN, naming it', async () => {
    sqs = await deadLetterQueueHolding(1);

    const { code, stderr } = await articles(['redrive', '--dead-letter-queue', 'my-queue']);

    expect(code).toBe(1);
    expect(stderr).toContain('"my-queue" is neither a queue URL nor a queue ARN');
  });
});
