import type { Logger } from '../functions/commons/logger.ts';

/** Remembers why the ingest handler failed each message, for the dead-letter record. */
export interface FailureReasons {
  /** The logger to give the handler; it passes every line through. */
  logger: Logger;
  /** The last reason logged for a message, forgotten once read. */
  take(messageId: string): string | undefined;
}

/**
 * The handler reports a failed message only by id (that is all SQS needs), but logs the
 * error next to the id; catching that line is how the local dead-letter file can say why.
 */
export function captureFailureReasons(logger: Logger): FailureReasons {
  const reasons = new Map<string, string>();
  return {
    logger: {
      info: (message, fields) => logger.info(message, fields),
      warn: (message, fields) => logger.warn(message, fields),
      error(message, fields) {
        const messageId = fields?.messageId;
        const error = fields?.error;
        if (typeof messageId === 'string' && error !== undefined) {
          reasons.set(
            messageId,
            error instanceof Error ? `${error.name}: ${error.message}` : String(error),
          );
        }
        logger.error(message, fields);
      },
    },
    take(messageId) {
      const reason = reasons.get(messageId);
      reasons.delete(messageId);
      return reason;
    },
  };
}
