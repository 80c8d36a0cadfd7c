import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEmbeddedIndex } from '../../functions/adapters/embedded-index/sqlite-article-index.ts';
import { createOpenSearchClient } from '../../functions/adapters/opensearch/client.ts';
import {
  type OpenSearchIndex,
  openOpenSearchIndex,
} from '../../functions/adapters/opensearch/opensearch-article-index.ts';
import type { Article } from '../../functions/core/article.ts';
import type { ArticleIndex } from '../../functions/core/ports.ts';
import { type RunningNode, startNode } from '../../local/opensearch/node.ts';

/** An embedded and an OpenSearch index holding the same articles, for one comparison. */
export interface BothIndices {
  embedded: ArticleIndex;
  opensearch: OpenSearchIndex;
  url: string;
  version: string;
  /** Writes the articles into both (in large concurrent groups) and makes them searchable. */
  load(articles: Article[]): Promise<void>;
  close(): Promise<void>;
}

/** The node in OPENSEARCH_URL, or one started for this run (stopped by `close`). */
export async function clusterUrl(): Promise<{ url: string; node?: RunningNode; dataDir?: string }> {
  if (process.env.OPENSEARCH_URL) return { url: process.env.OPENSEARCH_URL };
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-node-'));
  const port = 9_500 + Math.floor(Math.random() * 400);
  const node = await startNode({
    port,
    dataDir,
    heap: '1g',
    log: (l) => process.stderr.write(`${l}\n`),
  });
  process.stderr.write(`started OpenSearch ${node.version} at ${node.url} in ${node.startMs} ms\n`);
  return { url: node.url, node, dataDir };
}

const config = (url: string) => ({
  node: url,
  auth: { kind: 'none' as const },
  indexName: 'unused',
  refresh: 'false' as const,
  tlsInsecure: false,
});

/** Fresh indices on both backends, under a name unique to this run. */
export async function openBoth(dir: string, purpose: string): Promise<BothIndices> {
  const cluster = await clusterUrl();
  const indexName = `bench-${purpose}-${Date.now().toString(36)}`;
  const client = createOpenSearchClient(config(cluster.url));
  const opensearch = await openOpenSearchIndex({ client, indexName, closeClient: false });
  const embedded = await openEmbeddedIndex({ dataDir: dir });
  const root = (await (await fetch(cluster.url)).json()) as { version: { number: string } };
  return {
    embedded,
    opensearch,
    url: cluster.url,
    version: root.version.number,
    async load(articles) {
      for (let i = 0; i < articles.length; i += 500) {
        const group = articles.slice(i, i + 500);
        await Promise.all(group.map((a) => opensearch.upsert(a)));
        for (const a of group) await embedded.upsert(a);
      }
      await client.indices.refresh({ index: indexName });
    },
    async close() {
      await opensearch.close();
      await embedded.close();
      await client.indices.delete({ index: `${indexName}*` }, { ignore: [404] });
      await client.close();
      await cluster.node?.stop();
      if (cluster.dataDir) rmSync(cluster.dataDir, { recursive: true, force: true });
    },
  };
}
