import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SQSRecord } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleIndex } from '../../functions/core/ports.ts';
import {
  allDeadLetterSinks,
  type DeadLetter,
  DeadLetterFile,
  failureRecordingDeadLetters,
  jsonLinesDeadLetters,
} from '../../local/dead-letter.ts';
import { sqsEvent } from '../support/events.ts';
import { temporaryIndex } from '../support/fakes.ts';

let index: ArticleIndex;
let cleanup: () => Promise<void>;
let dir: string;

beforeEach(async () => {
  ({ index, cleanup } = await temporaryIndex());
  dir = await mkdtemp(join(tmpdir(), 'dead-letters-'));
});

afterEach(async () => {
  await cleanup();
  await rm(dir, { recursive: true, force: true });
});

function letter(body?: string): DeadLetter {
  const event = sqsEvent({ id: 'm1', kind: 'created', key: 'inbox/a b.txt', sequencer: '01' }) as {
    Records: SQSRecord[];
  };
  const message = event.Records[0] as SQSRecord;
  return {
    message: body === undefined ? message : { ...message, body },
    receiveCount: 5,
    deadLetteredAt: '2026-02-27T10:00:00.000Z',
    reason: 'SlowDown: please reduce your request rate',
  };
}

describe('dead letters', () => {
  it('lists a dead-lettered object among the failures, with why it gave up', async () => {
    await failureRecordingDeadLetters(index)(letter());

    expect(await index.listFailures(10)).toEqual([
      {
        bucket: 'articles',
        key: 'inbox/a b.txt',
        reason: 'retries-exhausted',
        message: 'gave up after 5 attempts: SlowDown: please reduce your request rate',
        failedAt: '2026-02-27T10:00:00.000Z',
      },
    ]);
  });

  it('keeps a message that is no S3 notification in the file only', async () => {
    const file = join(dir, 'dead-letter.jsonl');
    const sink = allDeadLetterSinks(jsonLinesDeadLetters(file), failureRecordingDeadLetters(index));

    await sink(letter('not json'));

    expect(await index.listFailures(10)).toEqual([]);
    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({
      receiveCount: 5,
      message: { body: 'not json' },
    });
  });
});

describe('the dead-letter file', () => {
  const withReason = (reason: string, transient?: boolean): DeadLetter => ({
    ...letter(),
    reason,
    ...(transient === undefined ? {} : { transient }),
  });

  it('takes out the chosen letters and keeps the rest, in order', async () => {
    const file = new DeadLetterFile(join(dir, 'dead-letter.jsonl'));
    await file.append(withReason('first', true));
    await file.append(withReason('second', false));
    await file.append(withReason('third', true));

    const result = await file.take((l) => l.transient === true);

    expect(result.taken.map((l) => l.reason)).toEqual(['first', 'third']);
    expect(result).toMatchObject({ kept: 1, unreadable: 0 });
    expect((await file.list()).map((l) => l.reason)).toEqual(['second']);
  });

  it('leaves lines that are not dead letters where they are, and counts them', async () => {
    const path = join(dir, 'dead-letter.jsonl');
    const file = new DeadLetterFile(path);
    await file.append(withReason('readable'));
    await appendFile(path, '{"half a line\n{"message": 1}\n');

    const result = await file.take(() => true);

    expect(result).toMatchObject({ kept: 0, unreadable: 2 });
    expect(result.taken).toHaveLength(1);
    expect((await readFile(path, 'utf8')).trim().split('\n')).toEqual([
      '{"half a line',
      '{"message": 1}',
    ]);
  });

  it('loses no letter written while a redrive takes others out', async () => {
    const file = new DeadLetterFile(join(dir, 'dead-letter.jsonl'));
    await file.append(withReason('old'));

    const [taken] = await Promise.all([
      file.take(() => true),
      file.append(withReason('new 1')),
      file.append(withReason('new 2')),
    ]);

    expect(taken.taken.map((l) => l.reason)).toEqual(['old']);
    expect((await file.list()).map((l) => l.reason)).toEqual(['new 1', 'new 2']);
  });

  it('reads a missing file as an empty one', async () => {
    const file = new DeadLetterFile(join(dir, 'never-written.jsonl'));

    expect(await file.take(() => true)).toEqual({ taken: [], kept: 0, unreadable: 0 });
  });

  it('keeps a letter recorded without a verdict, as earlier versions wrote them', async () => {
    const file = new DeadLetterFile(join(dir, 'dead-letter.jsonl'));
    await file.append(withReason('ECONNRESET: socket hang up'));

    expect((await file.list())[0]).not.toHaveProperty('transient');
  });
});
