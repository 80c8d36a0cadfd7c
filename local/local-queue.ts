import { randomUUID } from 'node:crypto';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { Logger } from '../functions/commons/logger.ts';
import type { DeadLetterSink } from './dead-letter.ts';
import { type FailureCause, failureCause } from './failure-kind.ts';
import {
  failedMessageIds,
  type QueuedMessage,
  type QueueIdentity,
  toSqsRecord,
} from './sqs-event.ts';

/** A Lambda function fed by the queue. */
export type QueueConsumer = (event: SQSEvent) => Promise<Partial<SQSBatchResponse> | undefined>;

/** How the local queue delivers, retries and gives up. */
export interface LocalQueueOptions {
  queue: QueueIdentity;
  consumer: QueueConsumer;
  deadLetters: DeadLetterSink;
  logger: Logger;
  /** Messages per delivery, as an SQS event source's batch size. @default 10 */
  batchSize?: number;
  /** Deliveries before a message is dead-lettered, like the queue's maxReceiveCount. @default 5 */
  maxReceives?: number;
  /** Wait before redelivering after the given receive failed. @default 200 ms doubling, max 3 s */
  backoffMs?: (receiveCount: number) => number;
  /** Why a message the consumer listed as failed failed, when the consumer logged it. */
  failureReason?: (messageId: string) => FailureCause | undefined;
  clock?: () => number;
}

/** Exponential backoff: 200 ms, 400 ms, 800 ms… capped at 3 s. */
export function defaultBackoffMs(receiveCount: number): number {
  return Math.min(3_000, 200 * 2 ** (receiveCount - 1));
}

/** What finally became of a message. */
export type MessageOutcome = 'delivered' | 'dead-lettered' | 'abandoned';

/** How many messages ended each way since the queue was made. */
export type QueueTally = Record<MessageOutcome, number>;

interface InFlight extends QueuedMessage {
  lastCause?: FailureCause;
  replayable: boolean;
}

/** How a message is sent. */
export interface SendOptions {
  /**
   * Whether the next start finds what this message is about again by itself (an event made up
   * by start-up reconciliation, which the next start's reconciliation makes again): such a
   * message is let go when the queue closes instead of being waited for.
   * @default false: an event of an accepted write, which a stop waits for
   */
  replayable?: boolean;
}

/** What became of the messages a close found still queued. */
export interface CloseOutcome {
  /** Replayable messages let go undelivered (the next start's reconciliation makes them again). */
  leftToReplay: number;
  /** Other messages still undelivered when the wait ran out. */
  unfinished: number;
  /** Whether the wait ran out before every other message was delivered or dead-lettered. */
  timedOut: boolean;
}

/**
 * Stands in for SQS plus Lambda's event source mapping: delivers messages in small batches to
 * one consumer at a time, redelivers the ones it reports as failed (all of them if it throws)
 * after a backoff, and dead-letters a message after its last allowed receive.
 */
export class LocalQueue {
  private readonly ready: InFlight[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly idleWaiters: (() => void)[] = [];
  private readonly watchers = new Map<string, (outcome: MessageOutcome) => void>();
  private readonly counts: QueueTally = { delivered: 0, 'dead-lettered': 0, abandoned: 0 };
  private delivering: Promise<void> | null = null;
  private accepting = true;
  private stopped = false;
  private readonly batchSize: number;
  private readonly maxReceives: number;
  private readonly backoffMs: (receiveCount: number) => number;
  private readonly clock: () => number;

  constructor(private readonly options: LocalQueueOptions) {
    this.batchSize = options.batchSize ?? 10;
    this.maxReceives = options.maxReceives ?? 5;
    this.backoffMs = options.backoffMs ?? defaultBackoffMs;
    this.clock = options.clock ?? Date.now;
  }

  /** Enqueues a message body; returns its message id. */
  send(body: string, options: SendOptions = {}): string {
    if (!this.accepting)
      throw new Error('the local queue is shutting down and accepts no messages');
    const messageId = randomUUID();
    this.ready.push({
      messageId,
      body,
      sentTimestamp: this.clock(),
      receiveCount: 0,
      replayable: options.replayable ?? false,
    });
    this.deliverSoon();
    return messageId;
  }

  /**
   * Enqueues a message body and follows it: the promise says whether it was delivered, ended
   * in the dead-letter sink, or was abandoned at shutdown.
   */
  sendAndFollow(body: string): { messageId: string; outcome: Promise<MessageOutcome> } {
    const messageId = this.send(body);
    const outcome = new Promise<MessageOutcome>((resolve) => {
      this.watchers.set(messageId, resolve);
    });
    return { messageId, outcome };
  }

  /** How many messages were delivered, dead-lettered or abandoned so far. */
  tally(): QueueTally {
    return { ...this.counts };
  }

  /** Messages queued, being delivered or waiting for a retry. */
  get depth(): number {
    return this.ready.length + this.waitingForRetry + (this.delivering ? 1 : 0);
  }

  /** Resolves once every message has been delivered successfully or dead-lettered. */
  drained(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * Stops taking messages, lets replayable ones go (now, and any that a retry brings back), and
   * waits for every other message to be delivered or dead-lettered, retries included, however
   * long that takes up to `timeoutMs`; then abandons what is left (start-up reconciliation
   * finds those objects again) but always lets a delivery in progress finish, so the
   * consumer's resources can be closed after this.
   */
  async close(timeoutMs: number): Promise<CloseOutcome> {
    this.accepting = false;
    const leftToReplay = this.letReplayableGo(this.ready);
    this.notifyIfIdle();
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      this.drained().then(() => 'drained' as const),
      new Promise<'late'>((resolve) => {
        timer = setTimeout(() => resolve('late'), timeoutMs);
      }),
    ]);
    clearTimeout(timer);
    this.stopped = true;
    const unfinished = this.ready.length + this.waitingForRetry;
    for (const retry of this.timers) clearTimeout(retry);
    this.timers.clear();
    this.waitingForRetry = 0;
    this.ready.length = 0;
    this.counts.abandoned += unfinished;
    for (const watcher of this.watchers.values()) watcher('abandoned');
    this.watchers.clear();
    await this.delivering;
    this.notifyIfIdle();
    return {
      leftToReplay: leftToReplay + this.replayedAfterClose,
      unfinished,
      timedOut: outcome === 'late',
    };
  }

  /** Replayable messages let go by retries that came back after the queue began to close. */
  private replayedAfterClose = 0;

  // Removes the replayable messages from `messages` (in place), counted as abandoned.
  private letReplayableGo(messages: InFlight[]): number {
    const kept = messages.filter((message) => !message.replayable);
    const gone = messages.length - kept.length;
    if (gone === 0) return 0;
    for (const message of messages)
      if (message.replayable) this.settle(message.messageId, 'abandoned');
    messages.splice(0, messages.length, ...kept);
    return gone;
  }

  /** Messages held by retry timers. */
  private waitingForRetry = 0;

  private isIdle(): boolean {
    return this.ready.length === 0 && this.timers.size === 0 && this.delivering === null;
  }

  private notifyIfIdle(): void {
    if (!this.isIdle()) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private deliverSoon(): void {
    if (this.delivering || this.stopped) return;
    this.delivering = this.deliverAll().finally(() => {
      this.delivering = null;
      // A message sent between the loop's last check and now would otherwise wait forever.
      if (this.ready.length > 0) this.deliverSoon();
      else this.notifyIfIdle();
    });
  }

  private async deliverAll(): Promise<void> {
    // Let messages sent in the same tick (a multi-object delete, reconciliation) share a batch.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.ready.length > 0 && !this.stopped) {
      await this.deliver(this.ready.splice(0, this.batchSize));
    }
  }

  private async deliver(batch: InFlight[]): Promise<void> {
    const now = this.clock();
    const records: SQSRecord[] = batch.map((message) => {
      message.receiveCount += 1;
      message.firstReceiveTimestamp ??= now;
      return toSqsRecord(message, this.options.queue);
    });
    let failed: Set<string>;
    let thrown: FailureCause | undefined;
    try {
      const response = await this.options.consumer({ Records: records });
      failed = failedMessageIds(
        batch.map((message) => message.messageId),
        response,
      );
    } catch (error) {
      failed = new Set(batch.map((message) => message.messageId));
      const cause = failureCause(error);
      thrown = { ...cause, reason: `the consumer threw ${cause.reason}` };
    }
    const retries: InFlight[] = [];
    for (const [i, message] of batch.entries()) {
      if (!failed.has(message.messageId)) {
        this.settle(message.messageId, 'delivered');
        continue;
      }
      message.lastCause = thrown ??
        this.options.failureReason?.(message.messageId) ?? {
          reason: 'listed in batchItemFailures by the consumer',
          transient: false,
        };
      const record = records[i];
      if (message.receiveCount >= this.maxReceives && record) {
        await this.deadLetter(message, record);
      } else {
        retries.push(message);
      }
    }
    this.retryLater(retries);
  }

  // One timer for every message of a failed batch, so they come back together as one batch,
  // whatever the load on the event loop (separate timers could fire in different turns).
  private retryLater(messages: InFlight[]): void {
    if (messages.length === 0) return;
    const delay = this.backoffMs(Math.max(...messages.map((m) => m.receiveCount)));
    for (const message of messages) {
      this.options.logger.warn('message failed; retrying', {
        messageId: message.messageId,
        receiveCount: message.receiveCount,
        retryInMs: delay,
        reason: message.lastCause?.reason,
      });
    }
    this.waitingForRetry += messages.length;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.waitingForRetry -= messages.length;
      if (!this.accepting) this.replayedAfterClose += this.letReplayableGo(messages);
      this.ready.push(...messages);
      this.deliverSoon();
      this.notifyIfIdle();
    }, delay);
    this.timers.add(timer);
  }

  private settle(messageId: string, outcome: MessageOutcome): void {
    this.counts[outcome] += 1;
    this.watchers.get(messageId)?.(outcome);
    this.watchers.delete(messageId);
  }

  private async deadLetter(message: InFlight, record: SQSRecord): Promise<void> {
    const { reason, transient } = message.lastCause ?? { reason: 'unknown', transient: false };
    this.options.logger.error('message dead-lettered', {
      messageId: message.messageId,
      receiveCount: message.receiveCount,
      reason,
      transient,
    });
    try {
      await this.options.deadLetters({
        message: record,
        receiveCount: message.receiveCount,
        deadLetteredAt: new Date(this.clock()).toISOString(),
        reason,
        transient,
      });
    } catch (error) {
      // Losing the record is bad but must not stop the queue; the object is found again at
      // the next start by reconciliation.
      this.options.logger.error('could not write the dead letter', {
        messageId: message.messageId,
        error,
      });
    }
    this.settle(message.messageId, 'dead-lettered');
  }
}
