import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Catalog } from './catalog.ts';

const OBJECT_SUFFIX = '._S3rver_object';

async function* filesUnder(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

async function md5Of(path: string): Promise<string> {
  const hash = createHash('md5');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function metadataOf(objectPath: string): Promise<Record<string, string>> {
  const file = `${objectPath.slice(0, -OBJECT_SUFFIX.length)}._S3rver_metadata.json`;
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    );
  } catch {
    // An unreadable metadata file costs the object its headers, not the object.
    return {};
  }
}

/**
 * Takes over the buckets an earlier build's s3rver left in `directory` (a directory per bucket,
 * each key a path ending in `._S3rver_object`): every object's file moves under the store's
 * `objects/` and is recorded in the catalog, with its headers, MD5 and modification time, and
 * the old tree is removed. Returns how many objects were taken over.
 */
export async function importS3rverBuckets(
  directory: string,
  catalog: Catalog,
  newFile: () => Promise<{ file: string; path: string }>,
): Promise<number> {
  let imported = 0;
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    if (!entry.isDirectory() || ['objects', 'uploads'].includes(entry.name)) continue;
    const bucket = entry.name;
    const bucketDir = join(directory, bucket);
    catalog.putBucket(bucket);
    for await (const path of filesUnder(bucketDir)) {
      if (!path.endsWith(OBJECT_SUFFIX)) continue;
      const key = relative(bucketDir, path).slice(0, -OBJECT_SUFFIX.length).split(sep).join('/');
      const info = await stat(path);
      const etag = await md5Of(path);
      const metadata = await metadataOf(path);
      const target = await newFile();
      await rename(path, target.path);
      catalog.putObject({
        bucket,
        key,
        file: target.file,
        size: info.size,
        etag,
        lastModified: Math.trunc(info.mtimeMs),
        metadata,
      });
      imported++;
    }
    await rm(bucketDir, { recursive: true, force: true });
  }
  return imported;
}
