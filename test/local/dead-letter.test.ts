import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SQSRecord } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleIndex } from '../../functions/core/ports.ts';
import {
  allDeadLetterSinks,
  type DeadLetter,
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
