/**
 * One change to one object in the article bucket, decoded from an S3 event notification.
 * The key is already URL-decoded.
 */
export interface ObjectEvent {
  kind: 'created' | 'removed';
  bucket: string;
  key: string;
  /** Hex string from S3; larger means later, for the same key only. */
  sequencer: string;
  /** Object size in bytes (created events only). */
  size?: number;
  /** ETag of the created version, without quotes (created events only). */
  eTag?: string;
  eventTime: string;
}
