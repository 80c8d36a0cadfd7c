import type S3rver from 's3rver';
import S3Error from 's3rver/lib/models/error.js';
import type { Catalog, ListPage } from './catalog.ts';

// Query parameters of ListObjects (v1) and ListObjectsV2; any other names a bucket subresource
// (`?location`, `?cors`, `?uploads`…), which s3rver answers itself.
const LIST_PARAMETERS = new Set([
  'list-type',
  'prefix',
  'delimiter',
  'max-keys',
  'continuation-token',
  'start-after',
  'fetch-owner',
  'encoding-type',
  'marker',
  'x-id',
]);

const MAX_KEYS = 1000;

/** Escapes text for an XML element. */
function xml(text: string): string {
  // Control characters (a key may hold any) as character references, as S3 writes them.
  return text.replace(/[&<>"']|\p{Cc}/gu, (c) => {
    switch (c) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      case "'":
        return '&apos;';
      default:
        return `&#x${c.charCodeAt(0).toString(16)};`;
    }
  });
}

/** S3's `encoding-type=url`: every byte but unreserved ones and `/` percent-encoded. */
function urlEncoded(text: string): string {
  return encodeURIComponent(text)
    .replaceAll('%2F', '/')
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A continuation token: opaque to clients, the position the next page starts after. */
export function continuationToken(bucket: string, after: string): string {
  return Buffer.from(JSON.stringify([bucket, after]), 'utf8').toString('base64url');
}

function positionOf(token: string, bucket: string): string {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      parsed[0] === bucket &&
      typeof parsed[1] === 'string'
    ) {
      return parsed[1];
    }
  } catch {
    // Falls through to the error below.
  }
  throw new S3Error('InvalidArgument', 'The continuation token provided is incorrect', {
    ArgumentName: 'continuation-token',
  });
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function maxKeysOf(value: string | undefined): number {
  if (value === undefined) return MAX_KEYS;
  if (!/^\d+$/.test(value)) {
    throw new S3Error(
      'InvalidArgument',
      'Provided max-keys not an integer or within integer range',
      {
        ArgumentName: 'max-keys',
        ArgumentValue: value,
      },
    );
  }
  return Math.min(MAX_KEYS, Number(value));
}

function listXml(options: {
  bucket: string;
  v2: boolean;
  query: Record<string, string | undefined>;
  prefix: string;
  delimiter: string;
  maxKeys: string;
  page: ListPage;
}): string {
  const { bucket, v2, query, prefix, delimiter, page } = options;
  const encode = query['encoding-type'] === 'url' ? urlEncoded : (text: string) => text;
  const element = (name: string, value: string) => `<${name}>${xml(value)}</${name}>`;
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">',
    element('Name', bucket),
    element('Prefix', encode(prefix)),
  ];
  if (v2) {
    const token = query['continuation-token'];
    if (token !== undefined) parts.push(element('ContinuationToken', token));
    else if (query['start-after'] !== undefined)
      parts.push(element('StartAfter', encode(query['start-after'])));
    if (page.truncated && page.next !== undefined) {
      parts.push(element('NextContinuationToken', continuationToken(bucket, page.next)));
    }
    parts.push(element('KeyCount', String(page.objects.length + page.commonPrefixes.length)));
  } else {
    parts.push(element('Marker', encode(query.marker ?? '')));
    if (page.truncated && delimiter !== '' && page.next !== undefined) {
      parts.push(element('NextMarker', encode(page.next)));
    }
  }
  parts.push(element('MaxKeys', options.maxKeys));
  if (delimiter !== '') parts.push(element('Delimiter', encode(delimiter)));
  if (query['encoding-type'] === 'url') parts.push(element('EncodingType', 'url'));
  parts.push(element('IsTruncated', String(page.truncated)));
  const owner = !v2 || query['fetch-owner'] === 'true';
  for (const object of page.objects) {
    parts.push(
      '<Contents>',
      element('Key', encode(object.key)),
      element('LastModified', new Date(object.lastModified).toISOString()),
      element('ETag', JSON.stringify(object.etag)),
      element('Size', String(object.size)),
      element('StorageClass', 'STANDARD'),
      owner ? '<Owner><ID>local</ID><DisplayName>local</DisplayName></Owner>' : '',
      '</Contents>',
    );
  }
  for (const common of page.commonPrefixes) {
    parts.push(`<CommonPrefixes>${element('Prefix', encode(common))}</CommonPrefixes>`);
  }
  parts.push('</ListBucketResult>');
  return parts.join('');
}

/**
 * Answers ListObjects and ListObjectsV2 from the catalog, in front of s3rver: a page reads only
 * the keys it shows (s3rver walked the whole directory tree for every page, and its continuation
 * tokens use DES, which OpenSSL 3 refuses, so every listing past 1,000 keys failed).
 */
export function listObjectsFromCatalog(catalog: Catalog): S3rver.Middleware {
  return async (ctx, next) => {
    const bucket = /^\/([^/]+)\/?$/.exec(ctx.path)?.[1];
    const names = Object.keys(ctx.query);
    if (
      ctx.method !== 'GET' ||
      bucket === undefined ||
      names.some((n) => !LIST_PARAMETERS.has(n))
    ) {
      return next();
    }
    if (catalog.bucket(bucket) === null) {
      throw new S3Error('NoSuchBucket', 'The specified bucket does not exist', {
        BucketName: bucket,
      });
    }
    const query: Record<string, string | undefined> = {};
    for (const name of names) query[name] = single(ctx.query[name]);
    const v2 = query['list-type'] === '2';
    if (!v2 && (query['continuation-token'] !== undefined || query['start-after'] !== undefined)) {
      throw new S3Error(
        'InvalidArgument',
        'continuation-token and start-after are only supported with list-type=2',
      );
    }
    const prefix = query.prefix ?? '';
    const delimiter = query.delimiter ?? '';
    const maxKeys = maxKeysOf(query['max-keys']);
    const token = query['continuation-token'];
    const after = v2
      ? token !== undefined
        ? positionOf(token, bucket)
        : (query['start-after'] ?? '')
      : (query.marker ?? '');
    const page = catalog.list(bucket, { prefix, delimiter, after, maxKeys });
    ctx.status = 200;
    ctx.type = 'application/xml';
    ctx.body = listXml({
      bucket,
      v2,
      query,
      prefix,
      delimiter,
      maxKeys: query['max-keys'] ?? String(MAX_KEYS),
      page,
    });
  };
}
