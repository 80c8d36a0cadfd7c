import { createHash, randomBytes } from 'node:crypto';
import type { SQSBatchResponse, SQSRecord } from 'aws-lambda';

/** A message waiting in, or being delivered from, the local queue. */
export interface QueuedMessage {
  messageId: string;
  body: string;
  /** Epoch milliseconds. */
  sentTimestamp: number;
  receiveCount: number;
  /** Epoch milliseconds of the first delivery, once delivered. */
  firstReceiveTimestamp?: number;
}

/** The queue a record claims to come from. */
export interface QueueIdentity {
  region: string;
  arn: string;
}

// What SQS shows as the sender of messages S3 publishes to a queue.
const S3_SENDER_ID = 'AIDAJHIPRHEMV73VRJEBU';

/** The queue ARN AWS would give a queue of this name in a placeholder account. */
export function localQueueArn(region: string, name: string): string {
  return `arn:aws:sqs:${region}:000000000000:${name}`;
}

/** Builds the record Lambda's SQS event source delivers for one receive of a message. */
export function toSqsRecord(message: QueuedMessage, queue: QueueIdentity): SQSRecord {
  return {
    messageId: message.messageId,
    // A fresh handle per receive, as SQS issues.
    receiptHandle: randomBytes(48).toString('base64'),
    body: message.body,
    attributes: {
      ApproximateReceiveCount: String(message.receiveCount),
      SentTimestamp: String(message.sentTimestamp),
      SenderId: S3_SENDER_ID,
      ApproximateFirstReceiveTimestamp: String(
        message.firstReceiveTimestamp ?? message.sentTimestamp,
      ),
    },
    messageAttributes: {},
    md5OfBody: createHash('md5').update(message.body, 'utf8').digest('hex'),
    eventSource: 'aws:sqs',
    eventSourceARN: queue.arn,
    awsRegion: queue.region,
  };
}

/**
 * The ids of the batch's messages that failed, read from a handler's response the way Lambda
 * reads it: no response or an empty list means all succeeded, and an item identifier that is
 * missing or not in the batch makes the whole batch count as failed.
 */
export function failedMessageIds(
  batchIds: readonly string[],
  response: Partial<SQSBatchResponse> | null | undefined,
): Set<string> {
  const failures = response?.batchItemFailures ?? [];
  const ids = new Set(batchIds);
  if (failures.some((failure) => !failure?.itemIdentifier || !ids.has(failure.itemIdentifier))) {
    return ids;
  }
  return new Set(failures.map((failure) => failure.itemIdentifier));
}
