import { GetObjectCommand, NoSuchKey, type S3Client } from '@aws-sdk/client-s3';
import type { ArticleSource, StoredObject } from '../../core/ports.ts';

/** Reads article objects from S3 (or any S3-compatible server the client points at). */
export class S3ArticleSource implements ArticleSource {
  constructor(private readonly client: S3Client) {}

  /** The object's bytes and metadata, or null when it no longer exists. */
  async get(bucket: string, key: string): Promise<StoredObject | null> {
    try {
      const response = await this.client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      if (!response.Body) return null;
      const bytes = await response.Body.transformToByteArray();
      return {
        bytes,
        contentType: response.ContentType ?? null,
        size: response.ContentLength ?? bytes.length,
        lastModified: response.LastModified ?? null,
      };
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey')
        return null;
      throw error;
    }
  }
}
