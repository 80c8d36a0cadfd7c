import { describe, expect, it } from 'vitest';
import {
  AwsChunkedBodyError,
  decodeAwsChunked,
  decodedHeaders,
  isAwsChunked,
} from '../../local/s3/aws-chunked.ts';

const SIGNATURE = 'a'.repeat(64);

describe('aws-chunked decoding', () => {
  it('recognises the framing by content encoding or streaming payload hash', () => {
    expect(isAwsChunked({ 'content-encoding': 'aws-chunked' })).toBe(true);
    expect(isAwsChunked({ 'content-encoding': 'gzip, aws-chunked' })).toBe(true);
    expect(isAwsChunked({ 'x-amz-content-sha256': 'STREAMING-UNSIGNED-PAYLOAD-TRAILER' })).toBe(
      true,
    );
    expect(isAwsChunked({ 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' })).toBe(false);
    expect(isAwsChunked({ 'content-encoding': 'gzip' })).toBe(false);
  });

  it('removes unsigned chunks and the checksum trailer', () => {
    const body = Buffer.from(
      '5\r\nhello\r\n6\r\n world\r\n0\r\nx-amz-checksum-crc32:AAAAAA==\r\n\r\n',
    );

    expect(decodeAwsChunked(body).toString()).toBe('hello world');
  });

  it('removes SigV4 chunk signatures', () => {
    const body = Buffer.from(
      `3;chunk-signature=${SIGNATURE}\r\nabc\r\n0;chunk-signature=${SIGNATURE}\r\n\r\n`,
    );

    expect(decodeAwsChunked(body).toString()).toBe('abc');
  });

  it('keeps binary content intact, including CRLF inside a chunk', () => {
    const content = Buffer.from([0, 13, 10, 255, 13, 10]);
    const body = Buffer.concat([Buffer.from('6\r\n'), content, Buffer.from('\r\n0\r\n\r\n')]);

    expect(decodeAwsChunked(body).equals(content)).toBe(true);
  });

  it('decodes an empty object', () => {
    expect(decodeAwsChunked(Buffer.from('0\r\n\r\n')).length).toBe(0);
  });

  it('refuses a chunk shorter than its declared size', () => {
    expect(() => decodeAwsChunked(Buffer.from('a\r\nshort\r\n0\r\n\r\n'))).toThrow(
      AwsChunkedBodyError,
    );
  });

  it('refuses a body that is not framed at all', () => {
    expect(() => decodeAwsChunked(Buffer.from('plain text'))).toThrow(AwsChunkedBodyError);
  });

  it('rewrites the headers to describe the decoded body', () => {
    const headers = decodedHeaders(
      {
        'content-encoding': 'aws-chunked',
        'content-type': 'text/plain',
        'x-amz-decoded-content-length': '11',
        'transfer-encoding': 'chunked',
        'x-amz-content-sha256': 'STREAMING-UNSIGNED-PAYLOAD-TRAILER',
      },
      11,
    );

    expect(headers).toEqual({
      'content-type': 'text/plain',
      'content-length': '11',
      'x-amz-content-sha256': 'UNSIGNED-PAYLOAD',
    });
  });

  it('keeps other content encodings', () => {
    expect(decodedHeaders({ 'content-encoding': 'gzip,aws-chunked' }, 3)['content-encoding']).toBe(
      'gzip',
    );
  });

  it('refuses a decoded length that differs from the declared one', () => {
    expect(() => decodedHeaders({ 'x-amz-decoded-content-length': '12' }, 11)).toThrow(
      AwsChunkedBodyError,
    );
  });
});
