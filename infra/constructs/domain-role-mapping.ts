import { CustomResource, Duration, type RemovalPolicy } from 'aws-cdk-lib';
import { type IRole, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Provider } from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { acknowledgeWildcards } from '../compliance/acknowledge.ts';
import { toResourceProperties } from '../custom-resources/domain-roles/properties.ts';
import {
  grantDomainHttp,
  SECURITY_ADMIN_ACTIONS,
  SECURITY_API_PATH,
} from './domain-permissions.ts';
import { NodeFunction } from './node-function.ts';
import type { SecurityRole } from './search-security-roles.ts';

/** A security role and the IAM roles that get it. */
export interface RoleMapping {
  /** The fine-grained access control role to create. */
  readonly role: SecurityRole;
  /** IAM roles mapped to it as backend roles. */
  readonly backendRoles: readonly IRole[];
}

/** Properties of a {@link DomainRoleMapping}. */
export interface DomainRoleMappingProps {
  /** ARN of the domain whose security plugin is configured. */
  readonly domainArn: string;
  /** Its endpoint, without a scheme. */
  readonly domainEndpoint: string;
  /** The domain's fine-grained access control master user; the handler runs as this role. */
  readonly masterRole: IRole;
  /** Roles to create and map. */
  readonly mappings: readonly RoleMapping[];
  /** How long the handler's logs are kept. */
  readonly logRetention: RetentionDays;
  /** What happens to the handler's log groups when they are removed. */
  readonly logRemovalPolicy: RemovalPolicy;
}

/** CloudFormation type of the custom resource, as it appears in templates. */
export const DOMAIN_ROLE_MAPPING_TYPE = 'Custom::OpenSearchRoleMapping';

/**
 * Creates fine-grained access control roles and maps IAM roles to them, by calling the security
 * plugin's REST API at deploy time. A custom resource because CloudFormation has no resource for
 * the inside of a domain, and a Lambda-backed one because those calls must be SigV4-signed as the
 * master user, which `AwsCustomResource` (SDK calls only) cannot do.
 */
export class DomainRoleMapping extends Construct {
  /** The custom resource; its `Roles` attribute lists the roles it applied. */
  readonly resource: CustomResource;

  constructor(scope: Construct, id: string, props: DomainRoleMappingProps) {
    super(scope, id);
    const { masterRole } = props;

    const handler = new NodeFunction(this, 'Handler', {
      entry: 'infra/custom-resources/domain-roles/index.ts',
      serviceName: 'article-search-domain-roles',
      description: 'Maps the function roles to fine-grained access control roles at deploy time',
      role: masterRole,
      timeout: Duration.minutes(5),
      memorySize: 512,
      logRetention: props.logRetention,
      logRemovalPolicy: props.logRemovalPolicy,
    });
    // The master user may do anything inside the domain; its IAM identity may only reach the
    // security API, so nothing but this handler can use that power.
    grantDomainHttp(props.domainArn, masterRole, SECURITY_ADMIN_ACTIONS, {
      paths: [SECURITY_API_PATH],
      wildcardReason:
        'The master role may call only the security plugin API of this domain; its roles and role mappings are the paths below _plugins/_security/api/.',
    });

    const frameworkLogGroup = new LogGroup(this, 'ProviderLogGroup', {
      retention: props.logRetention,
      removalPolicy: props.logRemovalPolicy,
    });
    const frameworkRole = new Role(this, 'ProviderRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Runs the CDK custom resource framework for the domain role mapping',
    });
    frameworkLogGroup.grantWrite(frameworkRole);
    const provider = new Provider(this, 'Provider', {
      onEventHandler: handler.function,
      frameworkOnEventRole: frameworkRole,
      logGroup: frameworkLogGroup,
    });

    this.resource = new CustomResource(this, 'Resource', {
      serviceToken: provider.serviceToken,
      resourceType: DOMAIN_ROLE_MAPPING_TYPE,
      // Without this a handler that never answers holds the deployment for an hour.
      serviceTimeout: Duration.minutes(10),
      properties: toResourceProperties({
        endpoint: props.domainEndpoint,
        roles: props.mappings.map(({ role, backendRoles }) => ({
          ...role,
          backendRoles: backendRoles.map((r) => r.roleArn),
        })),
      }),
    });

    acknowledgeWildcards(
      frameworkRole,
      /^Resource::<\w*Handler\w*\.Arn>:\*$/,
      'The CDK provider framework may invoke any version of the role-mapping handler, which lambda:InvokeFunction expresses as <handler ARN>:*.',
    );
  }
}
