import type { ObjectEvent } from '../core/ingest/object-event.ts';
import { isSequencer } from '../core/ingest/sequencer.ts';
import * as z from '../core/zod.ts';

// The parts of an S3 event notification record the pipeline relies on; the rest is allowed
// through untouched so that new S3 fields never break ingestion.
const S3RecordSchema = z.object({
  eventSource: z.literal('aws:s3'),
  eventName: z.string(),
  eventTime: z.string(),
  s3: z.object({
    bucket: z.object({ name: z.string().check(z.minLength(1)) }),
    object: z.object({
      key: z.string().check(z.minLength(1)),
      size: z.optional(z.number().check(z.int(), z.gte(0))),
      eTag: z.optional(z.string()),
      sequencer: z.string().check(z.refine(isSequencer, 'sequencer must be a hex string')),
    }),
  }),
});

const S3NotificationSchema = z.object({ Records: z.array(S3RecordSchema) });
const S3TestEventSchema = z.object({ Event: z.literal('s3:TestEvent') });

/** An SQS message body that is not an S3 notification this pipeline understands. */
export class MalformedNotificationError extends Error {
  override readonly name = 'MalformedNotificationError';
}

/**
 * Decodes an object key as S3 writes it into notifications: form-URL-encoded, so `+` is a
 * space and must be replaced before percent-decoding (a literal `+` arrives as `%2B`).
 */
export function decodeS3Key(encoded: string): string {
  try {
    return decodeURIComponent(encoded.replaceAll('+', ' '));
  } catch {
    throw new MalformedNotificationError(`object key is not valid URL encoding: ${encoded}`);
  }
}

function kindOf(eventName: string): ObjectEvent['kind'] | null {
  if (eventName.startsWith('ObjectCreated:')) return 'created';
  if (eventName.startsWith('ObjectRemoved:')) return 'removed';
  return null;
}

/**
 * Parses one SQS message body into the object events it carries. The `s3:TestEvent` S3 sends
 * when notifications are configured, and event types other than created/removed, yield none.
 */
export function parseS3Notification(body: string): ObjectEvent[] {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new MalformedNotificationError('message body is not JSON');
  }
  if (S3TestEventSchema.safeParse(json).success) return [];
  const parsed = S3NotificationSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new MalformedNotificationError(
      `message body is not an S3 event notification: ${issue?.path.join('.') || 'body'}: ${issue?.message}`,
    );
  }
  const events: ObjectEvent[] = [];
  for (const record of parsed.data.Records) {
    const kind = kindOf(record.eventName);
    if (!kind) continue;
    const { bucket, object } = record.s3;
    events.push({
      kind,
      bucket: bucket.name,
      key: decodeS3Key(object.key),
      sequencer: object.sequencer,
      eventTime: record.eventTime,
      ...(object.size !== undefined ? { size: object.size } : {}),
      ...(kind === 'created' && object.eTag ? { eTag: object.eTag.replaceAll('"', '') } : {}),
    });
  }
  return events;
}
