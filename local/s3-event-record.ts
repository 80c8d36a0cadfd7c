import { randomBytes } from 'node:crypto';
import type S3rver from 's3rver';

/** The S3 event types the local server produces. */
export type S3EventName =
  | 'ObjectCreated:Put'
  | 'ObjectCreated:Post'
  | 'ObjectCreated:Copy'
  | 'ObjectCreated:CompleteMultipartUpload'
  | 'ObjectRemoved:Delete';

/** One change to one object, as the local S3 server observed it (the key is not encoded). */
export interface ObjectChange {
  eventName: S3EventName;
  bucket: string;
  key: string;
  /** Created events only. */
  size?: number;
  /** Created events only; without quotes, as in S3 notifications. */
  eTag?: string;
  sourceIp: string;
}

/** An S3 event notification record exactly as AWS S3 delivers it (event version 2.1). */
export interface S3EventRecord {
  eventVersion: '2.1';
  eventSource: 'aws:s3';
  awsRegion: string;
  eventTime: string;
  eventName: S3EventName;
  userIdentity: { principalId: string };
  requestParameters: { sourceIPAddress: string };
  responseElements: { 'x-amz-request-id': string; 'x-amz-id-2': string };
  s3: {
    s3SchemaVersion: '1.0';
    configurationId: string;
    bucket: { name: string; ownerIdentity: { principalId: string }; arn: string };
    object: { key: string; size?: number; eTag?: string; sequencer: string };
  };
}

/** What a record needs beyond the change itself. */
export interface RecordContext {
  region: string;
  sequencer: string;
  time: Date;
}

// Fixed, recognisably fake identities: nothing reads them, but their shape matches S3's.
const PRINCIPAL_ID = 'AWS:AIDALOCALSTACKEXAMPLE';
const OWNER_PRINCIPAL_ID = 'A3LOCALSTACKOWNER';
/** The notification configuration's id, as it appears in every record. */
export const CONFIGURATION_ID = 'article-ingest';

/**
 * Encodes a key the way S3 writes it into notifications: form URL encoding (space as `+`,
 * only letters, digits and `-_.*` left alone, everything else percent-encoded as UTF-8),
 * except that `/` is kept.
 */
export function encodeS3EventKey(key: string): string {
  return encodeURIComponent(key)
    .replaceAll('%20', '+')
    .replaceAll('%2F', '/')
    .replace(/[!~'()]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Builds the record AWS S3 would deliver for a change. */
export function toS3EventRecord(change: ObjectChange, context: RecordContext): S3EventRecord {
  const created = change.eventName.startsWith('ObjectCreated:');
  return {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    awsRegion: context.region,
    eventTime: context.time.toISOString(),
    eventName: change.eventName,
    userIdentity: { principalId: PRINCIPAL_ID },
    requestParameters: { sourceIPAddress: change.sourceIp.replace(/^::ffff:/, '') },
    responseElements: {
      'x-amz-request-id': randomBytes(8).toString('hex').toUpperCase(),
      'x-amz-id-2': randomBytes(48).toString('base64'),
    },
    s3: {
      s3SchemaVersion: '1.0',
      configurationId: CONFIGURATION_ID,
      bucket: {
        name: change.bucket,
        ownerIdentity: { principalId: OWNER_PRINCIPAL_ID },
        arn: `arn:aws:s3:::${change.bucket}`,
      },
      object: {
        key: encodeS3EventKey(change.key),
        ...(created && change.size !== undefined ? { size: change.size } : {}),
        ...(created && change.eTag !== undefined ? { eTag: change.eTag } : {}),
        sequencer: context.sequencer,
      },
    },
  };
}

/**
 * Reads the change out of one record s3rver emitted. s3rver reports a completed multipart
 * upload as a form POST, so the caller says which it was.
 */
export function changeFromS3rver(
  record: S3rver.EventRecord,
  completedMultipartUpload: boolean,
): ObjectChange | null {
  const eventName = s3rverEventName(record.eventName, completedMultipartUpload);
  if (!eventName) return null;
  const { key, size, eTag } = record.s3.object;
  return {
    eventName,
    bucket: record.s3.bucket.name,
    key,
    ...(size !== undefined ? { size } : {}),
    ...(eTag !== undefined ? { eTag: eTag.replaceAll('"', '') } : {}),
    sourceIp: record.requestParameters.sourceIPAddress,
  };
}

function s3rverEventName(name: string, completedMultipartUpload: boolean): S3EventName | null {
  switch (name) {
    case 'ObjectCreated:Put':
    case 'ObjectCreated:Copy':
    case 'ObjectRemoved:Delete':
      return name;
    case 'ObjectCreated:Post':
      return completedMultipartUpload
        ? 'ObjectCreated:CompleteMultipartUpload'
        : 'ObjectCreated:Post';
    default:
      return null;
  }
}
