/**
 * The file itself cannot become an article (empty, binary, wrong encoding, too large…).
 * Retrying will not help, so the pipeline records the reason instead of retrying.
 */
export class RejectedArticleError extends Error {
  override readonly name = 'RejectedArticleError';
  constructor(
    /** Short machine-readable reason, e.g. `empty`, `binary`, `too-large`. */
    readonly reason: RejectionReason,
    message: string,
  ) {
    super(message);
  }
}

export type RejectionReason =
  | 'empty'
  | 'binary'
  | 'encoding'
  | 'too-large'
  | 'unsupported-type'
  | 'no-text';

/** A request parameter from an API caller is malformed; maps to HTTP 400. */
export class InvalidRequestError extends Error {
  override readonly name = 'InvalidRequestError';
  constructor(
    /** The parameter at fault, as the caller spelled it. */
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

/** The requested thing does not exist; maps to HTTP 404. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}

/** Required configuration is missing or malformed; fails a function at start-up. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}
