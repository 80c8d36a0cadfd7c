import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';

/** Where reconciliation sends the events it makes up. */
export interface EventQueue {
  /** Sends every body; resolves with how many could not be sent. */
  send(bodies: readonly string[], onSent?: (sent: number) => void): Promise<{ failed: number }>;
}

// SendMessageBatch takes ten messages at most.
const BATCH = 10;
const TRIES = 3;

/**
 * The deployed ingest queue: messages go ten to a request, and entries SQS refuses within a
 * batch (throttling, a transient error) are sent again, up to three times in all.
 */
export function sqsEventQueue(sqs: SQSClient, queueUrl: string): EventQueue {
  return {
    async send(bodies, onSent) {
      let sent = 0;
      let failed = 0;
      for (let at = 0; at < bodies.length; at += BATCH) {
        let entries = bodies
          .slice(at, at + BATCH)
          .map((body, i) => ({ Id: String(i), MessageBody: body }));
        for (let attempt = 1; entries.length > 0; attempt++) {
          const answer = await sqs.send(
            new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries: entries }),
          );
          sent += answer.Successful?.length ?? 0;
          const refused = new Set((answer.Failed ?? []).map((f) => f.Id));
          entries = entries.filter((entry) => refused.has(entry.Id));
          if (attempt >= TRIES) {
            failed += entries.length;
            break;
          }
        }
        onSent?.(sent);
      }
      return { failed };
    },
  };
}
