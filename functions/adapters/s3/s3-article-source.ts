import { GetObjectCommand, NoSuchKey, type S3Client } from '@aws-sdk/client-s3';
import type { ArticleSource, StoredObject } from '../../core/ports.ts';
import { DEFAULT_READ_TIMEOUT_MS, ObjectReadTimeoutError } from './read-timeout.ts';

// In a file of their own, so that a source without the SDK (signed-get-source.ts) shares them.
export { DEFAULT_READ_TIMEOUT_MS, ObjectReadTimeoutError };

/** How an {@link S3ArticleSource} reads. */
export interface S3ArticleSourceOptions {
  /**
   * Longest one read may take, from the request to the last byte, SDK retries included.
   * The default reads a 20 MiB article over a slow link and still leaves most of the ingest
   * function's 60 s for the rest of its batch.
   * @default 20 s
   */
  readTimeoutMs?: number;
}

/** Reads article objects from S3 (or any S3-compatible server the client points at). */
export class S3ArticleSource implements ArticleSource {
  private readonly readTimeoutMs: number;

  constructor(
    private readonly client: S3Client,
    options: S3ArticleSourceOptions = {},
  ) {
    this.readTimeoutMs = options.readTimeoutMs ?? DEFAULT_READ_TIMEOUT_MS;
  }

  /**
   * The object's bytes and metadata, or null when it no longer exists. A read that does not
   * finish in time (a stalled connection, a server that never answers) is abandoned with an
   * {@link ObjectReadTimeoutError}, so one blocked object cannot stall ingestion: the message
   * fails, is retried, and is dead-lettered if the object stays unreadable.
   */
  async get(bucket: string, key: string): Promise<StoredObject | null> {
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), this.readTimeoutMs);
    try {
      const response = await this.client.send(new GetObjectCommand({ Bucket: bucket, Key: key }), {
        abortSignal: deadline.signal,
      });
      if (!response.Body) return null;
      const bytes = await response.Body.transformToByteArray();
      return {
        bytes,
        contentType: response.ContentType ?? null,
        size: response.ContentLength ?? bytes.length,
        lastModified: response.LastModified ?? null,
        ...(response.ETag ? { eTag: response.ETag.replaceAll('"', '') } : {}),
      };
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey')
        return null;
      if (deadline.signal.aborted) {
        throw new ObjectReadTimeoutError(
          `reading s3://${bucket}/${key} took over ${this.readTimeoutMs / 1000} s; abandoned`,
          { cause: error },
        );
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }
}
