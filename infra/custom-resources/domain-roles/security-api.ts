import type { SecurityRole } from '../../constructs/search-security-roles.ts';

/** The parts of the OpenSearch security plugin's REST API the role-mapping resource uses. */
export interface SecurityApi {
  /** Creates the role, or replaces it with exactly this definition. */
  putRole(role: SecurityRole): Promise<void>;
  /** Maps the role to exactly these backend roles (IAM role ARNs), replacing any earlier mapping. */
  putRoleMapping(roleName: string, backendRoles: readonly string[]): Promise<void>;
}

/** A security API call that failed; `statusCode` is absent when no HTTP answer came back. */
export class SecurityApiError extends Error {
  override readonly name = 'SecurityApiError';

  constructor(
    message: string,
    readonly statusCode: number | undefined,
  ) {
    super(message);
  }
}

// 401 and 403 come back for a minute or two after a domain or an IAM policy is created, until
// the master role's permissions have propagated; the rest are the usual transient answers.
const TRANSIENT_STATUS = new Set([401, 403, 408, 429, 500, 502, 503, 504]);

/** Whether a failed security API call may succeed if repeated: transient answers and lost connections. */
export function isTransientSecurityApiError(error: unknown): boolean {
  if (!(error instanceof SecurityApiError)) return false;
  return error.statusCode === undefined || TRANSIENT_STATUS.has(error.statusCode);
}
