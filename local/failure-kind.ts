/**
 * Why a message failed, and whether waiting can help. A transient failure (a timeout, a broken
 * connection, a busy or full disk, a throttled or failing service) may pass once the cause is
 * repaired, so the local stack retries such dead letters on its next start by itself; any other
 * failure (a bug meeting one file) would only fail again, and waits for `articles redrive`.
 */
export interface FailureCause {
  /** `Name: message`, for the dead-letter record and the log. */
  reason: string;
  transient: boolean;
}

// Error names (the AWS SDK names its errors by their S3 or SQS error code) and Node, SQLite and
// OpenSearch client codes of failures that pass.
const TRANSIENT_NAMES = new Set([
  'ObjectReadTimeoutError',
  'TimeoutError',
  'AbortError',
  'RequestTimeout',
  'RequestTimeoutException',
  'SlowDown',
  'ServiceUnavailable',
  'InternalError',
  'ThrottlingException',
  'ConnectionError',
  'NoLivingConnectionsError',
]);
const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOSPC',
  'EMFILE',
  'ENFILE',
  'EBUSY',
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_FULL',
  'SQLITE_IOERR',
]);
// The same, for a reason recorded as text by an earlier version (no `transient` field).
const TRANSIENT_TEXT = new RegExp(
  [
    ...TRANSIENT_NAMES,
    ...TRANSIENT_CODES,
    'socket hang up',
    'timed out',
    'Too Many Requests',
    'status(?:Code)? (?:429|5\\d\\d)',
  ].join('|'),
);

interface ErrorShape {
  name?: unknown;
  code?: unknown;
  statusCode?: unknown;
  $retryable?: unknown;
  $metadata?: { httpStatusCode?: unknown };
  meta?: { statusCode?: unknown };
  cause?: unknown;
}

const isTransientStatus = (status: unknown) =>
  typeof status === 'number' && (status === 429 || status >= 500);

/** Whether an error is one that may pass with time, looking through its causes. */
export function isTransientError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const e = error as ErrorShape;
  if (typeof e.name === 'string' && TRANSIENT_NAMES.has(e.name)) return true;
  // SQLite's extended codes refine the primary one: SQLITE_IOERR_WRITE is an SQLITE_IOERR.
  const code = typeof e.code === 'string' ? e.code : '';
  if ([...TRANSIENT_CODES].some((c) => code === c || code.startsWith(`${c}_`))) return true;
  if (e.$retryable !== undefined) return true;
  if (isTransientStatus(e.$metadata?.httpStatusCode) || isTransientStatus(e.meta?.statusCode))
    return true;
  if (typeof e.statusCode === 'number' && isTransientStatus(e.statusCode)) return true;
  return isTransientError(e.cause, depth + 1);
}

/** A reason recorded as text, read the same way; for dead letters that carry no verdict. */
export function isTransientReason(reason: string): boolean {
  return TRANSIENT_TEXT.test(reason);
}

/** The cause of a failure, as the dead-letter record keeps it. */
export function failureCause(error: unknown): FailureCause {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { reason, transient: isTransientError(error) };
}
