import { describe, expect, it } from 'vitest';
import type { IndexedObject, IngestFailure } from '../../functions/core/ports.ts';
import {
  type BucketObject,
  planReconciliation,
  walkReconciliation,
} from '../../local/reconcile.ts';
import { createSequencerClock } from '../../local/sequencer-clock.ts';

const T0 = Date.parse('2025-03-01T10:00:00.000Z');
const sequencerAt = (ms: number) => createSequencerClock(() => ms)();

const object = (key: string, size = 10, modifiedMs = T0): BucketObject => ({
  key,
  size,
  lastModified: new Date(modifiedMs),
});

const indexed = (key: string, size = 10, sequencer = sequencerAt(T0 + 500)): IndexedObject => ({
  id: `id-${key}`,
  bucket: 'articles',
  key,
  size,
  sequencer,
});

const failure = (key: string, failedAtMs: number): IngestFailure => ({
  bucket: 'articles',
  key,
  reason: 'binary',
  message: 'not text',
  failedAt: new Date(failedAtMs).toISOString(),
});

describe('reconciliation plan', () => {
  it('creates objects the index lacks', async () => {
    const plan = await planReconciliation(
      'articles',
      [object('a.txt'), object('b.txt')],
      [indexed('a.txt')],
      [],
    );

    expect(plan.create.map((o) => o.key)).toEqual(['b.txt']);
    expect(plan.remove).toEqual([]);
  });

  it('removes indexed objects the bucket no longer has', async () => {
    const plan = await planReconciliation(
      'articles',
      [object('a.txt')],
      [indexed('a.txt'), indexed('gone.txt')],
      [],
    );

    expect(plan.remove.map((o) => o.key)).toEqual(['gone.txt']);
  });

  it('re-creates an object whose size differs from the indexed one', async () => {
    const plan = await planReconciliation(
      'articles',
      [object('a.txt', 11)],
      [indexed('a.txt', 10)],
      [],
    );

    expect(plan.create.map((o) => o.key)).toEqual(['a.txt']);
  });

  it('re-creates an object modified after its indexed event was issued', async () => {
    const plan = await planReconciliation(
      'articles',
      [object('a.txt', 10, T0 + 60_000)],
      [indexed('a.txt', 10, sequencerAt(T0 + 500))],
      [],
    );

    expect(plan.create.map((o) => o.key)).toEqual(['a.txt']);
  });

  it('leaves an up-to-date object alone', async () => {
    const plan = await planReconciliation('articles', [object('a.txt')], [indexed('a.txt')], []);

    expect(plan).toEqual({ create: [], remove: [], alreadyRejected: [] });
  });

  it('does not retry the very version that was rejected (same ETag)', async () => {
    const plan = await planReconciliation(
      'articles',
      [{ ...object('bad.bin'), eTag: 'v1' }],
      [],
      [{ ...failure('bad.bin', T0 + 100), eTag: 'v1' }],
    );

    expect(plan.create).toEqual([]);
    expect(plan.alreadyRejected.map((o) => o.key)).toEqual(['bad.bin']);
  });

  it('retries a same-second overwrite of a rejected object (another ETag)', async () => {
    const plan = await planReconciliation(
      'articles',
      [{ ...object('bad.bin'), eTag: 'v2' }],
      [],
      [{ ...failure('bad.bin', T0 + 5_000), eTag: 'v1' }],
    );

    expect(plan.create.map((o) => o.key)).toEqual(['bad.bin']);
    expect(plan.alreadyRejected).toEqual([]);
  });

  it('without ETags, does not retry an object rejected a second or more after its listed time', async () => {
    const plan = await planReconciliation(
      'articles',
      [object('bad.bin')],
      [],
      [failure('bad.bin', T0 + 1_000)],
    );

    expect(plan.create).toEqual([]);
    expect(plan.alreadyRejected.map((o) => o.key)).toEqual(['bad.bin']);
  });

  it('without ETags, retries an object rejected within its listed second: a later version of that second may be in the bucket', async () => {
    const plan = await planReconciliation(
      'articles',
      [object('bad.bin')],
      [],
      [failure('bad.bin', T0 + 100)],
    );

    expect(plan.create.map((o) => o.key)).toEqual(['bad.bin']);
  });

  it('re-creates a same-size overwrite indexed within the same second, by its ETag', async () => {
    const plan = await planReconciliation(
      'articles',
      [{ ...object('a.txt', 10, T0), eTag: 'v2' }],
      [{ ...indexed('a.txt', 10, sequencerAt(T0 + 500)), eTag: 'v1' }],
      [],
    );

    expect(plan.create.map((o) => o.key)).toEqual(['a.txt']);
  });

  it('leaves an object alone whose ETag is the one indexed, whatever the times say', async () => {
    const plan = await planReconciliation(
      'articles',
      [{ ...object('a.txt', 10, T0 + 60_000), eTag: 'v1' }],
      [{ ...indexed('a.txt', 10, sequencerAt(T0 + 500)), eTag: 'v1' }],
      [],
    );

    expect(plan.create).toEqual([]);
  });

  it('retries a rejected object that changed since', async () => {
    const plan = await planReconciliation(
      'articles',
      [object('bad.bin', 10, T0 + 60_000)],
      [],
      [failure('bad.bin', T0 + 100)],
    );

    expect(plan.create.map((o) => o.key)).toEqual(['bad.bin']);
  });

  it('ignores other buckets', async () => {
    const other = { ...indexed('a.txt'), bucket: 'elsewhere' };

    const plan = await planReconciliation('articles', [], [other], []);

    expect(plan.remove).toEqual([]);
  });

  it('matches keys in the byte order S3 lists them, where UTF-16 order differs', async () => {
    // U+FF5E sorts after U+1F600 as UTF-16 units, before it as UTF-8 bytes.
    const keys = ['a.txt', '\uff5e.txt', '\u{1f600}.txt'];
    const inBucket = keys.map((key) => object(key));
    const inIndex = keys.map((key) => indexed(key));
    // One key a page, so the keys are compared across pages as well as within one.
    async function* each<T>(items: T[]) {
      for (const item of items) yield [item];
    }

    const steps = [];
    for await (const batch of walkReconciliation(each(inBucket), each(inIndex), [], 'articles')) {
      steps.push(...batch.map((step) => step.action));
    }

    expect(steps).toEqual(['keep', 'keep', 'keep']);
  });
});
