/** Reading an object took longer than allowed; retrying later may succeed. */
export class ObjectReadTimeoutError extends Error {
  override readonly name = 'ObjectReadTimeoutError';
}

/**
 * Longest one read may take by default, from the request to the last byte, retries included:
 * it reads a 20 MiB article over a slow link and still leaves most of the ingest function's
 * 60 s for the rest of its batch.
 */
export const DEFAULT_READ_TIMEOUT_MS = 20_000;
