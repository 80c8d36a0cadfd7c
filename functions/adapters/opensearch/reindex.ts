import type { Client } from '@opensearch-project/opensearch';
import * as z from 'zod';
import { ConfigError } from '../../core/errors.ts';
import { clusterError } from './cluster-errors.ts';
import { articleIndexBody, type Folding, INDEX_VERSION, indexNames } from './index-design.ts';

/** What `reindexToVersion` reports as it goes, for a person watching. */
export type ReindexProgress = (line: string) => void;

/** How to move the articles to a new index version. */
export interface ReindexOptions {
  client: Client;
  /** Base name: the read alias (`articles`). */
  indexName: string;
  /** @default INDEX_VERSION, this build's */
  toVersion?: number;
  progress?: ReindexProgress;
  /** How often the copy's progress is asked for. @default 1000 */
  pollMs?: number;
}

/** What a finished move did. */
export interface ReindexResult {
  from: string;
  to: string;
  documents: number;
  tombstones: number;
  folding: Folding;
  ms: number;
}

const AliasesBody = z.record(z.string(), z.object({ aliases: z.record(z.string(), z.unknown()) }));
const CountBody = z.object({ count: z.number() });
const TaskBody = z.object({
  completed: z.boolean(),
  task: z.object({
    status: z.object({ total: z.number(), created: z.number(), updated: z.number() }),
  }),
  response: z
    .object({
      failures: z.array(z.unknown()),
      timed_out: z.boolean().optional(),
      created: z.number(),
    })
    .optional(),
  error: z.object({ type: z.string(), reason: z.string().nullish() }).optional(),
});

/** The one index both aliases point to, or a clear error for a half-done migration. */
async function currentIndex(client: Client, read: string, write: string): Promise<string> {
  const response = await client.indices.getAlias({ name: [read, write] }, { ignore: [404] });
  const parsed = AliasesBody.safeParse(response.body);
  const holders = (alias: string) =>
    parsed.success
      ? Object.entries(parsed.data)
          .filter(([, value]) => alias in value.aliases)
          .map(([index]) => index)
      : [];
  const [readers, writers] = [holders(read), holders(write)];
  if (readers.length === 0 && writers.length === 0) {
    throw new ConfigError(`no index behind ${read} and ${write}: nothing to reindex yet`);
  }
  if (readers.length !== 1 || writers.length !== 1 || readers[0] !== writers[0]) {
    throw new ConfigError(
      `${read} points to [${readers.join(', ')}] and ${write} to [${writers.join(', ')}]: a migration is half done; point both aliases at one index first`,
    );
  }
  return readers[0] as string;
}

async function count(client: Client, index: string, tombstones: boolean): Promise<number> {
  const response = await client.count({
    index,
    body: tombstones ? { query: { term: { deleted: true } } } : { query: { match_all: {} } },
  });
  return CountBody.parse(response.body).count;
}

async function blockWrites(client: Client, index: string, blocked: boolean): Promise<void> {
  await client.indices.putSettings({
    index,
    body: { index: { blocks: { write: blocked } } },
  });
}

/** Creates the target without aliases, with ICU folding where the cluster has it. */
async function createTarget(client: Client, base: string, version: number): Promise<Folding> {
  const names = indexNames(base, version);
  for (const folding of ['icu', 'ascii'] as const) {
    const { aliases: _aliases, ...body } = articleIndexBody(names, folding);
    try {
      await client.indices.create({ index: names.versioned, body });
      return folding;
    } catch (error) {
      const e = clusterError(error);
      if (folding === 'icu' && e?.status === 400 && /icu_folding/.test(e.reason)) continue;
      if (e?.type === 'resource_already_exists_exception') {
        throw new ConfigError(
          `${names.versioned} already exists: delete it (a failed earlier attempt?) or move to another version`,
        );
      }
      throw error;
    }
  }
  throw new Error('unreachable: ascii folding is always available');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Copies every document, tombstones included, showing progress; throws on any failure. */
async function copy(
  client: Client,
  from: string,
  to: string,
  progress: ReindexProgress,
  pollMs: number,
): Promise<void> {
  const started = await client.reindex({
    wait_for_completion: false,
    refresh: true,
    body: { source: { index: from }, dest: { index: to, op_type: 'create' } },
  });
  const task = z.object({ task: z.string() }).parse(started.body).task;
  let shown = '';
  for (;;) {
    const response = await client.tasks.get({ task_id: task });
    const body = TaskBody.parse(response.body);
    const { total, created } = body.task.status;
    const line = `copied ${created} of ${total} documents`;
    if (line !== shown) progress(line);
    shown = line;
    if (body.completed) {
      if (body.error) throw new Error(`the copy failed: ${body.error.type}: ${body.error.reason}`);
      const failures = body.response?.failures ?? [];
      if (failures.length > 0) {
        throw new Error(
          `the copy failed for ${failures.length} documents, the first: ${JSON.stringify(failures[0]).slice(0, 300)}`,
        );
      }
      return;
    }
    await sleep(pollMs);
  }
}

/**
 * Moves the articles to another index version while searches keep answering from the old one:
 * creates the new versioned index with this build's settings and mapping, blocks writes to the
 * old index (a write in that window is refused and retried by the queue, so none is lost),
 * copies every document and tombstone with `_reindex`, checks both counts, then moves both
 * aliases in one atomic request. On any failure before the swap, the new index is deleted and
 * the old one takes writes again, as if nothing had happened. The old index is kept, read-only,
 * for a rollback (the same alias swap the other way) until deleted by hand.
 */
export async function reindexToVersion(options: ReindexOptions): Promise<ReindexResult> {
  const { client, indexName } = options;
  const progress = options.progress ?? (() => {});
  const version = options.toVersion ?? INDEX_VERSION;
  const names = indexNames(indexName, version);
  const started = Date.now();
  const from = await currentIndex(client, names.read, names.write);
  if (from === names.versioned) {
    throw new ConfigError(
      `${names.read} is already on ${from}; bump INDEX_VERSION (or pass another version) to move`,
    );
  }
  const folding = await createTarget(client, indexName, version);
  progress(`created ${names.versioned} (${folding} folding); writes to ${from} are blocked`);
  let blocked = false;
  try {
    await blockWrites(client, from, true);
    blocked = true;
    await copy(client, from, names.versioned, progress, options.pollMs ?? 1_000);
    await client.indices.refresh({ index: [from, names.versioned] });
    const [documents, tombstones, copied, copiedTombstones] = await Promise.all([
      count(client, from, false),
      count(client, from, true),
      count(client, names.versioned, false),
      count(client, names.versioned, true),
    ]);
    if (documents !== copied || tombstones !== copiedTombstones) {
      throw new Error(
        `counts differ after the copy: ${from} holds ${documents} documents (${tombstones} tombstones), ${names.versioned} ${copied} (${copiedTombstones})`,
      );
    }
    progress(`verified: ${documents} documents, of which ${tombstones} tombstones`);
    await client.indices.updateAliases({
      body: {
        actions: [
          { remove: { index: from, alias: names.read } },
          { remove: { index: from, alias: names.write } },
          { add: { index: names.versioned, alias: names.read } },
          { add: { index: names.versioned, alias: names.write, is_write_index: true } },
        ],
      },
    });
    progress(`${names.read} and ${names.write} now point to ${names.versioned}`);
    return { from, to: names.versioned, documents, tombstones, folding, ms: Date.now() - started };
  } catch (error) {
    progress(`rolling back: deleting ${names.versioned}, ${from} takes writes again`);
    await client.indices.delete({ index: names.versioned }, { ignore: [404] });
    if (blocked) await blockWrites(client, from, false);
    throw error;
  }
}
