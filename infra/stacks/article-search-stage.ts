import { type Environment, Stage, type StageProps, Tags, Token } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { StageConfig, StageName } from '../config/stage-config.ts';
import { validateStageConfig } from '../config/validate-stage-config.ts';
import { ApiEdgeStack, EDGE_REGION } from './api-edge-stack.ts';
import { ServiceStack } from './service-stack.ts';
import { StorageStack } from './storage-stack.ts';

/** The search domain of a stage: fixed, so alarms and grants can name it before it exists. */
export function searchDomainName(stage: StageName): string {
  return `article-search-${stage}`;
}

/** Properties of an {@link ArticleSearchStage}. */
export interface ArticleSearchStageProps extends StageProps {
  /** The stage's configuration; validated before any stack is built. */
  readonly config: StageConfig;
}

/**
 * One deployable copy of the whole app (storage and service stacks). Its id is the stage name,
 * so `cdk deploy 'dev/*'` deploys one stage and its stacks are named `dev-Storage`, `dev-Service`.
 */
export class ArticleSearchStage extends Stage {
  /** Buckets, domain and the function roles the domain trusts. */
  readonly storage: StorageStack;
  /** Queue, functions, HTTP API, alarms and dashboard. */
  readonly service: ServiceStack;
  /** The per-client rate limit, in us-east-1, for a stage whose API is public. */
  readonly edge?: ApiEdgeStack;

  constructor(scope: Construct, id: StageName, props: ArticleSearchStageProps) {
    super(scope, id, props);
    const config = validateStageConfig(id, props.config);
    const terminationProtection = config.terminationProtection;
    const domainName = searchDomainName(id);

    this.storage = new StorageStack(this, 'Storage', {
      domainName,
      config,
      terminationProtection,
      description: `article-search ${id}: article bucket, OpenSearch domain and function roles (stateful)`,
    });
    const { access } = config.api;
    if (access.kind === 'public') {
      // CloudFront's web ACL lives in us-east-1 and is handed to the distribution across
      // regions, which CDK can do only between stacks whose regions it knows.
      if (this.region === undefined || Token.isUnresolved(this.region)) {
        throw new Error(
          `stage ${id}: public api access puts its per-client limit on CloudFront, whose AWS WAF web ACL lives in ${EDGE_REGION}; give the stage a region (CDK_DEFAULT_REGION, or a profile with one)`,
        );
      }
      this.edge = new ApiEdgeStack(this, 'Edge', {
        env: { ...(props.env?.account ? { account: props.env.account } : {}), region: EDGE_REGION },
        stageName: id,
        perClientLimit: access.perClientLimit,
        terminationProtection,
        description: `article-search ${id}: per-client rate limit of the public API (AWS WAF for CloudFront)`,
      });
    }
    this.service = new ServiceStack(this, 'Service', {
      stageName: id,
      config,
      terminationProtection,
      bucketName: this.storage.bucket.bucketName,
      domainName,
      domainEndpoint: this.storage.domain.domainEndpoint,
      ingestRoleName: this.storage.functionRoles.ingest.roleName,
      searchRoleName: this.storage.functionRoles.search.roleName,
      operatorRoleName: this.storage.functionRoles.operator.roleName,
      ...(this.edge ? { webAclArn: this.edge.webAcl.attrArn, crossRegionReferences: true } : {}),
      description: `article-search ${id}: ingest pipeline, search API, alarms and dashboard (stateless)`,
    });

    Tags.of(this).add('project', 'article-search');
    Tags.of(this).add('stage', id);
  }
}

/** Adds one {@link ArticleSearchStage} per configured stage to `scope` (the app), all in `env`. */
export function addArticleSearchStages(
  scope: Construct,
  stages: Readonly<Record<StageName, StageConfig>>,
  env: Environment,
): Record<StageName, ArticleSearchStage> {
  const build = (name: StageName) =>
    new ArticleSearchStage(scope, name, { config: stages[name], env });
  return { dev: build('dev'), staging: build('staging'), prod: build('prod') };
}
