import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { mkdir, open, readdir, rename, rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import S3Bucket from 's3rver/lib/models/bucket.js';
import { getConfigModel } from 's3rver/lib/models/config.js';
import S3Error from 's3rver/lib/models/error.js';
import S3Object from 's3rver/lib/models/object.js';
import { Catalog, type CatalogObject, type ListRequest } from './catalog.ts';
import { importS3rverBuckets } from './import-s3rver.ts';

/** S3's limit on a key: 1,024 bytes of UTF-8. */
export const MAX_KEY_BYTES = 1024;

/** Opens a new file for writing; replaced in tests to make the disk fail. */
export type OpenForWrite = (path: string) => Promise<FileHandle>;

/** Where the store keeps its files, and how it writes them. */
export interface ObjectStoreOptions {
  directory: string;
  /** @default a new file, created exclusively */
  openForWrite?: OpenForWrite;
}

// Headers S3 keeps with an object, as s3rver's own store keeps them.
function keptMetadata(headers: Record<string, unknown>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (typeof value !== 'string') continue;
    if (S3Object.ALLOWED_METADATA.includes(lower) || lower.startsWith('x-amz-meta-')) {
      kept[lower] = value;
    }
  }
  return kept;
}

/** Refuses a key S3 would refuse, with S3's error. */
export function checkKey(key: string): void {
  if (Buffer.byteLength(key, 'utf8') > MAX_KEY_BYTES) {
    throw new S3Error('KeyTooLongError', 'Your key is too long', {
      MaxSizeAllowed: MAX_KEY_BYTES,
      Size: Buffer.byteLength(key, 'utf8'),
    });
  }
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

/** An S3 error for a write the disk refused; the object stays as it was. */
function storageError(error: unknown): Error {
  if (error instanceof S3Error) return error;
  const code = errorCode(error);
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new S3Error(
      'ServiceUnavailable',
      'The local S3 server cannot store the object: its disk is full. Nothing was stored; free some space and retry.',
    );
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new S3Error(
    'InternalError',
    `The local S3 server could not write the object (${reason}). Nothing was stored.`,
  );
}

/**
 * The store behind s3rver's request handling: s3rver parses S3 requests and answers them, this
 * keeps the objects. Every object's bytes are in a file with a random name under `objects/`, and
 * the catalog maps bucket and key to that file, so:
 *
 * - a key is never a path: `../x`, 1,024 bytes of one segment, or any character is stored and
 *   listed exactly as sent;
 * - a write goes to a new file, is flushed to disk, and only then becomes the object in one
 *   catalog commit: a reader sees the old object or the new one, and a crash or a full disk
 *   mid-upload leaves the previous object (or none) and a stray file swept at the next start;
 * - a listing reads the catalog's key order, never the directory tree.
 */
export class ObjectStore {
  readonly catalog: Catalog;
  private readonly objectsDir: string;
  private readonly uploadsDir: string;
  private readonly openForWrite: OpenForWrite;

  private constructor(options: ObjectStoreOptions, catalog: Catalog) {
    this.catalog = catalog;
    this.objectsDir = join(options.directory, 'objects');
    this.uploadsDir = join(options.directory, 'uploads');
    this.openForWrite = options.openForWrite ?? ((path) => open(path, 'wx'));
  }

  /**
   * Opens (creating when missing) the store in a directory. A directory an earlier build's
   * s3rver kept its buckets in is taken over on the first open (see `importS3rverBuckets`).
   */
  static async open(options: ObjectStoreOptions): Promise<ObjectStore> {
    const catalogFile = join(options.directory, 'catalog.sqlite');
    const fresh = !existsSync(catalogFile);
    await mkdir(join(options.directory, 'objects'), { recursive: true });
    await mkdir(join(options.directory, 'uploads'), { recursive: true });
    const store = new ObjectStore(options, new Catalog(catalogFile));
    if (fresh) {
      await importS3rverBuckets(options.directory, store.catalog, async () => {
        const file = await store.newFile();
        return { file, path: join(store.objectsDir, file) };
      });
    }
    return store;
  }

  close(): void {
    this.catalog.close();
  }

  /**
   * Deletes object files no catalog row refers to: left by a crash between writing a file and
   * committing it, or between replacing an object and deleting its old file. Returns how many.
   */
  async sweep(): Promise<number> {
    // One directory at a time, each name looked up: a 100,000-object store is never listed whole.
    let removed = 0;
    for (const shard of await readdir(this.objectsDir)) {
      for (const name of await readdir(join(this.objectsDir, shard))) {
        const file = `${shard}/${name}`;
        if (this.catalog.fileInUse(file)) continue;
        await rm(join(this.objectsDir, file), { force: true });
        removed++;
      }
    }
    return removed;
  }

  /** A new, unused file name under `objects/`, in one of 256 directories. */
  private async newFile(): Promise<string> {
    const name = randomBytes(16).toString('hex');
    const shard = name.slice(0, 2);
    await mkdir(join(this.objectsDir, shard), { recursive: true });
    return `${shard}/${name}`;
  }

  private async removeFile(file: string | null): Promise<void> {
    if (file === null) return;
    await unlink(join(this.objectsDir, file)).catch(() => {
      // Left for the next sweep.
    });
  }

  /** Writes a stream to a new file and flushes it; returns the file, size and MD5. */
  private async writeFile(
    content: Readable | Buffer | Iterable<Buffer> | AsyncIterable<Buffer>,
  ): Promise<{ file: string; size: number; md5: string }> {
    const file = await this.newFile();
    const path = join(this.objectsDir, file);
    const md5 = createHash('md5');
    let size = 0;
    let handle: FileHandle | undefined;
    try {
      handle = await this.openForWrite(path);
      const hashing = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          md5.update(chunk);
          size += chunk.length;
          callback(null, chunk);
        },
      });
      const source = Buffer.isBuffer(content) ? [content] : content;
      // The stream flushes the file to disk before closing it (and the handle with it).
      const output = handle.createWriteStream({ flush: true });
      handle = undefined;
      await pipeline(source, hashing, output);
      return { file, size, md5: md5.digest('hex') };
    } catch (error) {
      await handle?.close().catch(() => undefined);
      await rm(path, { force: true });
      throw storageError(error);
    }
  }

  private commit(object: CatalogObject): Promise<void> {
    let replaced: string | null;
    try {
      replaced = this.catalog.putObject(object);
    } catch (error) {
      void this.removeFile(object.file);
      throw storageError(error);
    }
    return this.removeFile(replaced);
  }

  private toS3Object(object: CatalogObject, content: Readable | null): S3Object {
    return new S3Object(object.bucket, object.key, content, this.headersOf(object));
  }

  private headersOf(object: CatalogObject): Record<string, string | number> {
    return {
      ...object.metadata,
      etag: JSON.stringify(object.etag),
      'last-modified': new Date(object.lastModified).toUTCString(),
      'content-length': object.size,
    };
  }

  // --- the store interface s3rver's controllers call ---

  reset(): void {
    throw new Error('the local S3 store is never reset');
  }

  async listBuckets(): Promise<S3Bucket[]> {
    return this.catalog.buckets().map((b) => new S3Bucket(b.name, b.created));
  }

  async getBucket(name: string): Promise<S3Bucket | null> {
    const created = this.catalog.bucket(name);
    return created === null ? null : new S3Bucket(name, created);
  }

  async putBucket(name: string): Promise<S3Bucket | null> {
    this.catalog.putBucket(name);
    return this.getBucket(name);
  }

  async deleteBucket(name: string): Promise<void> {
    for (const file of this.catalog.deleteBucket(name)) await this.removeFile(file);
  }

  async listObjects(
    bucket: string,
    options: { delimiter?: string; startAfter?: string; prefix?: string; maxKeys?: number },
  ) {
    const request: ListRequest = {
      prefix: options.prefix ?? '',
      delimiter: options.delimiter ?? '',
      after: options.startAfter ?? '',
      maxKeys: Math.min(options.maxKeys ?? 1000, 1000),
    };
    const page = this.catalog.list(bucket, request);
    return {
      objects: page.objects.map(
        (o) =>
          new S3Object(bucket, o.key, null, {
            etag: JSON.stringify(o.etag),
            'last-modified': new Date(o.lastModified).toISOString(),
            'content-length': o.size,
          }),
      ),
      commonPrefixes: page.commonPrefixes,
      isTruncated: page.truncated,
    };
  }

  async existsObject(bucket: string, key: string): Promise<boolean> {
    return this.catalog.object(bucket, key) !== null;
  }

  async getMetadata(bucket: string, key: string): Promise<Record<string, string | number>> {
    const object = this.catalog.object(bucket, key);
    if (object === null) throw Object.assign(new Error('no such key'), { code: 'ENOENT' });
    return this.headersOf(object);
  }

  async getObject(
    bucket: string,
    key: string,
    options?: { start?: number; end?: number },
  ): Promise<S3Object | null> {
    // An overwrite may delete the file between reading its row and opening it; the row read
    // again then names the new file.
    for (let attempt = 0; attempt < 3; attempt++) {
      const object = this.catalog.object(bucket, key);
      if (object === null) return null;
      const lastByte = Math.max(0, object.size - 1);
      const ranged = options !== undefined && (options.start !== undefined || !!options.end);
      const range = {
        start: options?.start ?? 0,
        end: Math.min(options?.end || Number.POSITIVE_INFINITY, lastByte),
      };
      if (range.start < 0 || range.end < range.start) {
        const unsatisfiable = this.toS3Object(object, null);
        if (ranged) Object.assign(unsatisfiable, { range });
        return unsatisfiable;
      }
      let handle: FileHandle;
      try {
        handle = await open(join(this.objectsDir, object.file), 'r');
      } catch (error) {
        if (errorCode(error) === 'ENOENT') continue;
        throw error;
      }
      // An open file keeps its bytes even when an overwrite deletes its name.
      const content = handle.createReadStream({ start: range.start, end: range.end });
      const result = this.toS3Object(object, content);
      if (ranged) Object.assign(result, { range });
      return result;
    }
    throw new S3Error('SlowDown', 'The object is being replaced faster than it can be read.');
  }

  async putObject(object: S3Object): Promise<{ size: number; md5: string }> {
    checkKey(object.key);
    const written = await this.writeFile(object.content ?? Buffer.alloc(0));
    await this.commit({
      bucket: object.bucket,
      key: object.key,
      file: written.file,
      size: written.size,
      etag: written.md5,
      lastModified: Date.now(),
      metadata: keptMetadata(object.metadata),
    });
    return { size: written.size, md5: written.md5 };
  }

  async copyObject(
    srcBucket: string,
    srcKey: string,
    destBucket: string,
    destKey: string,
    replacementMetadata: Record<string, unknown> | null,
  ): Promise<Record<string, string | number>> {
    checkKey(destKey);
    const source = await this.getObject(srcBucket, srcKey);
    if (source === null || source.content === null) {
      throw new S3Error('NoSuchKey', 'The specified key does not exist.', { Key: srcKey });
    }
    const sourceEntry = this.catalog.object(srcBucket, srcKey);
    const written = await this.writeFile(source.content);
    const object: CatalogObject = {
      bucket: destBucket,
      key: destKey,
      file: written.file,
      size: written.size,
      etag: written.md5,
      lastModified: Date.now(),
      metadata: replacementMetadata
        ? keptMetadata(replacementMetadata)
        : (sourceEntry?.metadata ?? {}),
    };
    await this.commit(object);
    return this.headersOf(object);
  }

  async deleteObject(bucket: string, key: string): Promise<void> {
    await this.removeFile(this.catalog.deleteObject(bucket, key));
  }

  async initiateUpload(
    bucket: string,
    key: string,
    uploadId: string,
    metadata: Record<string, unknown>,
  ): Promise<void> {
    checkKey(key);
    await mkdir(join(this.uploadsDir, uploadId), { recursive: true });
    this.catalog.putUpload(uploadId, bucket, key, keptMetadata(metadata));
  }

  private uploadOf(uploadId: string) {
    const upload = /^[0-9a-f]{32}$/.test(uploadId) ? this.catalog.upload(uploadId) : null;
    if (upload === null) {
      throw new S3Error(
        'NoSuchUpload',
        'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.',
        { UploadId: uploadId },
      );
    }
    return upload;
  }

  async putPart(
    _bucket: string,
    uploadId: string,
    partNumber: string | number,
    content: Readable,
  ): Promise<{ size: number; md5: string }> {
    this.uploadOf(uploadId);
    const number = Number(partNumber);
    if (!Number.isInteger(number) || number < 1 || number > 10_000) {
      throw new S3Error('InvalidArgument', 'Part number must be an integer between 1 and 10000');
    }
    // A part is written under a temporary name and then renamed, so a part retried after a
    // failure is never read half-written.
    const path = join(this.uploadsDir, uploadId, String(number));
    const temporary = `${path}.${randomBytes(4).toString('hex')}`;
    const md5 = createHash('md5');
    let size = 0;
    let handle: FileHandle | undefined;
    try {
      handle = await this.openForWrite(temporary);
      const hashing = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          md5.update(chunk);
          size += chunk.length;
          callback(null, chunk);
        },
      });
      const output = handle.createWriteStream({ flush: true });
      handle = undefined;
      await pipeline(content, hashing, output);
      await rename(temporary, path);
    } catch (error) {
      await handle?.close().catch(() => undefined);
      await rm(temporary, { force: true });
      throw storageError(error);
    }
    return { size, md5: md5.digest('hex') };
  }

  async putObjectMultipart(
    _bucket: string,
    uploadId: string,
    parts: Array<{ number: number; etag: string }>,
  ): Promise<{ size: number; md5: string }> {
    const upload = this.uploadOf(uploadId);
    const ordered = [...parts].sort((a, b) => a.number - b.number);
    const dir = join(this.uploadsDir, uploadId);
    async function* concatenated() {
      for (const part of ordered) {
        const handle = await open(join(dir, String(part.number)), 'r').catch((error: unknown) => {
          if (errorCode(error) === 'ENOENT') {
            throw new S3Error(
              'InvalidPart',
              'One or more of the specified parts could not be found.',
              { PartNumber: part.number },
            );
          }
          throw error;
        });
        try {
          for await (const chunk of handle.createReadStream({ autoClose: false }))
            yield chunk as Buffer;
        } finally {
          await handle.close();
        }
      }
    }
    const written = await this.writeFile(concatenated());
    await this.commit({
      bucket: upload.bucket,
      key: upload.key,
      file: written.file,
      size: written.size,
      etag: written.md5,
      lastModified: Date.now(),
      metadata: upload.metadata,
    });
    this.catalog.deleteUpload(uploadId);
    await rm(dir, { recursive: true, force: true });
    return { size: written.size, md5: written.md5 };
  }

  async getSubresource(bucket: string, key: string | undefined, type: string) {
    const xml = this.catalog.subresource(bucket, key ?? '', type);
    if (xml === null) return null;
    const Model = getConfigModel(type);
    return new Model(xml);
  }

  async putSubresource(
    bucket: string,
    key: string | undefined,
    resource: { type: string; toXML(space?: number): string },
  ): Promise<void> {
    this.catalog.putSubresource(bucket, key ?? '', resource.type, resource.toXML(2));
  }

  async deleteSubresource(bucket: string, key: string | undefined, type: string): Promise<void> {
    this.catalog.deleteSubresource(bucket, key ?? '', type);
  }
}
