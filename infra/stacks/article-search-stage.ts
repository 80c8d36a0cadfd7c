import { type Environment, Stage, type StageProps, Tags } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { type StageConfig, type StageName, validateStageConfig } from '../config/stages.ts';
import { ServiceStack } from './service-stack.ts';
import { StorageStack } from './storage-stack.ts';

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
  /** Bucket and domain. */
  readonly storage: StorageStack;
  /** Queue, functions and HTTP API. */
  readonly service: ServiceStack;

  constructor(scope: Construct, id: StageName, props: ArticleSearchStageProps) {
    super(scope, id, props);
    const config = validateStageConfig(id, props.config);

    this.storage = new StorageStack(this, 'Storage', {
      config,
      description: `article-search ${id}: article bucket and OpenSearch domain (stateful)`,
    });
    this.service = new ServiceStack(this, 'Service', {
      config,
      bucketName: this.storage.bucket.bucketName,
      domain: this.storage.domain,
      description: `article-search ${id}: ingest pipeline and search API (stateless)`,
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
