import Serializer from '@opensearch-project/opensearch/lib/Serializer.js';
import { describe, expect, it } from 'vitest';
import { JsonSerializer } from '../../functions/adapters/opensearch/json-serializer.ts';

// The package's own serializer as the Lambda client configured it before.
const reference = new Serializer({
  disablePrototypePoisoningProtection: false,
  enableLongNumeralSupport: false,
});
const ours = new JsonSerializer();

/** What a call returns, or the name, message and data of what it throws. */
function outcome(call: () => unknown): unknown {
  try {
    return { value: call() };
  } catch (error) {
    const { name, message, data } = error as { name: string; message: string; data: unknown };
    return { name, message, data };
  }
}

describe('JsonSerializer, the Lambda client serializer without json11', () => {
  const bodies: unknown[] = [
    { query: { match: { body: 'министр «визит»' } }, size: 10, from: 0 },
    [1, 'two', null, { three: [3] }],
    'a string',
    { big: 2 ** 60, small: -0.5, date: new Date('2026-12-07T00:00:00Z') },
  ];

  it.each(bodies)('serializes as the package does: %j', (body) => {
    expect(outcome(() => ours.serialize(body))).toEqual(outcome(() => reference.serialize(body)));
  });

  it('fails to serialize what JSON cannot hold as the package does', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const failure = outcome(() => ours.serialize(circular));
    expect(failure).toMatchObject({ name: 'SerializationError' });
    expect(failure).toEqual(outcome(() => reference.serialize(circular)));
    expect(outcome(() => ours.serialize({ id: 1n }))).toEqual(
      outcome(() => reference.serialize({ id: 1n })),
    );
  });

  const texts = [
    '{"hits":{"total":{"value":3},"hits":[{"_id":"a","_source":{"title":"Астана"}}]}}',
    '{"count": 12345678901234567890}',
    '{"__proto__": {"polluted": true}}',
    '{"constructor": {"prototype": {"polluted": true}}}',
    '{"truncated": ',
    '',
  ];

  it.each(texts)('deserializes as the package does, poisoned prototypes refused: %s', (text) => {
    expect(outcome(() => ours.deserialize(text))).toEqual(
      outcome(() => reference.deserialize(text)),
    );
  });

  it('refuses a __proto__ key with a DeserializationError', () => {
    expect(outcome(() => ours.deserialize('{"__proto__": {"x": 1}}'))).toMatchObject({
      name: 'DeserializationError',
    });
  });

  it('writes bulk bodies and query strings as the package does', () => {
    const bulk = [{ index: { _id: '1' } }, { title: 'a' }, '{"delete":{"_id":"2"}}'];
    expect(ours.ndserialize(bulk)).toBe(reference.ndserialize(bulk));
    expect(outcome(() => ours.ndserialize('no' as never))).toEqual(
      outcome(() => reference.ndserialize('no' as never)),
    );
    for (const query of [
      { refresh: 'wait_for', routing: undefined, _source_includes: ['title', 'date'] },
      'q=already',
      null,
      undefined,
    ]) {
      const copy = query && typeof query === 'object' ? { ...query } : query;
      expect(ours.qserialize(copy as never)).toBe(reference.qserialize(query as never));
    }
  });
});
