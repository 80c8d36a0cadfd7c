import type { IncomingHttpHeaders } from 'node:http';

/** A request body in the `aws-chunked` framing that could not be decoded. */
export class AwsChunkedBodyError extends Error {
  override readonly name = 'AwsChunkedBodyError';
}

const CRLF = Buffer.from('\r\n');
// A chunk header is hex size plus optional `;chunk-signature=<64 hex>`; anything far longer is
// not a chunk header, and stopping there keeps a garbage body from being scanned to the end.
const MAX_CHUNK_HEADER = 1024;

function headerValue(headers: IncomingHttpHeaders, name: string): string {
  const value = headers[name];
  return Array.isArray(value) ? value.join(',') : (value ?? '');
}

/**
 * True when a request body is framed as `aws-chunked`: the AWS SDKs and CLI do this for
 * streaming uploads (flexible checksums in a trailer, or SigV4 chunk signatures). S3 strips the
 * framing; s3rver does not, so without decoding it would store the framing as file content.
 */
export function isAwsChunked(headers: IncomingHttpHeaders): boolean {
  const encodings = headerValue(headers, 'content-encoding').toLowerCase().split(',');
  return (
    encodings.some((encoding) => encoding.trim() === 'aws-chunked') ||
    headerValue(headers, 'x-amz-content-sha256').startsWith('STREAMING-')
  );
}

/**
 * Removes the `aws-chunked` framing: `<hex size>[;extensions]\r\n<bytes>\r\n` repeated, ended by
 * a zero-size chunk, then optional trailers (checksums) that are dropped. Chunk signatures and
 * trailer checksums are not verified, as s3rver does not verify SigV4 signatures either.
 */
export function decodeAwsChunked(body: Buffer): Buffer {
  const chunks: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const lineEnd = body.indexOf(CRLF, offset);
    if (lineEnd === -1 || lineEnd - offset > MAX_CHUNK_HEADER) {
      throw new AwsChunkedBodyError(`no chunk header at byte ${offset}`);
    }
    const sizeText = body.subarray(offset, lineEnd).toString('latin1').split(';')[0]?.trim() ?? '';
    if (!/^[0-9a-fA-F]+$/.test(sizeText)) {
      throw new AwsChunkedBodyError(`invalid chunk size "${sizeText}" at byte ${offset}`);
    }
    const size = Number.parseInt(sizeText, 16);
    if (size === 0) return Buffer.concat(chunks);
    const dataStart = lineEnd + CRLF.length;
    const dataEnd = dataStart + size;
    if (dataEnd + CRLF.length > body.length || !body.subarray(dataEnd, dataEnd + 2).equals(CRLF)) {
      throw new AwsChunkedBodyError(`chunk at byte ${offset} is shorter than its size ${size}`);
    }
    chunks.push(body.subarray(dataStart, dataEnd));
    offset = dataEnd + CRLF.length;
  }
}

/**
 * The request headers S3 would act on once the framing is gone: the decoded length, and
 * `aws-chunked` dropped from Content-Encoding (S3 does not store it as object metadata, and a
 * client reading it back would otherwise think the content still needs decoding).
 */
export function decodedHeaders(
  headers: IncomingHttpHeaders,
  decodedLength: number,
): IncomingHttpHeaders {
  const expected = headerValue(headers, 'x-amz-decoded-content-length');
  if (expected !== '' && Number(expected) !== decodedLength) {
    throw new AwsChunkedBodyError(
      `decoded body has ${decodedLength} bytes but x-amz-decoded-content-length says ${expected}`,
    );
  }
  const {
    'content-encoding': _encoding,
    'transfer-encoding': _transfer,
    'x-amz-decoded-content-length': _decoded,
    ...rest
  } = headers;
  const encodings = headerValue(headers, 'content-encoding')
    .split(',')
    .map((encoding) => encoding.trim())
    .filter((encoding) => encoding !== '' && encoding.toLowerCase() !== 'aws-chunked');
  return {
    ...rest,
    ...(encodings.length > 0 ? { 'content-encoding': encodings.join(', ') } : {}),
    'content-length': String(decodedLength),
    // The payload is no longer a signed stream; s3rver only checks this header's format.
    'x-amz-content-sha256': 'UNSIGNED-PAYLOAD',
  };
}
