import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { articleIndexBody, indexNames } from '../../functions/adapters/opensearch/index-design.ts';
import {
  type OpenSearchIndex,
  openOpenSearchIndex,
} from '../../functions/adapters/opensearch/opensearch-article-index.ts';
import { reindexToVersion } from '../../functions/adapters/opensearch/reindex.ts';
import { parseQuery } from '../../functions/core/search/query-parser.ts';
import { testArticle } from '../port/article-index-behaviour.ts';
import { clusterClient, clusterConfig, deleteIndices, freshIndexName } from './cluster-support.ts';

const run = promisify(execFile);
const CLI = fileURLToPath(new URL('../../cli/main.ts', import.meta.url));
const LIVE = 200;
const DELETED = 20;

/** LIVE articles that all mention Zendravik, and DELETED more removed again (tombstones). */
async function fill(index: OpenSearchIndex): Promise<void> {
  const articles = Array.from({ length: LIVE + DELETED }, (_, i) =>
    testArticle(`a-${i}.txt`, { body: `Zendravik report number ${i}.`, sequencer: '0A' }),
  );
  await Promise.all(articles.map((article) => index.upsert(article)));
  await Promise.all(articles.slice(LIVE).map((article) => index.remove(article.id, '0B')));
}

async function aliasTargets(base: string): Promise<Record<string, string[]>> {
  const admin = clusterClient();
  const names = indexNames(base);
  const response = await admin.indices.getAlias({ name: [names.read, names.write] });
  await admin.close();
  const out: Record<string, string[]> = {};
  for (const [index, value] of Object.entries(
    response.body as Record<string, { aliases: object }>,
  )) {
    for (const alias of Object.keys(value.aliases)) out[alias] = [...(out[alias] ?? []), index];
  }
  return out;
}

describe('moving to a new index version, on a real node', () => {
  let base = '';
  let index: OpenSearchIndex | undefined;

  afterEach(async () => {
    await index?.close();
    index = undefined;
    await deleteIndices(base);
  });

  it('copies documents and tombstones and swaps both aliases while searches keep answering', async () => {
    base = freshIndexName('reindex');
    index = await openOpenSearchIndex({
      client: clusterClient(),
      indexName: base,
      refresh: 'true',
    });
    await fill(index);
    const totals: number[] = [];
    let searching = true;
    const searches = (async () => {
      while (searching) {
        const page = await index?.search({
          text: 'Zendravik',
          clauses: parseQuery('Zendravik'),
          size: 1,
        });
        totals.push(page?.total ?? -1);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const lines: string[] = [];

    const result = await reindexToVersion({
      client: clusterClient(),
      indexName: base,
      toVersion: 2,
      progress: (line) => lines.push(line),
      pollMs: 100,
    });
    searching = false;
    await searches;

    expect(result).toMatchObject({
      from: `${base}-v1`,
      to: `${base}-v2`,
      documents: LIVE + DELETED,
      tombstones: DELETED,
    });
    expect(await aliasTargets(base)).toEqual({
      [base]: [`${base}-v2`],
      [`${base}-write`]: [`${base}-v2`],
    });
    expect(totals.length).toBeGreaterThan(0);
    expect(new Set(totals)).toEqual(new Set([LIVE]));
    expect(lines.some((line) => /^copied \d+ of 220 documents$/.test(line))).toBe(true);
    // Tombstones came along: a late, older PUT of a deleted article stays refused.
    const deleted = testArticle(`a-${LIVE}.txt`, { sequencer: '0A' });
    expect(await index.upsert(deleted)).toBe('stale');
    // Writes now go to the new index.
    const fresh = testArticle('after.txt', { body: 'Zendravik again.', sequencer: '0C' });
    expect(await index.upsert(fresh)).toBe('applied');
    const admin = clusterClient();
    const inNew = await admin.get({ index: `${base}-v2`, id: fresh.id }, { ignore: [404] });
    await admin.close();
    expect(inNew.body).toMatchObject({ found: true });
  });

  it('rolls back, leaving the old index serving and writable, when a document cannot be copied', async () => {
    base = freshIndexName('rollback');
    // An index from a build whose documents carry a field this build no longer maps.
    const body = articleIndexBody(indexNames(base), 'icu');
    const properties = { ...body.mappings?.properties, legacy: { type: 'keyword' as const } };
    const mappings = { ...body.mappings, properties } as NonNullable<typeof body.mappings>;
    const admin = clusterClient();
    await admin.indices.create({ index: `${base}-v1`, body: { ...body, mappings } });
    index = await openOpenSearchIndex({
      client: clusterClient(),
      indexName: base,
      refresh: 'true',
    });
    await fill(index);
    await admin.index({
      index: `${base}-v1`,
      id: 'legacy',
      body: { id: 'legacy', legacy: 'x' },
      refresh: true,
    });

    const moving = reindexToVersion({ client: clusterClient(), indexName: base, toVersion: 2 });

    await expect(moving).rejects.toThrow(/the copy failed/);
    expect(await aliasTargets(base)).toEqual({
      [base]: [`${base}-v1`],
      [`${base}-write`]: [`${base}-v1`],
    });
    expect((await admin.indices.exists({ index: `${base}-v2` })).body).toBe(false);
    await admin.close();
    const later = testArticle('later.txt', { sequencer: '0A' });
    expect(await index.upsert(later)).toBe('applied');
  });

  it('is one command: articles reindex, against OPENSEARCH_URL', async () => {
    base = freshIndexName('cli');
    index = await openOpenSearchIndex({
      client: clusterClient(),
      indexName: base,
      refresh: 'true',
    });
    await index.upsert(testArticle('one.txt'));

    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', CLI, 'reindex', '--to-version', '3'],
      { env: { ...process.env, OPENSEARCH_URL: clusterConfig.node, OPENSEARCH_INDEX: base } },
    );

    expect(JSON.parse(stdout)).toMatchObject({
      from: `${base}-v1`,
      to: `${base}-v3`,
      documents: 1,
    });
    expect(stderr).toContain(`now point to ${base}-v3`);
  });
});
