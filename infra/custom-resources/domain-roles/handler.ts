import * as z from 'zod';
import type { Logger } from '../../../functions/commons/logger.ts';
import { parseResourceProperties } from './properties.ts';
import { retryUntil } from './retry.ts';
import { isTransientSecurityApiError, type SecurityApi } from './security-api.ts';

/**
 * One id for the lifetime of the resource: CloudFormation never sees a replacement, so it never
 * sends the Delete that would follow one and undo the mapping it just applied.
 */
export const DOMAIN_ROLES_PHYSICAL_ID = 'article-search-domain-roles';

const RequestSchema = z.object({
  RequestType: z.enum(['Create', 'Update', 'Delete']),
  ResourceProperties: z.unknown(),
});

/** What the handler answers the custom resource provider framework. */
export interface DomainRolesResponse {
  readonly PhysicalResourceId: string;
  readonly Data?: { readonly Roles: string };
}

/** What the role-mapping handler is built from. */
export interface DomainRolesDependencies {
  /** The security API of the domain at this endpoint, signed as its master user. */
  securityApiFor(endpoint: string): SecurityApi;
  logger: Logger;
  /** Longest the handler keeps retrying transient failures, in milliseconds. */
  retryBudgetMillis: number;
  now: () => number;
  sleep: (millis: number) => Promise<void>;
}

/** The role-mapping custom resource's handler: one provider framework event in, its answer out. */
export type DomainRolesHandler = (event: unknown) => Promise<DomainRolesResponse>;

/**
 * Builds the handler that creates the fine-grained access control roles and maps the function
 * roles to them. Create and Update put every role and mapping (PUT replaces, so repeating is
 * safe); Delete leaves them: a retained domain keeps working after its stack is gone, and a
 * deleted domain takes them with it.
 */
export function createDomainRolesHandler(deps: DomainRolesDependencies): DomainRolesHandler {
  const { logger } = deps;
  return async (event) => {
    const request = RequestSchema.parse(event);
    if (request.RequestType === 'Delete') {
      logger.info('role mappings left in place on delete');
      return { PhysicalResourceId: DOMAIN_ROLES_PHYSICAL_ID };
    }
    const { endpoint, roles } = parseResourceProperties(request.ResourceProperties);
    const api = deps.securityApiFor(endpoint);
    const retry = {
      deadline: deps.now() + deps.retryBudgetMillis,
      isRetryable: isTransientSecurityApiError,
      onRetry: (error: unknown, delayMillis: number) =>
        logger.warn('security api call failed; retrying', { error, delayMillis }),
      now: deps.now,
      sleep: deps.sleep,
    };
    for (const role of roles) {
      await retryUntil(() => api.putRole(role), retry);
      await retryUntil(() => api.putRoleMapping(role.name, role.backendRoles), retry);
      logger.info('security role mapped', { role: role.name, backendRoles: role.backendRoles });
    }
    return {
      PhysicalResourceId: DOMAIN_ROLES_PHYSICAL_ID,
      Data: { Roles: roles.map((r) => r.name).join(',') },
    };
  };
}
