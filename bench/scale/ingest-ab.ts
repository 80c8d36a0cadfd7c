/**
 * Ingest, another checkout's code against this one's, in one process: the same generated
 * articles, the very same SQS events (fixed clock, fixed sequencers), delivered alternately to the
 * other tree's handler (A) and this tree's (B), each into a fresh index of its own. Prints the CPU
 * per article of each (after the first 1,000, which warm both up), then compares everything the
 * two indices stored: every row of `articles`, `article_facts`, `language_counts`,
 * `story_bands`, `sequencers` and `object_etags`, and every full-text term instance through
 * `fts5vocab` (term, document, column, offset). It exits non-zero when anything differs.
 *
 * Alternating in one process puts both under the same load, which on a shared machine moves
 * separate runs by more than the changes being measured; the remaining bias shows in an A/A run
 * (a checkout of this very commit as A).
 *
 *   git worktree add /tmp/main-tree main   # or git archive main | tar -x -C /tmp/main-tree
 *   ln -s "$PWD/node_modules" /tmp/main-tree/node_modules
 *   npx tsx bench/scale/ingest-ab.ts /tmp/main-tree 3000
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { createSequencerClock } from '../../local/sequencer-clock.ts';
import { type ArchiveFile, ArchiveGenerator } from './corpus.ts';
import { putEvent } from './ingest.ts';

const [otherRoot, sizeArgument = '3000'] = process.argv.slice(2);
if (!otherRoot) {
  process.stderr.write('usage: ingest-ab.ts OTHER_CHECKOUT [ARTICLES]\n');
  process.exit(2);
}
const size = Number(sizeArgument);
const WARM_UP = 1_000;
const BUCKET = 'articles';
// Every date the pipeline reads (upload time, clock, event time) is this one, on both sides.
const NOW = new Date('2026-01-15T12:00:00Z');

interface Side {
  name: string;
  handler: (event: unknown) => Promise<{ batchItemFailures: unknown[] }>;
  close: () => Promise<void>;
  file: string;
  cpu: number;
  articles: number;
}

const files = new Map<string, ArchiveFile>();

async function side(name: string, root: string): Promise<Side> {
  const { createIngestHandler } = await import(join(root, 'functions/ingest/handler.ts'));
  const { ArticleLanguageDetector } = await import(
    join(root, 'functions/adapters/language/article-language-detector.ts')
  );
  const { openEmbeddedIndex } = await import(
    join(root, 'functions/adapters/embedded-index/sqlite-article-index.ts')
  );
  const { silentLogger } = await import(join(root, 'functions/commons/logger.ts'));
  const dataDir = mkdtempSync(join(tmpdir(), `ingest-ab-${name}-`));
  const index = await openEmbeddedIndex({ dataDir });
  const handler = createIngestHandler({
    source: {
      async get(_bucket: string, key: string) {
        const file = files.get(key);
        if (!file) return null;
        const { body, contentType } = file;
        return { bytes: body, contentType, size: body.length, lastModified: NOW };
      },
    },
    index,
    stories: index,
    detector: new ArticleLanguageDetector(),
    clock: () => NOW,
    logger: silentLogger,
  });
  return {
    name,
    handler,
    close: () => index.close(),
    file: join(dataDir, 'articles.sqlite'),
    cpu: 0,
    articles: 0,
  };
}

const a = await side('A', resolve(otherRoot));
const b = await side('B', resolve(import.meta.dirname, '../..'));
const generator = new ArchiveGenerator(12);
const sequencer = createSequencerClock(() => NOW.getTime());
let message = 0;
for (let start = 0; start < size; start += 10) {
  const batch = Array.from({ length: Math.min(10, size - start) }, () => generator.next());
  for (const file of batch) files.set(file.key, file);
  const event = putEvent(batch, BUCKET, message, sequencer, NOW);
  message += batch.length;
  // Each goes first every other batch, so neither always runs on the other's leftovers.
  for (const current of (start / 10) % 2 ? [b, a] : [a, b]) {
    const before = process.cpuUsage();
    const response = await current.handler(event);
    const used = process.cpuUsage(before);
    if (response.batchItemFailures.length > 0) {
      throw new Error(`${current.name}: ${response.batchItemFailures.length} messages failed`);
    }
    if (start >= WARM_UP) {
      current.cpu += (used.user + used.system) / 1e6;
      current.articles += event.Records.length;
    }
  }
  for (const file of batch) files.delete(file.key);
}
await a.close();
await b.close();

const rate = (s: Side) =>
  `${(s.articles / s.cpu).toFixed(0)} per CPU-second (${((1000 * s.cpu) / s.articles).toFixed(2)} ms each)`;
process.stdout.write(
  `${b.articles} articles each after ${Math.min(WARM_UP, size)} to warm up: A (${otherRoot}) ${rate(a)}, B (this tree) ${rate(b)}; B/A CPU ${(b.cpu / a.cpu).toFixed(3)}\n`,
);

// What both indices stored, table by table, in a fixed order.
const QUERIES: Record<string, string> = {
  articles: 'SELECT * FROM articles ORDER BY doc',
  article_facts: 'SELECT * FROM article_facts ORDER BY doc',
  language_counts: 'SELECT * FROM language_counts ORDER BY language',
  story_bands: 'SELECT * FROM story_bands ORDER BY band, value, doc',
  sequencers: 'SELECT * FROM sequencers ORDER BY id',
  object_etags: 'SELECT * FROM object_etags ORDER BY bucket, key, kind',
  'fts5vocab terms':
    'SELECT term, doc, col, offset FROM temp.terms ORDER BY term, doc, col, offset',
};

/** The columns in which two rows differ, with both values (shortened). */
function difference(mine: unknown, theirs: unknown): string {
  const cut = (value: unknown) => JSON.stringify(value)?.slice(0, 200);
  if (typeof mine !== 'object' || mine === null || typeof theirs !== 'object' || theirs === null) {
    return `A ${cut(mine)} / B ${cut(theirs)}`;
  }
  const a = mine as Record<string, unknown>;
  const b = theirs as Record<string, unknown>;
  return Object.keys({ ...a, ...b })
    .filter((column) => JSON.stringify(a[column]) !== JSON.stringify(b[column]))
    .map((column) => `${column}: A ${cut(a[column])} / B ${cut(b[column])}`)
    .join('; ');
}

function open(file: string): Database.Database {
  const db = new Database(file, { readonly: true });
  db.exec(`CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, article_terms, 'instance')`);
  return db;
}

const left = open(a.file);
const right = open(b.file);
let differences = 0;
for (const [table, sql] of Object.entries(QUERIES)) {
  const rows = right.prepare(sql).iterate() as IterableIterator<unknown>;
  let count = 0;
  let first: string | null = null;
  for (const row of left.prepare(sql).iterate()) {
    const other = rows.next();
    const mine = JSON.stringify(row);
    const theirs = other.done ? 'nothing' : JSON.stringify(other.value);
    if (mine !== theirs)
      first ??= `row ${count}: ${difference(row, other.done ? null : other.value)}`;
    count++;
  }
  let extra = 0;
  for (const _ of rows) extra++;
  if (extra > 0) first ??= `B has ${extra} more rows`;
  if (first) differences++;
  process.stdout.write(
    `${table}: ${count} rows, ${first ? `DIFFERENT (${first})` : 'identical'}\n`,
  );
}
left.close();
right.close();
process.exitCode = differences > 0 ? 1 : 0;
