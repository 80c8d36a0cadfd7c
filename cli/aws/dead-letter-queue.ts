import {
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  ListMessageMoveTasksCommand,
  type SQSClient,
  StartMessageMoveTaskCommand,
} from '@aws-sdk/client-sqs';

/** A queue, by both of the names SQS APIs ask for. */
export interface QueueAddress {
  url: string;
  arn: string;
}

const QUEUE_ARN = /^arn:aws[\w-]*:sqs:([\w-]+):(\d{12}):([\w-]+(?:\.fifo)?)$/;

/** Finds a queue's URL and ARN from either, and how many messages it holds. */
export async function describeQueue(
  sqs: SQSClient,
  urlOrArn: string,
): Promise<QueueAddress & { messages: number }> {
  let url = urlOrArn;
  const arn = QUEUE_ARN.exec(urlOrArn);
  if (arn) {
    const [, , account, name] = arn;
    const found = await sqs.send(
      new GetQueueUrlCommand({ QueueName: name, QueueOwnerAWSAccountId: account }),
    );
    if (!found.QueueUrl) throw new Error(`no queue answers to ${urlOrArn}`);
    url = found.QueueUrl;
  } else if (!/^https?:\/\//.test(urlOrArn)) {
    throw new Error(`"${urlOrArn}" is neither a queue URL nor a queue ARN`);
  }
  const attributes = await sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: url,
      AttributeNames: ['QueueArn', 'ApproximateNumberOfMessages'],
    }),
  );
  const queueArn = attributes.Attributes?.QueueArn;
  if (!queueArn) throw new Error(`SQS did not say the ARN of ${url}`);
  return {
    url,
    arn: queueArn,
    messages: Number(attributes.Attributes?.ApproximateNumberOfMessages ?? 0),
  };
}

/** How a move of dead letters back to their source queue ended, or stands. */
export interface MoveTaskReport {
  /** `nothing-to-move`, `started` (not waited for), or SQS's final status. */
  status: 'nothing-to-move' | 'started' | 'COMPLETED' | 'CANCELLED' | 'FAILED';
  deadLetterQueue: string;
  /** Messages in the dead-letter queue when the move started. */
  toMove: number;
  moved: number;
  taskHandle?: string;
  failureReason?: string;
}

/** What a redrive of a deployed dead-letter queue needs. */
export interface MoveDeadLettersOptions {
  sqs: SQSClient;
  /** The dead-letter queue's URL or ARN. */
  deadLetterQueue: string;
  /** Cap on messages moved per second, so a large backlog does not flood ingestion. */
  maxPerSecond?: number;
  /** Follow the task until it ends. @default true */
  wait?: boolean;
  /** Called each time the task's counts are read. */
  progress?: (moved: number, toMove: number) => void;
  /** @default 2 s */
  pollMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Moves every message of a dead-letter queue back to the queue it came from with SQS's own
 * message move task (`StartMessageMoveTask`: SQS moves them itself, in order, and they arrive
 * as new messages with a fresh receive count), then follows the task to its end, reporting
 * how many moved. Replayed events are safe to apply: the index keeps the newest event per
 * key, so one overtaken by a later upload or deletion changes nothing.
 */
export async function moveDeadLetters(options: MoveDeadLettersOptions): Promise<MoveTaskReport> {
  const { sqs, wait = true, pollMs = 2_000, sleep = sleepFor } = options;
  const queue = await describeQueue(sqs, options.deadLetterQueue);
  const report: MoveTaskReport = {
    status: 'nothing-to-move',
    deadLetterQueue: queue.arn,
    toMove: queue.messages,
    moved: 0,
  };
  if (queue.messages === 0) return report;

  const started = await sqs.send(
    new StartMessageMoveTaskCommand({
      SourceArn: queue.arn,
      ...(options.maxPerSecond ? { MaxNumberOfMessagesPerSecond: options.maxPerSecond } : {}),
    }),
  );
  const taskHandle = started.TaskHandle;
  if (taskHandle) report.taskHandle = taskHandle;
  if (!wait) return { ...report, status: 'started' };

  for (;;) {
    const listed = await sqs.send(new ListMessageMoveTasksCommand({ SourceArn: queue.arn }));
    const task = listed.Results?.find((t) => t.TaskHandle === taskHandle) ?? listed.Results?.[0];
    const moved = task?.ApproximateNumberOfMessagesMoved ?? 0;
    const toMove = task?.ApproximateNumberOfMessagesToMove ?? report.toMove;
    options.progress?.(moved, toMove);
    const status = task?.Status;
    if (status === 'COMPLETED' || status === 'CANCELLED' || status === 'FAILED') {
      return {
        ...report,
        status,
        moved,
        toMove,
        ...(task?.FailureReason ? { failureReason: task.FailureReason } : {}),
      };
    }
    await sleep(pollMs);
  }
}
