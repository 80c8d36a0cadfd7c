import type { Logger } from '../functions/commons/logger.ts';
import { type FailureCause, failureCause } from './failure-kind.ts';

/** Remembers why the ingest handler failed each message, for the dead-letter record. */
export interface FailureReasons {
  /** The logger to give the handler; it passes every line through. */
  logger: Logger;
  /** The last cause logged for a message, forgotten once read. */
  take(messageId: string): FailureCause | undefined;
}

/**
 * The handler reports a failed message only by id (that is all SQS needs), but logs the
 * error next to the id; catching that line is how the local dead-letter file can say why,
 * and whether the failure may pass with time.
 */
export function captureFailureReasons(logger: Logger): FailureReasons {
  const causes = new Map<string, FailureCause>();
  return {
    logger: {
      info: (message, fields) => logger.info(message, fields),
      warn: (message, fields) => logger.warn(message, fields),
      error(message, fields) {
        const messageId = fields?.messageId;
        const error = fields?.error;
        if (typeof messageId === 'string' && error !== undefined) {
          causes.set(messageId, failureCause(error));
        }
        logger.error(message, fields);
      },
    },
    take(messageId) {
      const cause = causes.get(messageId);
      causes.delete(messageId);
      return cause;
    },
  };
}
