import { createOpenSearchClient } from '../functions/adapters/opensearch/client.ts';
import { openSearchConfigFromEnv } from '../functions/adapters/opensearch/config.ts';
import { INDEX_VERSION } from '../functions/adapters/opensearch/index-design.ts';
import { reindexToVersion } from '../functions/adapters/opensearch/reindex.ts';

interface ReindexOptions {
  toVersion?: string;
}

/**
 * `articles reindex`: moves the articles of the cluster in OPENSEARCH_URL (or the signed
 * OPENSEARCH_ENDPOINT) to this build's index version, `reindexToVersion` shows how.
 */
export async function reindexCommand(options: ReindexOptions): Promise<void> {
  const say = (line: string) => process.stderr.write(`articles reindex: ${line}\n`);
  const version = options.toVersion === undefined ? INDEX_VERSION : Number(options.toVersion);
  if (!Number.isInteger(version) || version < 1) {
    say(`--to-version must be a whole number from 1, got "${options.toVersion}"`);
    process.exitCode = 1;
    return;
  }
  let client: ReturnType<typeof createOpenSearchClient> | undefined;
  try {
    const config = openSearchConfigFromEnv();
    client = createOpenSearchClient(config);
    say(`moving "${config.indexName}" on ${config.node} to version ${version}`);
    const result = await reindexToVersion({
      client,
      indexName: config.indexName,
      toVersion: version,
      progress: say,
    });
    process.stdout.write(`${JSON.stringify(result)}\n`);
    say(
      `done in ${(result.ms / 1000).toFixed(1)} s; ${result.from} is kept read-only for a rollback, delete it once satisfied`,
    );
  } catch (error) {
    say(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  } finally {
    await client?.close();
  }
}
