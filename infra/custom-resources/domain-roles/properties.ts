import * as z from 'zod';
import type { SecurityRole } from '../../constructs/search-security-roles.ts';

/** A security role and the IAM roles (backend roles) mapped to it. */
export interface MappedSecurityRole extends SecurityRole {
  /** ARNs of the IAM roles that get this role. */
  readonly backendRoles: readonly string[];
}

/** What the custom resource is told to apply: the domain endpoint and the roles to create and map. */
export interface DomainRolesProperties {
  /** The domain endpoint, without a scheme. */
  readonly endpoint: string;
  /** Roles to create (or replace) and map. */
  readonly roles: readonly MappedSecurityRole[];
}

// CloudFormation property names are PascalCase by convention; the schema is the contract between
// the construct that writes them and the handler that reads them.
const RoleSchema = z.object({
  Name: z.string().regex(/^[a-z0-9_]+$/, 'role names are lower case, digits and underscores'),
  Description: z.string(),
  ClusterPermissions: z.array(z.string().min(1)),
  IndexPermissions: z.array(
    z.object({
      IndexPatterns: z.array(z.string().min(1)).min(1),
      AllowedActions: z.array(z.string().min(1)).min(1),
    }),
  ),
  BackendRoles: z.array(z.string().startsWith('arn:')).min(1),
});

const PropertiesSchema = z.object({
  Endpoint: z.string().min(1),
  Roles: z.array(RoleSchema).min(1),
});

/** The custom resource properties for `properties`, as CloudFormation passes them on. */
export function toResourceProperties(properties: DomainRolesProperties): Record<string, unknown> {
  return {
    Endpoint: properties.endpoint,
    Roles: properties.roles.map((role) => ({
      Name: role.name,
      Description: role.description,
      ClusterPermissions: [...role.clusterPermissions],
      IndexPermissions: role.indexPermissions.map((p) => ({
        IndexPatterns: [...p.indexPatterns],
        AllowedActions: [...p.allowedActions],
      })),
      BackendRoles: [...role.backendRoles],
    })),
  };
}

/** Parses the resource properties of a custom resource event; throws naming the first bad field. */
export function parseResourceProperties(raw: unknown): DomainRolesProperties {
  const parsed = PropertiesSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `role mapping properties are invalid: ${issue?.path.join('.') || 'properties'}: ${issue?.message}`,
    );
  }
  return {
    endpoint: parsed.data.Endpoint,
    roles: parsed.data.Roles.map((role) => ({
      name: role.Name,
      description: role.Description,
      clusterPermissions: role.ClusterPermissions,
      indexPermissions: role.IndexPermissions.map((p) => ({
        indexPatterns: p.IndexPatterns,
        allowedActions: p.AllowedActions,
      })),
      backendRoles: role.BackendRoles,
    })),
  };
}
