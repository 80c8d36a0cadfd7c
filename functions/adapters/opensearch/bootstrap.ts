import type { API } from '@opensearch-project/opensearch';
import { ConfigError } from '../../core/errors.ts';
import { clusterError } from './cluster-errors.ts';
import type { IndexClient } from './index-client.ts';
import {
  articleIndexBody,
  articleProperties,
  type Folding,
  failureIndexBody,
  type IndexNames,
  type ServiceKind,
} from './index-design.ts';
import { type RetryPolicy, withRetry } from './retry.ts';

/** Where bootstrap reports what it decided. */
export interface BootstrapLog {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
}

/**
 * What a process may do to the indices at start-up. `create` (the ingest function, the local
 * stack) creates what is missing and adds new fields to the mapping; `check` (the search
 * function, whose role may only read) only looks, and searches answer empty until the first
 * article creates the index.
 */
export type BootstrapMode = 'create' | 'check';

/** What bootstrap needs to know. */
export interface BootstrapOptions {
  names: IndexNames;
  service: ServiceKind;
  retry: RetryPolicy;
  log: BootstrapLog;
  /** @default 'create' */
  mode?: BootstrapMode;
}

/** The cluster refused the analysis because it lacks the ICU plugin (analysis-icu). */
function isMissingIcu(error: unknown): boolean {
  const e = clusterError(error);
  return e !== null && e.status === 400 && /icu_folding/.test(e.reason);
}

function isAlreadyThere(error: unknown): boolean {
  return clusterError(error)?.type === 'resource_already_exists_exception';
}

async function exists(client: IndexClient, retry: RetryPolicy, name: string): Promise<boolean> {
  // HEAD answers for an alias as for an index.
  const response = await withRetry(retry, () => client.indices.exists({ index: name }));
  return response.body === true;
}

/** Creates an index; false when another process created it first (a cold-start race). */
async function create(
  client: IndexClient,
  retry: RetryPolicy,
  index: string,
  body: API.Indices_Create_RequestBody,
): Promise<boolean> {
  try {
    await withRetry(retry, () => client.indices.create({ index, body }));
    return true;
  } catch (error) {
    if (isAlreadyThere(error)) return false;
    throw error;
  }
}

async function createArticleIndex(
  client: IndexClient,
  options: BootstrapOptions,
): Promise<Folding> {
  const { names, service, retry, log } = options;
  try {
    await create(client, retry, names.versioned, articleIndexBody(names, 'icu', service));
    return 'icu';
  } catch (error) {
    if (!isMissingIcu(error)) throw error;
    log.warn('the cluster has no ICU analysis plugin; folding accents with asciifolding instead', {
      index: names.versioned,
    });
    await create(client, retry, names.versioned, articleIndexBody(names, 'ascii', service));
    return 'ascii';
  }
}

/**
 * Adds this build's new fields to the mapping of an existing index. Adding a field is the one
 * mapping change an index takes in place, and it is idempotent, so the ingest function sends the
 * whole list at every cold start rather than compare versions: an index created by an earlier
 * build then accepts the documents of this one under its strict mapping. A field whose type
 * changed is refused: that needs a new index version.
 */
async function addNewFields(client: IndexClient, options: BootstrapOptions): Promise<void> {
  const { names, retry } = options;
  try {
    await withRetry(retry, () =>
      client.indices.putMapping({
        index: names.write,
        body: { properties: articleProperties() },
      }),
    );
  } catch (error) {
    const e = clusterError(error);
    if (e === null || e.status !== 400) throw error;
    throw new ConfigError(
      `the mapping of ${names.write} cannot take this build's fields in place (${e.type}: ${e.reason}); bump INDEX_VERSION and move to a new index (docs/runbooks/new-index-version.md)`,
    );
  }
}

/** Looks for the indices without changing anything; warns about what is missing. */
async function checkIndices(client: IndexClient, options: BootstrapOptions): Promise<void> {
  const { names, retry, log } = options;
  if (!(await exists(client, retry, names.read))) {
    log.warn(
      'the search index does not exist yet; searches answer empty until the first article is indexed',
      {
        alias: names.read,
      },
    );
  }
}

/**
 * Makes sure the indices and aliases exist, creating them on first use (mode `create`; mode
 * `check` only looks, see `BootstrapMode`). Runs at every cold start, so a stage needs no
 * deploy-time step: when all is in place (the usual case), one HEAD per alias and one idempotent
 * mapping update (`addNewFields`); otherwise the versioned index is created with its strict mapping and both aliases in
 * one request, so no reader ever sees an alias without its mapping. Two cold starts racing both
 * try; the loser's `resource_already_exists_exception` is success. Aliases decide where reads and
 * writes go: if they exist, they are used as they are, whichever version they point to.
 */
export async function ensureIndices(client: IndexClient, options: BootstrapOptions): Promise<void> {
  if (options.mode === 'check') return checkIndices(client, options);
  const { names, retry, log } = options;
  const [read, write] = await Promise.all([
    exists(client, retry, names.read),
    exists(client, retry, names.write),
  ]);
  if (read !== write) {
    throw new ConfigError(
      `alias ${read ? names.read : names.write} exists but ${read ? names.write : names.read} does not; finish or undo the index migration (docs/runbooks/new-index-version.md)`,
    );
  }
  if (!read) {
    const folding = await createArticleIndex(client, options);
    if (!(await exists(client, retry, names.write))) {
      throw new ConfigError(
        `index ${names.versioned} exists without its aliases ${names.read} and ${names.write}; add them or delete the index`,
      );
    }
    log.info('created the search index', { index: names.versioned, folding });
  } else {
    await addNewFields(client, options);
  }
  if (!(await exists(client, retry, names.failures))) {
    await create(client, retry, names.failuresVersioned, failureIndexBody(names, options.service));
  }
}
