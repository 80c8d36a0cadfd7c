import { appendFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { SQSRecord } from 'aws-lambda';
import * as z from 'zod';
import { parseS3Notification } from '../functions/commons/s3-notification.ts';
import type { ObjectEvent } from '../functions/core/ingest/object-event.ts';
import type { ArticleIndex } from '../functions/core/ports.ts';

/** The record of a message's last delivery; a redrive needs only its body. */
export type DeadLetterMessage = Pick<SQSRecord, 'messageId' | 'body'> &
  Partial<Omit<SQSRecord, 'messageId' | 'body'>>;

/** A message that kept failing, as written to the dead-letter file. */
export interface DeadLetter {
  /** The record of the last delivery. */
  message: DeadLetterMessage;
  receiveCount: number;
  /** ISO-8601 instant. */
  deadLetteredAt: string;
  /** Why the last delivery failed. */
  reason: string;
  /**
   * The failure may pass with time (see failure-kind.ts). Absent in records written before
   * the verdict was kept; the reason is read instead.
   */
  transient?: boolean;
}

/** Where dead letters go. */
export type DeadLetterSink = (letter: DeadLetter) => Promise<void>;

// The file is edited by people too (it is meant to be read with jq): every line is checked.
const DeadLetterLine = z.object({
  message: z.looseObject({ messageId: z.string(), body: z.string() }),
  receiveCount: z.number(),
  deadLetteredAt: z.string(),
  reason: z.string(),
  transient: z.boolean().optional(),
});

/** What taking letters out of the file found. */
export interface TakenLetters {
  /** The letters chosen, removed from the file. */
  taken: DeadLetter[];
  /** Letters left in the file. */
  kept: number;
  /** Lines that are not dead letters, left in the file as they were. */
  unreadable: number;
}

/**
 * The local dead-letter queue: a JSON-lines file, one line per message, readable with `jq`,
 * standing in for the dead-letter queue the deployed pipeline has. Letters are appended as
 * messages give up and taken out again by a redrive; both go through one queue of file
 * operations, so a letter written during a redrive is never lost.
 */
export class DeadLetterFile {
  private last: Promise<unknown> = Promise.resolve();

  constructor(readonly path: string) {}

  /** Appends a letter; the sink the local queue writes to. */
  readonly append: DeadLetterSink = (letter) =>
    this.serially(async () => {
      await mkdir(dirname(this.path), { recursive: true });
      await appendFile(this.path, `${JSON.stringify(letter)}\n`, 'utf8');
    });

  /** Every readable letter, oldest first. */
  async list(): Promise<DeadLetter[]> {
    return this.serially(async () => (await this.read()).letters.map(({ letter }) => letter));
  }

  /**
   * Removes the letters `choose` accepts and returns them; the rest, unreadable lines
   * included, stay in the file. The file is replaced in one rename, so a crash leaves either
   * the old file or the new one.
   */
  take(choose: (letter: DeadLetter) => boolean): Promise<TakenLetters> {
    return this.serially(async () => {
      const { letters, lines } = await this.read();
      const taken = letters.filter(({ letter }) => choose(letter));
      if (taken.length === 0) {
        return { taken: [], kept: letters.length, unreadable: lines.length - letters.length };
      }
      const takenLines = new Set(taken.map(({ line }) => line));
      const rest = lines.filter((_, i) => !takenLines.has(i));
      const temporary = `${this.path}.${process.pid}.tmp`;
      await writeFile(temporary, rest.map((line) => `${line}\n`).join(''), 'utf8');
      await rename(temporary, this.path);
      return {
        taken: taken.map(({ letter }) => letter),
        kept: letters.length - taken.length,
        unreadable: lines.length - letters.length,
      };
    });
  }

  private async read(): Promise<{
    lines: string[];
    letters: { line: number; letter: DeadLetter }[];
  }> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { lines: [], letters: [] };
      throw error;
    }
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    const letters: { line: number; letter: DeadLetter }[] = [];
    for (const [i, line] of lines.entries()) {
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        continue;
      }
      const parsed = DeadLetterLine.safeParse(json);
      if (!parsed.success) continue;
      const { transient, ...letter } = parsed.data;
      letters.push({
        line: i,
        letter: transient === undefined ? letter : { ...letter, transient },
      });
    }
    return { lines, letters };
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const result = this.last.then(work, work);
    this.last = result.catch(() => {});
    return result;
  }
}

/** Appends dead letters to a JSON-lines file (see {@link DeadLetterFile}). */
export function jsonLinesDeadLetters(file: string): DeadLetterSink {
  return new DeadLetterFile(file).append;
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
        // The version given up on: a newer one is not "already rejected" at the next start.
        ...(event.eTag !== undefined ? { eTag: event.eTag } : {}),
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
