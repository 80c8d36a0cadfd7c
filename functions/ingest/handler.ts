import type { SQSBatchItemFailure, SQSBatchResponse } from 'aws-lambda';
import type { Logger } from '../commons/logger.ts';
import { METRIC, type MetricName, type Metrics, noMetrics } from '../commons/metrics.ts';
import { parseS3Notification } from '../commons/s3-notification.ts';
import {
  type IngestDependencies,
  type IngestOutcome,
  ingestObjects,
} from '../core/ingest/ingest-object.ts';
import type { ObjectEvent } from '../core/ingest/object-event.ts';
import * as z from '../core/zod.ts';

const SqsEventSchema = z.object({
  Records: z.array(z.object({ messageId: z.string().check(z.minLength(1)), body: z.string() })),
});

/** What the ingest handler is built from. */
export interface IngestHandlerDependencies extends IngestDependencies {
  logger: Logger;
  /**
   * Where outcome counts go.
   * @default noMetrics
   */
  metrics?: Metrics;
}

const OUTCOME_METRIC: Record<IngestOutcome['status'], MetricName> = {
  indexed: METRIC.articlesIndexed,
  removed: METRIC.articlesRemoved,
  skipped: METRIC.articlesSkipped,
  rejected: METRIC.articlesRejected,
};

/** The ingest Lambda: SQS messages carrying S3 notifications in, partial batch failures out. */
export type IngestHandler = (event: unknown) => Promise<SQSBatchResponse>;

/**
 * Builds the ingest handler. Every message is processed on its own: one that fails is
 * reported in `batchItemFailures` so SQS retries just that message (and, after the queue's
 * receive limit, moves it to the dead-letter queue), while the rest of the batch succeeds. The
 * articles of the whole batch are written together (see `ingestObjects`).
 */
export function createIngestHandler(deps: IngestHandlerDependencies): IngestHandler {
  const { logger, metrics = noMetrics } = deps;
  return async (event) => {
    const { Records } = SqsEventSchema.parse(event);
    const failed = new Set<string>();
    const fail = (messageId: string, error: unknown) => {
      if (failed.has(messageId)) return;
      logger.error('message failed; SQS will retry it', { messageId, error });
      failed.add(messageId);
      metrics.count(METRIC.messagesFailed);
    };
    const events: Array<{ messageId: string; event: ObjectEvent }> = [];
    for (const message of Records) {
      try {
        for (const objectEvent of parseS3Notification(message.body)) {
          events.push({ messageId: message.messageId, event: objectEvent });
        }
      } catch (error) {
        fail(message.messageId, error);
      }
    }
    const results = await ingestObjects(
      events.map((e) => e.event),
      deps,
    );
    for (const [i, { messageId, event: objectEvent }] of events.entries()) {
      const result = results[i];
      if (result === undefined || 'error' in result) {
        fail(messageId, result?.error);
        continue;
      }
      metrics.count(OUTCOME_METRIC[result.status]);
      const fields = { messageId, key: objectEvent.key, ...result };
      if (result.status === 'rejected') logger.warn('article rejected', fields);
      else logger.info(`article ${result.status}`, { ...fields, article: undefined });
    }
    const batchItemFailures: SQSBatchItemFailure[] = Records.filter((m) =>
      failed.has(m.messageId),
    ).map((m) => ({ itemIdentifier: m.messageId }));
    return { batchItemFailures };
  };
}
