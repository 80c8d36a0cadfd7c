import { type Client, errors } from '@opensearch-project/opensearch';
import type { SecurityRole } from '../../constructs/search-security-roles.ts';
import { type SecurityApi, SecurityApiError } from './security-api.ts';

async function call(what: string, request: () => Promise<unknown>): Promise<void> {
  try {
    await request();
  } catch (error) {
    if (error instanceof errors.ResponseError) {
      const status = error.meta.statusCode ?? undefined;
      throw new SecurityApiError(`${what} answered ${status}: ${error.message}`, status);
    }
    const message = error instanceof Error ? error.message : String(error);
    throw new SecurityApiError(`${what} failed without an answer: ${message}`, undefined);
  }
}

/** {@link SecurityApi} over an OpenSearch client that signs its requests as the domain's master user. */
export function openSearchSecurityApi(client: Client): SecurityApi {
  return {
    putRole: (role: SecurityRole) =>
      call(`PUT role ${role.name}`, () =>
        client.security.createRole({
          role: role.name,
          body: {
            description: role.description,
            cluster_permissions: [...role.clusterPermissions],
            index_permissions: role.indexPermissions.map((p) => ({
              index_patterns: [...p.indexPatterns],
              allowed_actions: [...p.allowedActions],
            })),
          },
        }),
      ),
    putRoleMapping: (roleName, backendRoles) =>
      call(`PUT role mapping ${roleName}`, () =>
        client.security.createRoleMapping({
          role: roleName,
          body: { backend_roles: [...backendRoles], users: [], hosts: [] },
        }),
      ),
  };
}
