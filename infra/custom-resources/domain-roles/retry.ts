/** How {@link retryUntil} waits between attempts and when it gives up. */
export interface RetryOptions {
  /** Epoch milliseconds after which no new attempt starts. */
  readonly deadline: number;
  /** Whether a failure may go away by itself. */
  readonly isRetryable: (error: unknown) => boolean;
  /** Called before each wait, so the caller can log the failure being retried. */
  readonly onRetry?: (error: unknown, delayMillis: number) => void;
  /** The clock; injected so tests do not wait. */
  readonly now: () => number;
  /** Waits; injected so tests do not wait. */
  readonly sleep: (millis: number) => Promise<void>;
}

const FIRST_DELAY_MILLIS = 1_000;
const MAX_DELAY_MILLIS = 15_000;

/**
 * Runs `action` until it succeeds, retrying retryable failures with exponential backoff while
 * the next attempt would still start before the deadline; otherwise rethrows the last failure.
 */
export async function retryUntil<T>(action: () => Promise<T>, options: RetryOptions): Promise<T> {
  let delay = FIRST_DELAY_MILLIS;
  for (;;) {
    try {
      return await action();
    } catch (error) {
      if (!options.isRetryable(error) || options.now() + delay > options.deadline) throw error;
      options.onRetry?.(error, delay);
      await options.sleep(delay);
      delay = Math.min(delay * 2, MAX_DELAY_MILLIS);
    }
  }
}
