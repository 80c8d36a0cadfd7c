import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { SQSRecord } from 'aws-lambda';
import { parseS3Notification } from '../functions/commons/s3-notification.ts';
import type { ObjectEvent } from '../functions/core/object-event.ts';
import type { ArticleIndex } from '../functions/core/ports.ts';

/** A message that kept failing, as written to the dead-letter file. */
export interface DeadLetter {
  /** The record of the last delivery. */
  message: SQSRecord;
  receiveCount: number;
  /** ISO-8601 instant. */
  deadLetteredAt: string;
  /** Why the last delivery failed. */
  reason: string;
}

/** Where dead letters go. */
export type DeadLetterSink = (letter: DeadLetter) => Promise<void>;

/**
 * Appends dead letters to a JSON-lines file: one line per message, readable with `jq` and
 * easy to replay by hand, standing in for the dead-letter queue the deployed pipeline has.
 */
export function jsonLinesDeadLetters(file: string): DeadLetterSink {
  return async (letter) => {
    await mkdir(dirname(file), { recursive: true });
    await appendFile(file, `${JSON.stringify(letter)}\n`, 'utf8');
  };
}

/**
 * Also lists each dead-lettered object among the index's failures, so `GET /failures` shows
 * files that failed for reasons other than their content (an unreadable bucket, a full disk),
 * not only those normalisation rejected.
 */
export function failureRecordingDeadLetters(index: ArticleIndex): DeadLetterSink {
  return async (letter) => {
    let events: ObjectEvent[];
    try {
      events = parseS3Notification(letter.message.body);
    } catch {
      return; // Not an S3 notification: the dead-letter file is its only record.
    }
    for (const event of events) {
      await index.recordFailure({
        bucket: event.bucket,
        key: event.key,
        reason: 'retries-exhausted',
        message: `gave up after ${letter.receiveCount} attempts: ${letter.reason}`,
        failedAt: letter.deadLetteredAt,
      });
    }
  };
}

/** Sends every dead letter to each sink in turn. */
export function allDeadLetterSinks(...sinks: DeadLetterSink[]): DeadLetterSink {
  return async (letter) => {
    for (const sink of sinks) await sink(letter);
  };
}
