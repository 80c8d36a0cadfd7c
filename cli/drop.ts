import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';

const CONTENT_TYPES: Record<string, string> = {
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.markdown': 'text/markdown; charset=utf-8',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

interface DropOptions {
  bucket: string;
  endpoint: string;
  prefix: string;
}

function clientFor(endpoint: string): S3Client {
  if (endpoint === 'aws') return new S3Client({});
  // The local S3 server accepts any key; real credentials in the environment are used if set.
  const credentials = process.env.AWS_ACCESS_KEY_ID
    ? undefined
    : { accessKeyId: 'local', secretAccessKey: 'local' };
  return new S3Client({
    endpoint,
    forcePathStyle: true,
    region: process.env.AWS_REGION ?? 'us-east-1',
    ...(credentials ? { credentials } : {}),
  });
}

/** `articles drop <files…>`: uploads each file under its own name (plus an optional prefix). */
export async function dropCommand(files: string[], options: DropOptions): Promise<void> {
  const client = clientFor(options.endpoint);
  for (const file of files) {
    const key = `${options.prefix}${basename(file)}`;
    try {
      const body = await readFile(file);
      const contentType = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      await client.send(
        new PutObjectCommand({
          Bucket: options.bucket,
          Key: key,
          Body: body,
          ContentType: contentType,
        }),
      );
      process.stdout.write(`dropped ${file} -> s3://${options.bucket}/${key}\n`);
    } catch (error) {
      process.stderr.write(`articles: ${file}: upload failed: ${(error as Error).message}\n`);
      process.exitCode = 1;
    }
  }
  client.destroy();
}
