import type S3rver from 's3rver';
import { describe, expect, it } from 'vitest';
import { decodeS3Key, parseS3Notification } from '../../functions/commons/s3-notification.ts';
import {
  changeFromS3rver,
  encodeS3EventKey,
  type ObjectChange,
  toS3EventRecord,
} from '../../local/s3-event-record.ts';

const CONTEXT = {
  region: 'us-east-1',
  sequencer: '0018A2B3C4D5E6F70001',
  time: new Date('2025-01-02T03:04:05.678Z'),
};

const PUT: ObjectChange = {
  eventName: 'ObjectCreated:Put',
  bucket: 'articles',
  key: 'inbox/Новость + test 1.txt',
  size: 42,
  eTag: 'd41d8cd98f00b204e9800998ecf8427e',
  sourceIp: '::ffff:127.0.0.1',
};

describe('S3 event key encoding', () => {
  it('writes spaces as +, keeps slashes and percent-encodes the rest as UTF-8', () => {
    expect(encodeS3EventKey('inbox/Новость + test 1.txt')).toBe(
      'inbox/%D0%9D%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D1%8C+%2B+test+1.txt',
    );
    expect(encodeS3EventKey("a(b)!~'*_-.=&?#%.md")).toBe('a%28b%29%21%7E%27*_-.%3D%26%3F%23%25.md');
  });

  it('round-trips through the decoding the ingest handler uses', () => {
    for (const key of ['plain.txt', 'a b+c/d e.md', 'ключ/%20 literal.txt', '日本語 ✓.txt']) {
      expect(decodeS3Key(encodeS3EventKey(key))).toBe(key);
    }
  });
});

describe('S3 event record', () => {
  it('has the shape AWS S3 delivers for a created object', () => {
    const record = toS3EventRecord(PUT, CONTEXT);

    expect(record).toEqual({
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: 'us-east-1',
      eventTime: '2025-01-02T03:04:05.678Z',
      eventName: 'ObjectCreated:Put',
      userIdentity: { principalId: expect.stringMatching(/^AWS:/) },
      requestParameters: { sourceIPAddress: '127.0.0.1' },
      responseElements: {
        'x-amz-request-id': expect.stringMatching(/^[0-9A-F]{16}$/),
        'x-amz-id-2': expect.any(String),
      },
      s3: {
        s3SchemaVersion: '1.0',
        configurationId: 'article-ingest',
        bucket: {
          name: 'articles',
          ownerIdentity: { principalId: expect.any(String) },
          arn: 'arn:aws:s3:::articles',
        },
        object: {
          key: 'inbox/%D0%9D%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D1%8C+%2B+test+1.txt',
          size: 42,
          eTag: 'd41d8cd98f00b204e9800998ecf8427e',
          sequencer: '0018A2B3C4D5E6F70001',
        },
      },
    });
  });

  it('leaves size and eTag out of a removed object, as S3 does', () => {
    const record = toS3EventRecord(
      {
        eventName: 'ObjectRemoved:Delete',
        bucket: 'articles',
        key: 'a.txt',
        sourceIp: '127.0.0.1',
      },
      CONTEXT,
    );

    expect(record.s3.object).toEqual({ key: 'a.txt', sequencer: CONTEXT.sequencer });
  });

  it('is understood by the ingest handler as the same object event', () => {
    const body = JSON.stringify({ Records: [toS3EventRecord(PUT, CONTEXT)] });

    expect(parseS3Notification(body)).toEqual([
      {
        kind: 'created',
        bucket: 'articles',
        key: PUT.key,
        sequencer: CONTEXT.sequencer,
        eventTime: '2025-01-02T03:04:05.678Z',
        size: 42,
        // The version announced, so that a rejection before download still names it.
        eTag: PUT.eTag,
      },
    ]);
  });
});

describe('s3rver events', () => {
  const record = (eventName: string, object: S3rver.EventRecord['s3']['object']) => ({
    eventName,
    eventTime: '2025-01-01T00:00:00.000Z',
    requestParameters: { sourceIPAddress: '127.0.0.1' },
    s3: { bucket: { name: 'articles' }, object },
  });

  it('keeps the raw key and drops s3rver’s own sequencer', () => {
    const change = changeFromS3rver(
      record('ObjectCreated:Put', { key: 'a b.txt', size: 3, eTag: 'abc', sequencer: '1' }),
      false,
    );

    expect(change).toEqual({
      eventName: 'ObjectCreated:Put',
      bucket: 'articles',
      key: 'a b.txt',
      size: 3,
      eTag: 'abc',
      sourceIp: '127.0.0.1',
    });
  });

  it('names a completed multipart upload as S3 does', () => {
    const object = { key: 'big.txt', size: 9, eTag: '"x-2"', sequencer: '1' };

    expect(changeFromS3rver(record('ObjectCreated:Post', object), true)).toMatchObject({
      eventName: 'ObjectCreated:CompleteMultipartUpload',
      eTag: 'x-2',
    });
    expect(changeFromS3rver(record('ObjectCreated:Post', object), false)?.eventName).toBe(
      'ObjectCreated:Post',
    );
  });

  it('ignores event types it does not know', () => {
    expect(
      changeFromS3rver(record('ObjectRestore:Post', { key: 'a', sequencer: '1' }), false),
    ).toBe(null);
  });
});
