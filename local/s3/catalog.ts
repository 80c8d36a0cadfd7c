import Database from 'better-sqlite3';
import * as z from 'zod';

// The local S3 server's record of what each bucket holds: one row per object, naming the file
// that holds its bytes. Keys are data here, never paths, so any key S3 accepts is stored as
// sent; a listing is one range scan of the primary key (SQLite compares TEXT as UTF-8 bytes,
// which is the order S3 lists keys in); and replacing an object is one committed row, so a
// reader sees the old object or the new one, never a part.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS buckets (
  name TEXT PRIMARY KEY,
  created INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS objects (
  bucket TEXT NOT NULL,
  key TEXT NOT NULL,
  file TEXT NOT NULL,
  size INTEGER NOT NULL,
  etag TEXT NOT NULL,
  last_modified INTEGER NOT NULL,
  metadata TEXT NOT NULL,
  PRIMARY KEY (bucket, key)
) STRICT, WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS objects_by_file ON objects (file);

CREATE TABLE IF NOT EXISTS uploads (
  upload_id TEXT PRIMARY KEY,
  bucket TEXT NOT NULL,
  key TEXT NOT NULL,
  metadata TEXT NOT NULL,
  initiated INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS subresources (
  bucket TEXT NOT NULL,
  key TEXT NOT NULL,
  type TEXT NOT NULL,
  xml TEXT NOT NULL,
  PRIMARY KEY (bucket, key, type)
) STRICT, WITHOUT ROWID;
`;

/** One stored object as the catalog records it. */
export interface CatalogObject {
  bucket: string;
  key: string;
  /** The file holding its bytes, relative to the store's object directory. */
  file: string;
  size: number;
  /** Hex MD5 of the bytes, without quotes. */
  etag: string;
  /** Milliseconds since the epoch, taken when the write was committed. */
  lastModified: number;
  /** The headers S3 keeps with an object (content type, `x-amz-meta-*`, …). */
  metadata: Record<string, string>;
}

const ObjectRow = z.object({
  bucket: z.string(),
  key: z.string(),
  file: z.string(),
  size: z.number(),
  etag: z.string(),
  last_modified: z.number(),
  metadata: z.string(),
});

const Metadata = z.record(z.string(), z.string());

function objectFromRow(row: unknown): CatalogObject {
  const r = ObjectRow.parse(row);
  let metadata: Record<string, string> = {};
  try {
    metadata = Metadata.parse(JSON.parse(r.metadata));
  } catch {
    // A damaged metadata cell costs that object its headers, never the listing of the bucket.
  }
  return {
    bucket: r.bucket,
    key: r.key,
    file: r.file,
    size: r.size,
    etag: r.etag,
    lastModified: r.last_modified,
    metadata,
  };
}

/** A listing row: what ListObjects shows of an object. */
export interface ListedObject {
  key: string;
  size: number;
  etag: string;
  lastModified: number;
}

/** What one page of a listing asks for. */
export interface ListRequest {
  prefix: string;
  delimiter: string;
  /** List keys (or common prefixes) after this one; '' from the start. */
  after: string;
  maxKeys: number;
}

/** One page of a listing. */
export interface ListPage {
  objects: ListedObject[];
  commonPrefixes: string[];
  /** More follow; `next` is where the next page starts after. */
  truncated: boolean;
  next?: string;
}

const ListedRow = z.object({
  key: z.string(),
  size: z.number(),
  etag: z.string(),
  last_modified: z.number(),
});

type ListedRowShape = z.output<typeof ListedRow>;

// A listing reads up to 1,000 rows a page (and reconciliation the whole bucket): rows of the
// expected shape are taken as they are, only another one is parsed (and fails by name).
function isListedRow(row: unknown): row is ListedRowShape {
  const r = row as Partial<ListedRowShape> | null;
  return (
    typeof r?.key === 'string' &&
    typeof r.size === 'number' &&
    typeof r.etag === 'string' &&
    typeof r.last_modified === 'number'
  );
}

/** The smallest string greater than every string starting with `prefix`, or null if none. */
export function prefixSuccessor(prefix: string): string | null {
  const chars = [...prefix];
  while (chars.length > 0) {
    const last = chars.pop()?.codePointAt(0) ?? 0;
    if (last < 0x10ffff) {
      // Code points compare as their UTF-8 bytes do; surrogates are not characters.
      const next = last + 1 === 0xd800 ? 0xe000 : last + 1;
      return chars.join('') + String.fromCodePoint(next);
    }
  }
  return null;
}

/** A common prefix as a delimiter makes it: up to and including the delimiter after `prefix`. */
function commonPrefixOf(key: string, prefix: string, delimiter: string): string | null {
  if (delimiter === '') return null;
  const at = key.indexOf(delimiter, prefix.length);
  return at === -1 ? null : key.slice(0, at + delimiter.length);
}

// Rows read per query while paging; a page of 1,000 keys under few prefixes takes one or two.
const SCAN_BATCH = 1_024;

/** The local S3 server's catalog, in one SQLite file. */
export class Catalog {
  private readonly db: Database.Database;
  private readonly statements;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('journal_mode = WAL');
    // The object's bytes are flushed to disk before its row is committed; the commit itself
    // survives the process crashing (WAL), and only a power loss could forget the last few,
    // leaving the earlier version (or none), never a torn object. FULL doubled each PUT's cost.
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(SCHEMA);
    const db = this.db;
    this.statements = {
      bucket: db.prepare('SELECT created FROM buckets WHERE name = ?').pluck(),
      buckets: db.prepare('SELECT name, created FROM buckets ORDER BY name'),
      putBucket: db.prepare('INSERT OR IGNORE INTO buckets (name, created) VALUES (?, ?)'),
      deleteBucket: db.prepare('DELETE FROM buckets WHERE name = ?'),
      bucketObjects: db.prepare('SELECT file FROM objects WHERE bucket = ?').pluck(),
      deleteBucketObjects: db.prepare('DELETE FROM objects WHERE bucket = ?'),
      object: db.prepare('SELECT * FROM objects WHERE bucket = ? AND key = ?'),
      putObject: db.prepare(
        `INSERT INTO objects (bucket, key, file, size, etag, last_modified, metadata)
         VALUES (@bucket, @key, @file, @size, @etag, @lastModified, @metadata)
         ON CONFLICT (bucket, key) DO UPDATE SET file = excluded.file, size = excluded.size,
           etag = excluded.etag, last_modified = excluded.last_modified,
           metadata = excluded.metadata`,
      ),
      deleteObject: db.prepare('DELETE FROM objects WHERE bucket = ? AND key = ? RETURNING file'),
      after: db.prepare(
        `SELECT key, size, etag, last_modified FROM objects
         WHERE bucket = ? AND key > ? ORDER BY key LIMIT ?`,
      ),
      from: db.prepare(
        `SELECT key, size, etag, last_modified FROM objects
         WHERE bucket = ? AND key >= ? ORDER BY key LIMIT ?`,
      ),
      fileInUse: db.prepare('SELECT 1 FROM objects WHERE file = ?').pluck(),
      putUpload: db.prepare(
        'INSERT INTO uploads (upload_id, bucket, key, metadata, initiated) VALUES (?, ?, ?, ?, ?)',
      ),
      upload: db.prepare('SELECT bucket, key, metadata FROM uploads WHERE upload_id = ?'),
      deleteUpload: db.prepare('DELETE FROM uploads WHERE upload_id = ?'),
      subresource: db
        .prepare('SELECT xml FROM subresources WHERE bucket = ? AND key = ? AND type = ?')
        .pluck(),
      putSubresource: db.prepare(
        'INSERT OR REPLACE INTO subresources (bucket, key, type, xml) VALUES (?, ?, ?, ?)',
      ),
      deleteSubresource: db.prepare(
        'DELETE FROM subresources WHERE bucket = ? AND key = ? AND type = ?',
      ),
    };
  }

  bucket(name: string): Date | null {
    const created = this.statements.bucket.get(name);
    return typeof created === 'number' ? new Date(created) : null;
  }

  buckets(): Array<{ name: string; created: Date }> {
    return this.statements.buckets.all().map((row) => {
      const r = z.object({ name: z.string(), created: z.number() }).parse(row);
      return { name: r.name, created: new Date(r.created) };
    });
  }

  putBucket(name: string): void {
    this.statements.putBucket.run(name, Date.now());
  }

  /** Forgets a bucket and its objects; returns the files that held them. */
  deleteBucket(name: string): string[] {
    return this.db.transaction(() => {
      const files = this.statements.bucketObjects.all(name).map(String);
      this.statements.deleteBucketObjects.run(name);
      this.statements.deleteBucket.run(name);
      return files;
    })();
  }

  object(bucket: string, key: string): CatalogObject | null {
    const row = this.statements.object.get(bucket, key);
    return row === undefined ? null : objectFromRow(row);
  }

  /** Records an object (replacing any under its key); returns the file it replaced. */
  putObject(object: CatalogObject): string | null {
    return this.db.transaction(() => {
      const previous = this.object(object.bucket, object.key);
      this.statements.putObject.run({
        ...object,
        metadata: JSON.stringify(object.metadata),
      });
      return previous === null || previous.file === object.file ? null : previous.file;
    })();
  }

  /** Forgets an object; returns the file that held it. */
  deleteObject(bucket: string, key: string): string | null {
    const row = this.statements.deleteObject.get(bucket, key);
    return row === undefined ? null : z.object({ file: z.string() }).parse(row).file;
  }

  /** Whether an object refers to a file (the others are left-overs). */
  fileInUse(file: string): boolean {
    return this.statements.fileInUse.get(file) !== undefined;
  }

  /**
   * One page of a bucket listing, by S3's rules: keys in UTF-8 byte order, those with the
   * delimiter after the prefix rolled up into common prefixes, keys and prefixes together at
   * most `maxKeys`. It reads only what the page shows, plus one row to know whether more follow.
   */
  list(bucket: string, request: ListRequest): ListPage {
    const { prefix, delimiter, maxKeys } = request;
    const page: ListPage = { objects: [], commonPrefixes: [], truncated: false };
    if (maxKeys <= 0) return page;
    // Resuming after a common prefix skips every key under it.
    const resumedPrefix =
      request.after !== '' && commonPrefixOf(request.after, prefix, delimiter) === request.after;
    let seek: { op: 'after' | 'from'; value: string } = { op: 'after', value: request.after };
    if (resumedPrefix) {
      const successor = prefixSuccessor(request.after);
      if (successor === null) return page;
      seek = { op: 'from', value: successor };
    }
    if (Buffer.compare(Buffer.from(prefix), Buffer.from(seek.value)) > 0) {
      seek = { op: 'from', value: prefix };
    }
    let count = 0;
    for (;;) {
      const rows = this.statements[seek.op].all(bucket, seek.value, SCAN_BATCH);
      if (rows.length === 0) return page;
      let restart: string | null = null;
      for (const row of rows) {
        const r = isListedRow(row) ? row : ListedRow.parse(row);
        if (!r.key.startsWith(prefix)) return page;
        const common = commonPrefixOf(r.key, prefix, delimiter);
        if (count === maxKeys) {
          page.truncated = true;
          return page;
        }
        count++;
        if (common !== null) {
          page.commonPrefixes.push(common);
          page.next = common;
          const successor = prefixSuccessor(common);
          if (successor === null) return page;
          restart = successor;
          break;
        }
        page.objects.push({
          key: r.key,
          size: r.size,
          etag: r.etag,
          lastModified: r.last_modified,
        });
        page.next = r.key;
      }
      if (restart !== null) {
        seek = { op: 'from', value: restart };
      } else {
        if (rows.length < SCAN_BATCH) return page;
        seek = { op: 'after', value: page.next ?? seek.value };
      }
    }
  }

  putUpload(uploadId: string, bucket: string, key: string, metadata: Record<string, string>) {
    this.statements.putUpload.run(uploadId, bucket, key, JSON.stringify(metadata), Date.now());
  }

  upload(
    uploadId: string,
  ): { bucket: string; key: string; metadata: Record<string, string> } | null {
    const row = this.statements.upload.get(uploadId);
    if (row === undefined) return null;
    const r = z.object({ bucket: z.string(), key: z.string(), metadata: z.string() }).parse(row);
    return { bucket: r.bucket, key: r.key, metadata: Metadata.parse(JSON.parse(r.metadata)) };
  }

  deleteUpload(uploadId: string): void {
    this.statements.deleteUpload.run(uploadId);
  }

  subresource(bucket: string, key: string, type: string): string | null {
    const xml = this.statements.subresource.get(bucket, key, type);
    return typeof xml === 'string' ? xml : null;
  }

  putSubresource(bucket: string, key: string, type: string, xml: string): void {
    this.statements.putSubresource.run(bucket, key, type, xml);
  }

  deleteSubresource(bucket: string, key: string, type: string): void {
    this.statements.deleteSubresource.run(bucket, key, type);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
