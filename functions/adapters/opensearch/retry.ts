import * as errors from '@opensearch-project/opensearch/lib/errors.js';

/** How often and how patiently a request is retried. */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** Ceiling of the first wait; it doubles with every retry up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** 0 ≤ x < 1; injectable so tests are deterministic. */
  random: () => number;
  sleep: (ms: number) => Promise<void>;
}

/** Five tries over at most a few seconds: long enough for a throttled cluster to catch up. */
export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 5,
  baseDelayMs: 100,
  maxDelayMs: 3_000,
  random: Math.random,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Statuses that say "not now" rather than "no": throttled, or a node or proxy unavailable. */
const TRANSIENT_STATUSES = new Set([429, 502, 503, 504]);

/** Whether an HTTP status (of a request or of one bulk item) is worth retrying. */
export function isTransientStatus(status: number): boolean {
  return TRANSIENT_STATUSES.has(status);
}

/**
 * Whether a failed request is worth retrying: a transient status, a connection that broke (a
 * kept-alive socket the server closed), or a timeout. Every write we send is conditional on the
 * version it read (see `ordered-writer.ts`), so sending one again cannot apply it twice.
 */
export function isTransientError(error: unknown): boolean {
  if (error instanceof errors.ResponseError) return isTransientStatus(error.statusCode);
  return error instanceof errors.ConnectionError || error instanceof errors.TimeoutError;
}

/**
 * Wait before retry number `retry` (1 for the first): "full jitter", a uniformly random time up
 * to the exponential ceiling, so that many clients throttled at once do not retry in lockstep.
 */
export function backoffDelay(policy: RetryPolicy, retry: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.floor(policy.random() * ceiling);
}

/** Runs `operation`, retrying transient failures with backoff; rethrows the last failure. */
export async function withRetry<T>(policy: RetryPolicy, operation: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (attempt >= policy.attempts || !isTransientError(error)) throw error;
      await policy.sleep(backoffDelay(policy, attempt));
    }
  }
}
