import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { SQSRecord } from 'aws-lambda';

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
