import type { SQSBatchItemFailure, SQSBatchResponse } from 'aws-lambda';
import { z } from 'zod';
import type { Logger } from '../commons/logger.ts';
import { METRIC, type MetricName, type Metrics, noMetrics } from '../commons/metrics.ts';
import { parseS3Notification } from '../commons/s3-notification.ts';
import {
  type IngestDependencies,
  type IngestOutcome,
  ingestObject,
} from '../core/ingest-object.ts';

const SqsEventSchema = z.object({
  Records: z.array(z.object({ messageId: z.string().min(1), body: z.string() })),
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
 * receive limit, moves it to the dead-letter queue), while the rest of the batch succeeds.
 */
export function createIngestHandler(deps: IngestHandlerDependencies): IngestHandler {
  const { logger, metrics = noMetrics } = deps;
  return async (event) => {
    const { Records } = SqsEventSchema.parse(event);
    const batchItemFailures: SQSBatchItemFailure[] = [];
    for (const message of Records) {
      try {
        for (const objectEvent of parseS3Notification(message.body)) {
          const outcome = await ingestObject(objectEvent, deps);
          metrics.count(OUTCOME_METRIC[outcome.status]);
          const fields = { messageId: message.messageId, key: objectEvent.key, ...outcome };
          if (outcome.status === 'rejected') logger.warn('article rejected', fields);
          else logger.info(`article ${outcome.status}`, { ...fields, article: undefined });
        }
      } catch (error) {
        logger.error('message failed; SQS will retry it', { messageId: message.messageId, error });
        batchItemFailures.push({ itemIdentifier: message.messageId });
        metrics.count(METRIC.messagesFailed);
      }
    }
    return { batchItemFailures };
  };
}
