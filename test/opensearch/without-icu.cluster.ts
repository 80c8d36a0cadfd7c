import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenSearchClient } from '../../functions/adapters/opensearch/client.ts';
import {
  type OpenSearchIndex,
  openOpenSearchIndex,
} from '../../functions/adapters/opensearch/opensearch-article-index.ts';
import { parseQuery } from '../../functions/core/search/query-parser.ts';
import { type RunningNode, startNode } from '../../local/opensearch/node.ts';
import { testArticle } from '../port/article-index-behaviour.ts';
import { freshIndexName } from './cluster-support.ts';

async function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

// A cluster without analysis-icu (the stock Docker image, a self-run node): the adapter must
// recognise the node's refusal of `icu_folding`, warn, and create the index with asciifolding.
// This file starts a node of its own without plugins, beside the suite's.
describe('a cluster without the ICU plugin, on a real node', () => {
  const indexName = freshIndexName('ascii');
  let dataDir = '';
  let node: RunningNode | undefined;
  let index: OpenSearchIndex | undefined;
  const warnings: string[] = [];
  const infos: Record<string, unknown>[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'no-icu-'));
    node = await startNode({ port: await freePort(), dataDir, heap: '512m', icu: false });
    const client = createOpenSearchClient({
      node: node.url,
      auth: { kind: 'none' },
      indexName,
      refresh: 'true',
      tlsInsecure: false,
    });
    index = await openOpenSearchIndex({
      client,
      indexName,
      refresh: 'true',
      log: {
        warn: (message) => warnings.push(message),
        info: (_message, fields) => infos.push(fields ?? {}),
      },
    });
  }, 150_000);

  afterAll(async () => {
    await index?.close();
    await node?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('creates the index with asciifolding, saying why', () => {
    expect(warnings).toEqual([
      'the cluster has no ICU analysis plugin; folding accents with asciifolding instead',
    ]);
    expect(infos).toContainEqual(expect.objectContaining({ folding: 'ascii' }));
  });

  it('still matches a word without its accents', async () => {
    const article = testArticle('cafe.txt', { body: 'Un café crème près de Zürich.' });
    await index?.upsert(article);

    const page = await index?.search({ text: 'cafe', clauses: parseQuery('cafe'), size: 5 });

    expect(page?.hits.map((hit) => hit.id)).toEqual([article.id]);
  });
});
