import { createHash } from 'node:crypto';

/**
 * The index document id for an object: stable for bucket + key, and always 64 bytes, because
 * S3 keys may be up to 1,024 bytes while OpenSearch ids stop at 512. The raw key is kept in
 * the document itself.
 */
export function articleId(bucket: string, key: string): string {
  return createHash('sha256').update(`${bucket}/${key}`, 'utf8').digest('hex');
}

/** Hex SHA-256 of a text, as UTF-8. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
