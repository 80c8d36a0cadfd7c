import type { Context } from 'aws-lambda';
import type { PublishingMetrics } from './emf-metrics.ts';
import type { LambdaLogger } from './logger.ts';

/** A handler as the use-case wiring builds it: the event in, the answer out. */
export type EventHandler<R> = (event: unknown) => Promise<R>;

/** A handler as Lambda calls it. */
export type LambdaHandler<R> = (event: unknown, context: Context) => Promise<R>;

/**
 * Wraps a handler for Lambda: every log line of the invocation carries its context, and the
 * invocation's metrics are written out when it ends, whether it succeeded or threw.
 */
export function lambdaEntry<R>(
  handler: EventHandler<R>,
  observability: { logger: LambdaLogger; metrics: PublishingMetrics },
): LambdaHandler<R> {
  const { logger, metrics } = observability;
  return async (event, context) => {
    logger.addContext(context);
    try {
      return await handler(event);
    } finally {
      metrics.publish();
    }
  };
}
