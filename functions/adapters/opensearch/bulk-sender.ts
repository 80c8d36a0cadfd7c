import type { API } from '@opensearch-project/opensearch';
import * as errors from '@opensearch-project/opensearch/lib/errors.js';
import * as z from '../../core/zod.ts';
import type { RefreshPolicy } from './config.ts';
import type { ArticleDocument, TombstoneDocument } from './documents.ts';
import type { IndexClient } from './index-client.ts';
import { type RetryPolicy, withRetry } from './retry.ts';

/** Under the 10 MiB request cap of small Amazon OpenSearch instances, with room to spare. */
export const DEFAULT_MAX_BULK_BYTES = 5 * 1024 * 1024;
/** Enough to amortise a request; more only makes one slow item hold up many. */
export const DEFAULT_MAX_BULK_ACTIONS = 500;
/** A bulk of several megabytes may take a while to index on a small cluster. */
const BULK_TIMEOUT_MS = 20_000;

/**
 * One conditional write. `create` only succeeds if no document has the id; `index` replaces the
 * document only if it is still the version that was read (`ifSeqNo`/`ifPrimaryTerm`).
 */
export type BulkAction =
  | { op: 'create'; id: string; document: ArticleDocument | TombstoneDocument }
  | {
      op: 'index';
      id: string;
      document: ArticleDocument | TombstoneDocument;
      ifSeqNo: number;
      ifPrimaryTerm: number;
    };

/** What became of one action: its HTTP status and, when it failed, why. */
export interface BulkItemResult {
  status: number;
  error?: { type: string; reason: string };
}

/** Limits and behaviour of the bulk sender. */
export interface BulkSenderOptions {
  /** Index or alias the actions go to. */
  index: string;
  /** @default DEFAULT_MAX_BULK_BYTES */
  maxBytes?: number;
  /** @default DEFAULT_MAX_BULK_ACTIONS */
  maxActions?: number;
  refresh: RefreshPolicy;
  retry: RetryPolicy;
}

const ItemResult = z.object({
  status: z.number(),
  error: z.optional(
    z.pipe(
      z.object({ type: z.string(), reason: z.nullish(z.string()) }),
      z.transform((e) => ({ type: e.type, reason: e.reason ?? '' })),
    ),
  ),
});

// Each item is keyed by its action (`create`, `index`…); items come in request order.
const BulkResponse = z.object({
  errors: z.boolean(),
  items: z.array(z.record(z.string(), ItemResult)),
});

interface Chunk {
  actions: BulkAction[];
  lines: API.Bulk_RequestBody;
}

function actionLine(action: BulkAction): API.Bulk_RequestBody[number] {
  return action.op === 'create'
    ? { create: { _id: action.id } }
    : {
        index: { _id: action.id, if_seq_no: action.ifSeqNo, if_primary_term: action.ifPrimaryTerm },
      };
}

/** The two NDJSON lines of an action and their size in bytes, as the client will send them. */
function serialise(action: BulkAction): { lines: API.Bulk_RequestBody; bytes: number } {
  const header = actionLine(action);
  const bytes =
    Buffer.byteLength(JSON.stringify(header)) +
    Buffer.byteLength(JSON.stringify(action.document)) +
    2;
  return { lines: [header, action.document], bytes };
}

/**
 * Sends actions through `_bulk` in requests bounded by bytes and by count, retrying a request
 * refused as a whole (429, 502, 503, 504, a broken connection) with backoff, and returns one
 * result per action, in order. A `_bulk` answered 200 may still have failed items
 * (`errors: true`); they come back as results with their own status, never as success.
 */
export class BulkSender {
  private readonly maxBytes: number;
  private readonly maxActions: number;

  constructor(
    private readonly client: IndexClient,
    private readonly options: BulkSenderOptions,
  ) {
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BULK_BYTES;
    this.maxActions = options.maxActions ?? DEFAULT_MAX_BULK_ACTIONS;
  }

  /** Sends every action; the result at index i belongs to action i. */
  async send(actions: readonly BulkAction[]): Promise<BulkItemResult[]> {
    const results: BulkItemResult[] = [];
    for (const chunk of this.chunks(actions)) results.push(...(await this.sendChunk(chunk)));
    return results;
  }

  // A single action larger than the byte limit still goes, alone: splitting cannot help it, and
  // the cluster's own limit (http.max_content_length) is what finally decides.
  private *chunks(actions: readonly BulkAction[]): Generator<Chunk> {
    let chunk: Chunk = { actions: [], lines: [] };
    let bytes = 0;
    for (const action of actions) {
      const serialised = serialise(action);
      const full =
        chunk.actions.length >= this.maxActions || bytes + serialised.bytes > this.maxBytes;
      if (full && chunk.actions.length > 0) {
        yield chunk;
        chunk = { actions: [], lines: [] };
        bytes = 0;
      }
      chunk.actions.push(action);
      chunk.lines.push(...serialised.lines);
      bytes += serialised.bytes;
    }
    if (chunk.actions.length > 0) yield chunk;
  }

  private async sendChunk(chunk: Chunk): Promise<BulkItemResult[]> {
    try {
      const response = await withRetry(this.options.retry, () =>
        this.client.bulk(
          {
            index: this.options.index,
            body: chunk.lines,
            // Never create a concrete index named like the alias if the alias went missing.
            require_alias: true,
            ...(this.options.refresh === 'false' ? {} : { refresh: this.options.refresh }),
          },
          { requestTimeout: BULK_TIMEOUT_MS },
        ),
      );
      return itemResults(response.body, chunk.actions.length);
    } catch (error) {
      if (!(error instanceof errors.ResponseError) || error.statusCode !== 413) throw error;
      // Too large for the cluster after all: send the actions one by one, so only the one
      // that really is too large fails.
      if (chunk.actions.length === 1) {
        return [
          {
            status: 413,
            error: {
              type: 'request_too_large',
              reason: 'the document is larger than the cluster accepts in one request',
            },
          },
        ];
      }
      const results: BulkItemResult[] = [];
      for (const action of chunk.actions) {
        results.push(
          ...(await this.sendChunk({ actions: [action], lines: serialise(action).lines })),
        );
      }
      return results;
    }
  }
}

function itemResults(body: unknown, expected: number): BulkItemResult[] {
  const parsed = BulkResponse.parse(body);
  if (parsed.items.length !== expected) {
    throw new Error(`_bulk answered ${parsed.items.length} items for ${expected} actions`);
  }
  return parsed.items.map((item) => {
    const result = Object.values(item)[0];
    if (result === undefined) throw new Error('_bulk answered an item without a result');
    return result.error
      ? { status: result.status, error: result.error }
      : { status: result.status };
  });
}
