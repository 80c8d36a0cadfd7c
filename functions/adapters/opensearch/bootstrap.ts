import { type API, type Client, errors } from '@opensearch-project/opensearch';
import { z } from 'zod';
import { ConfigError } from '../../core/errors.ts';
import {
  articleIndexBody,
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

/** What bootstrap needs to know. */
export interface BootstrapOptions {
  names: IndexNames;
  service: ServiceKind;
  retry: RetryPolicy;
  log: BootstrapLog;
}

const ErrorBody = z.object({
  error: z.object({ type: z.string(), reason: z.string().nullish() }),
});

/** The status and OpenSearch error type and reason of a refused request, or null. */
function errorType(error: unknown): { status: number; type: string; reason: string } | null {
  if (!(error instanceof errors.ResponseError)) return null;
  const parsed = ErrorBody.safeParse(error.body);
  return {
    status: error.statusCode,
    type: parsed.data?.error.type ?? '',
    reason: parsed.data?.error.reason ?? '',
  };
}

/** The cluster refused the analysis because it lacks the ICU plugin (analysis-icu). */
function isMissingIcu(error: unknown): boolean {
  const e = errorType(error);
  return e !== null && e.status === 400 && /icu_folding/.test(e.reason);
}

function isAlreadyThere(error: unknown): boolean {
  return errorType(error)?.type === 'resource_already_exists_exception';
}

async function exists(client: Client, retry: RetryPolicy, name: string): Promise<boolean> {
  // HEAD answers for an alias as for an index.
  const response = await withRetry(retry, () => client.indices.exists({ index: name }));
  return response.body === true;
}

/** Creates an index; false when another process created it first (a cold-start race). */
async function create(
  client: Client,
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

async function createArticleIndex(client: Client, options: BootstrapOptions): Promise<Folding> {
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
 * Makes sure the indices and aliases exist, creating them on first use. Runs at every cold start,
 * so a stage needs no deploy-time step: one HEAD per alias when all is in place (the usual
 * case); otherwise the versioned index is created with its strict mapping and both aliases in
 * one request, so no reader ever sees an alias without its mapping. Two cold starts racing both
 * try; the loser's `resource_already_exists_exception` is success. Aliases decide where reads and
 * writes go: if they exist, they are used as they are, whichever version they point to.
 */
export async function ensureIndices(client: Client, options: BootstrapOptions): Promise<void> {
  const { names, retry, log } = options;
  const [read, write] = await Promise.all([
    exists(client, retry, names.read),
    exists(client, retry, names.write),
  ]);
  if (read !== write) {
    throw new ConfigError(
      `alias ${read ? names.read : names.write} exists but ${read ? names.write : names.read} does not; finish or undo the index migration (README, "Moving to a new index version")`,
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
  }
  if (!(await exists(client, retry, names.failures))) {
    await create(client, retry, names.failuresVersioned, failureIndexBody(names, options.service));
  }
}
