import { createHash } from 'node:crypto';
import type { SQSEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../functions/commons/logger.ts';
import type { DeadLetter } from '../../local/dead-letter.ts';
import { LocalQueue, type LocalQueueOptions } from '../../local/local-queue.ts';
import { failedMessageIds, localQueueArn } from '../../local/sqs-event.ts';

const QUEUE = { region: 'us-east-1', arn: localQueueArn('us-east-1', 'article-ingest') };

function queueWith(consumer: LocalQueueOptions['consumer'], letters: DeadLetter[] = []) {
  return new LocalQueue({
    queue: QUEUE,
    consumer,
    deadLetters: async (letter) => {
      letters.push(letter);
    },
    logger: silentLogger,
    backoffMs: () => 1,
  });
}

describe('local queue', () => {
  it('delivers messages in the SQS event shape Lambda receives', async () => {
    const events: SQSEvent[] = [];
    const queue = queueWith(async (event) => {
      events.push(event);
      return { batchItemFailures: [] };
    });

    const messageId = queue.send('{"Records":[]}');
    await queue.drained();

    expect(events[0]?.Records).toEqual([
      {
        messageId,
        receiptHandle: expect.any(String),
        body: '{"Records":[]}',
        attributes: {
          ApproximateReceiveCount: '1',
          SentTimestamp: expect.stringMatching(/^\d+$/),
          SenderId: expect.any(String),
          ApproximateFirstReceiveTimestamp: expect.stringMatching(/^\d+$/),
        },
        messageAttributes: {},
        md5OfBody: createHash('md5').update('{"Records":[]}').digest('hex'),
        eventSource: 'aws:sqs',
        eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:article-ingest',
        awsRegion: 'us-east-1',
      },
    ]);
  });

  it('delivers in batches of at most 10 messages, as an SQS event source does', async () => {
    const sizes: number[] = [];
    const queue = queueWith(async (event) => {
      sizes.push(event.Records.length);
      return { batchItemFailures: [] };
    });

    for (let i = 0; i < 25; i++) queue.send(String(i));
    await queue.drained();

    expect(sizes.reduce((a, b) => a + b, 0)).toBe(25);
    expect(Math.max(...sizes)).toBe(10);
  });

  it('redelivers only the messages listed as failed, with a growing receive count', async () => {
    const receives = new Map<string, string[]>();
    const queue = queueWith(async (event) => {
      for (const record of event.Records) {
        receives.set(record.body, [
          ...(receives.get(record.body) ?? []),
          record.attributes.ApproximateReceiveCount,
        ]);
      }
      const flaky = event.Records.filter(
        (r) => r.body === 'flaky' && r.attributes.ApproximateReceiveCount === '1',
      );
      return { batchItemFailures: flaky.map((r) => ({ itemIdentifier: r.messageId })) };
    });

    queue.send('fine');
    queue.send('flaky');
    await queue.drained();

    expect(receives.get('fine')).toEqual(['1']);
    expect(receives.get('flaky')).toEqual(['1', '2']);
  });

  it('redelivers the whole batch when the consumer throws', async () => {
    let calls = 0;
    const queue = queueWith(async () => {
      calls += 1;
      if (calls === 1) throw new Error('index unavailable');
      return { batchItemFailures: [] };
    });

    queue.send('a');
    queue.send('b');
    await queue.drained();

    expect(calls).toBe(2);
  });

  it('dead-letters a message after five failed receives, with the last reason', async () => {
    const letters: DeadLetter[] = [];
    let receives = 0;
    const queue = queueWith(async () => {
      receives += 1;
      throw new TypeError(`broken ${receives}`);
    }, letters);

    const messageId = queue.send('poison');
    await queue.drained();

    expect(receives).toBe(5);
    expect(letters).toEqual([
      {
        message: expect.objectContaining({ messageId, body: 'poison' }),
        receiveCount: 5,
        deadLetteredAt: expect.any(String),
        reason: 'the consumer threw TypeError: broken 5',
        transient: false,
      },
    ]);
  });

  it('marks a dead letter transient when its last failure may pass with time', async () => {
    const letters: DeadLetter[] = [];
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4569'), {
      code: 'ECONNREFUSED',
    });
    const queue = queueWith(async () => {
      throw refused;
    }, letters);

    queue.send('unreachable');
    await queue.drained();

    expect(letters[0]).toMatchObject({
      transient: true,
      reason: expect.stringContaining('ECONNREFUSED'),
    });
  });

  it('takes the reason and verdict the consumer logged for a message it listed as failed', async () => {
    const letters: DeadLetter[] = [];
    const queue = new LocalQueue({
      queue: QUEUE,
      consumer: async (event) => ({
        batchItemFailures: event.Records.map((r) => ({ itemIdentifier: r.messageId })),
      }),
      deadLetters: async (letter) => {
        letters.push(letter);
      },
      failureReason: () => ({ reason: 'SQLITE_FULL: database or disk is full', transient: true }),
      logger: silentLogger,
      backoffMs: () => 1,
    });

    queue.send('disk full');
    await queue.drained();

    expect(letters[0]).toMatchObject({
      reason: 'SQLITE_FULL: database or disk is full',
      transient: true,
    });
  });

  it('tells what became of a followed message, and counts every outcome', async () => {
    const queue = queueWith(async (event) => ({
      batchItemFailures: event.Records.filter((r) => r.body === 'poison').map((r) => ({
        itemIdentifier: r.messageId,
      })),
    }));

    const fine = queue.sendAndFollow('fine');
    const poison = queue.sendAndFollow('poison');
    queue.send('also fine');

    expect(await fine.outcome).toBe('delivered');
    expect(await poison.outcome).toBe('dead-lettered');
    await queue.drained();
    expect(queue.tally()).toEqual({ delivered: 2, 'dead-lettered': 1, abandoned: 0 });
  });

  it('reports a followed message abandoned at shutdown', async () => {
    const queue = new LocalQueue({
      queue: QUEUE,
      consumer: async (event) => ({
        batchItemFailures: event.Records.map((r) => ({ itemIdentifier: r.messageId })),
      }),
      deadLetters: async () => {},
      logger: silentLogger,
      backoffMs: () => 60_000,
    });
    const followed = queue.sendAndFollow('keeps failing');
    await new Promise((resolve) => setTimeout(resolve, 20));

    await queue.close(0);

    expect(await followed.outcome).toBe('abandoned');
    expect(queue.tally().abandoned).toBe(1);
  });

  it('stops taking messages on close but finishes the delivery in progress', async () => {
    let finished = false;
    let started: () => void = () => {};
    const deliveryStarted = new Promise<void>((resolve) => {
      started = resolve;
    });
    const queue = queueWith(async () => {
      started();
      await new Promise((resolve) => setTimeout(resolve, 20));
      finished = true;
      return { batchItemFailures: [] };
    });
    queue.send('slow');
    // Close only once the delivery is under way: before that, nothing is "in progress".
    await deliveryStarted;

    const closed = await queue.close(0);

    expect(finished).toBe(true);
    expect(closed.unfinished).toBe(0);
    expect(() => queue.send('late')).toThrow(/shutting down/);
  });

  it('waits on close until every message sent is delivered, retries included', async () => {
    const delivered: string[] = [];
    let failedOnce = false;
    const queue = queueWith(async (event) => {
      // Slow: 30 ms a message, and the first batch fails once and comes back by a retry.
      await new Promise((resolve) => setTimeout(resolve, 30 * event.Records.length));
      if (!failedOnce) {
        failedOnce = true;
        return { batchItemFailures: event.Records.map((r) => ({ itemIdentifier: r.messageId })) };
      }
      delivered.push(...event.Records.map((r) => r.body));
      return { batchItemFailures: [] };
    });
    const bodies = Array.from({ length: 25 }, (_, n) => `write ${n}`);
    for (const body of bodies) queue.send(body);

    const closed = await queue.close(10_000);

    expect(closed).toEqual({ leftToReplay: 0, unfinished: 0, timedOut: false });
    expect(delivered.sort()).toEqual([...bodies].sort());
    expect(queue.tally()).toEqual({ delivered: 25, 'dead-lettered': 0, abandoned: 0 });
  });

  it('lets replayable messages go on close, and delivers the others', async () => {
    const delivered: string[] = [];
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const queue = queueWith(async (event) => {
      await held;
      delivered.push(...event.Records.map((r) => r.body));
      return { batchItemFailures: [] };
    });
    // The first delivery takes what is queued in this tick, and is held; the rest wait.
    queue.send('write 0');
    await new Promise((resolve) => setTimeout(resolve, 10));
    for (let n = 0; n < 30; n++) queue.send(`reconciled ${n}`, { replayable: true });
    queue.send('write 1');
    queue.send('write 2');

    const closing = queue.close(10_000);
    release();
    const closed = await closing;

    expect(closed).toEqual({ leftToReplay: 30, unfinished: 0, timedOut: false });
    expect(delivered).toEqual(['write 0', 'write 1', 'write 2']);
    expect(queue.tally().abandoned).toBe(30);
  });

  it('gives up on close after the time allowed, and says how many it left', async () => {
    // The first delivery is held until well after close has given up, whatever the machine's
    // load: with a fixed 50 ms delivery, a slow timer let it finish inside the 20 ms allowed and
    // the next batch start, and the counts came out otherwise.
    let started!: () => void;
    const delivering = new Promise<void>((resolve) => {
      started = resolve;
    });
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const queue = queueWith(async () => {
      started();
      await held;
      return { batchItemFailures: [] };
    });
    queue.send('first');
    await delivering;
    for (let n = 0; n < 25; n++) queue.send(`write ${n}`);

    const closing = queue.close(20);
    // Timers fire in the order they fall due: this one after close's 20 ms, however late.
    setTimeout(release, 100);
    const closed = await closing;

    // The delivery in progress finishes; nothing after it starts.
    expect(closed).toEqual({ leftToReplay: 0, unfinished: 25, timedOut: true });
    expect(queue.tally()).toEqual({ delivered: 1, 'dead-lettered': 0, abandoned: 25 });
  });
});

describe('batch item failures', () => {
  const batch = ['m1', 'm2', 'm3'];

  it('are the listed messages', () => {
    expect(failedMessageIds(batch, { batchItemFailures: [{ itemIdentifier: 'm2' }] })).toEqual(
      new Set(['m2']),
    );
  });

  it('are none when the consumer returns nothing', () => {
    expect(failedMessageIds(batch, undefined)).toEqual(new Set());
  });

  it('are the whole batch when an identifier is not in it, as Lambda treats it', () => {
    expect(failedMessageIds(batch, { batchItemFailures: [{ itemIdentifier: 'other' }] })).toEqual(
      new Set(batch),
    );
  });
});
