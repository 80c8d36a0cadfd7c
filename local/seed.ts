import { access, readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';

/** The marker that says a data directory has been seeded, so seeds are uploaded only once. */
export const SEEDED_MARKER = '.seeded';

const CONTENT_TYPES: Record<string, string> = {
  '.txt': 'text/plain',
  '.md': 'text/markdown',
};

/** The content type a seed file is uploaded with. */
export function seedContentType(fileName: string): string {
  return CONTENT_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** Where seeds come from and go to. */
export interface SeedOptions {
  s3: S3Client;
  bucket: string;
  seedsDir: string;
  dataDir: string;
}

/**
 * On a data directory's first start, uploads every file in the seeds directory through the S3
 * API, so that seeds travel the same path (event, queue, ingest handler) as any dropped file.
 * The marker is written only after every upload succeeded: an interrupted seeding is redone,
 * and uploading the same bytes again is harmless. Returns the keys uploaded.
 */
export async function seedOnFirstStart(options: SeedOptions): Promise<string[] | null> {
  const marker = join(options.dataDir, SEEDED_MARKER);
  if (await exists(marker)) return null;
  const entries = await readdir(options.seedsDir, { withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
  for (const name of files) {
    await options.s3.send(
      new PutObjectCommand({
        Bucket: options.bucket,
        Key: name,
        Body: await readFile(join(options.seedsDir, name)),
        ContentType: seedContentType(name),
      }),
    );
  }
  await writeFile(marker, `${new Date().toISOString()}\n`, 'utf8');
  return files;
}
