import * as errors from '@opensearch-project/opensearch/lib/errors.js';
import * as z from '../../core/zod.ts';

const ErrorBody = z.object({
  error: z.object({ type: z.string(), reason: z.nullish(z.string()) }),
});

/** What the cluster said when it refused a request. */
export interface ClusterError {
  status: number;
  /** OpenSearch's error type, e.g. `index_not_found_exception`; '' when the body had none. */
  type: string;
  reason: string;
}

/** The status, error type and reason of a refused request, or null for any other error. */
export function clusterError(error: unknown): ClusterError | null {
  if (!(error instanceof errors.ResponseError)) return null;
  const parsed = ErrorBody.safeParse(error.body);
  return {
    status: error.statusCode,
    type: parsed.data?.error.type ?? '',
    reason: parsed.data?.error.reason ?? '',
  };
}

const RootCauses = z.object({
  error: z.object({ root_cause: z.array(z.object({ type: z.string() })) }),
});

/**
 * The cluster refused a search for having more nested clauses than `indices.query.bool.
 * max_clause_count` (1,024 by default): a long pasted sentence, each word searched several
 * ways, reaches it. OpenSearch 2.19 answers it with a 500 `search_phase_execution_exception`
 * ("all shards failed"), naming the cause only in `root_cause`.
 */
export function isTooManyClauses(error: unknown): boolean {
  if (!(error instanceof errors.ResponseError)) return false;
  const causes = RootCauses.safeParse(error.body).data?.error.root_cause ?? [];
  return causes.some(
    (cause) => cause.type === 'too_many_nested_clauses' || cause.type === 'too_many_clauses',
  );
}

/** An error body (of a thrown error or of a response answered with `ignore`) for a missing index. */
export function isIndexMissingBody(body: unknown): boolean {
  return ErrorBody.safeParse(body).data?.error.type === 'index_not_found_exception';
}

/**
 * The index or alias asked for does not exist. The search function meets this in a stage where
 * nothing has been ingested yet: it may not create the index (see `BootstrapMode`), so it answers
 * as for an empty index.
 */
export function isIndexMissing(error: unknown): boolean {
  return clusterError(error)?.type === 'index_not_found_exception';
}
