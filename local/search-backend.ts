import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import {
  DEFAULT_INDEX_FILE,
  openEmbeddedIndex,
} from '../functions/adapters/embedded-index/sqlite-article-index.ts';
import {
  type OpenSearchConfig,
  openSearchConfigFromEnv,
} from '../functions/adapters/opensearch/config.ts';
import {
  type OpenFromConfigExtras,
  openOpenSearchIndexFromConfig,
} from '../functions/adapters/opensearch/open-from-config.ts';
import type { Logger } from '../functions/commons/logger.ts';
import { ConfigError } from '../functions/core/errors.ts';
import type { StoryIndex } from '../functions/core/ingest/story.ts';
import type { ArticleIndex } from '../functions/core/ports.ts';
import { withSearchReaders } from './readers/search-readers.ts';
import { openSelfHealingIndex, type SelfHealingIndex } from './self-healing-index.ts';
import { withWriterThread } from './writer/index-writer.ts';

/** Which index the local stack runs on: the embedded file (default) or an OpenSearch cluster. */
export type SearchBackend =
  | { kind: 'embedded' }
  | {
      kind: 'opensearch';
      config: OpenSearchConfig;
      /** For tests: a connection class or shorter retry waits. */
      extras?: OpenFromConfigExtras;
    };

/**
 * Reads `SEARCH_BACKEND` (`embedded`, the default, or `opensearch`) and, for OpenSearch, its
 * settings (`OPENSEARCH_URL` or `OPENSEARCH_ENDPOINT`, see `openSearchConfigFromEnv`).
 */
export function searchBackendFromEnv(env: NodeJS.ProcessEnv = process.env): SearchBackend {
  const backend = env.SEARCH_BACKEND?.trim() || 'embedded';
  if (backend === 'embedded') return { kind: 'embedded' };
  if (backend === 'opensearch') return { kind: 'opensearch', config: openSearchConfigFromEnv(env) };
  throw new ConfigError(`SEARCH_BACKEND must be embedded or opensearch, got "${backend}"`);
}

/** An opened index, and its near-duplicate lookup where the backend has one. */
export interface OpenedBackend {
  index: ArticleIndex;
  /** Groups copies of one story. */
  stories: StoryIndex;
  /**
   * The embedded index only: whether it started empty because its file was damaged, how to
   * hear of a damage found while running (the stack then queues the bucket again), and a
   * search on the main thread's own connection (to warm it at start).
   */
  healing?: Pick<SelfHealingIndex, 'rebuilt' | 'onRebuilt' | 'searchHere' | 'warmUpHere'>;
}

/** Reader threads at most: more only adds memory on a laptop's few cores. */
const MAX_READERS = 4;

/** Opens the chosen index; OpenSearch indices and aliases are created on first use. */
export async function openSearchBackend(
  backend: SearchBackend,
  dataDir: string,
  log: Logger,
): Promise<OpenedBackend> {
  if (backend.kind === 'embedded') {
    const file = join(dataDir, DEFAULT_INDEX_FILE);
    // The file is a cache of the bucket: checked at open, and started afresh when damaged or of
    // another schema version.
    const index = await openSelfHealingIndex({
      file,
      log,
      // Searches on their own threads, one per core: the main thread serves HTTP and ingests.
      // Writes on a thread of their own too: indexing a 19 MB body takes seconds of CPU.
      open: async () =>
        withWriterThread(
          withSearchReaders(
            await openEmbeddedIndex({
              dataDir,
              onSchemaReplaced: (replaced, current) =>
                log.warn(
                  `the index file had schema version ${replaced}, this build uses ${current}: it starts empty and is rebuilt from the bucket`,
                  { replacedVersion: replaced, schemaVersion: current },
                ),
            }),
            file,
            Math.max(1, Math.min(availableParallelism(), MAX_READERS)),
            log,
          ),
          { dataDir, fileName: DEFAULT_INDEX_FILE },
        ),
    });
    return { index, stories: index, healing: index };
  }
  const index = await openOpenSearchIndexFromConfig(backend.config, { log, ...backend.extras });
  return { index, stories: index };
}

/** Where the index lives, for the start-up banner. */
export function describeSearchBackend(backend: SearchBackend, dataDir: string): string {
  return backend.kind === 'embedded'
    ? `SQLite ${join(dataDir, DEFAULT_INDEX_FILE)}`
    : `OpenSearch ${backend.config.node} (alias "${backend.config.indexName}")`;
}
