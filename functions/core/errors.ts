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

/** Why a file cannot become an article; short, stable and meant for an operator's eyes. */
export type RejectionReason =
  /** Zero bytes. */
  | 'empty'
  /** Bytes that are not text in any encoding (NUL bytes, control characters, media). */
  | 'binary'
  /** Over the configured size limit, or markup too large to parse safely. */
  | 'too-large'
  /** A container whose parts would expand far beyond the file (zip bomb), or absurd nesting. */
  | 'too-complex'
  /** A format this pipeline does not read (images, spreadsheets, legacy .doc, RTF…). */
  | 'unsupported-type'
  /** A file of a supported format that does not parse (broken JSON, zip or PDF). */
  | 'malformed'
  /** A password-protected PDF or Office file. */
  | 'encrypted'
  /** A PDF whose pages carry no text layer (scans); it needs OCR first. */
  | 'no-text-layer'
  /** Nothing that reads as article text is left once markup and boilerplate are gone. */
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
  constructor(
    message: string,
    /** The parameter that named what is missing (`id`, `storyId`), when one did. */
    readonly parameter?: string,
  ) {
    super(message);
  }
}

/** Required configuration is missing or malformed; fails a function at start-up. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}
