import type { App, Environment } from 'aws-cdk-lib';
import type { AwsSolutionsChecks } from 'cdk-nag';
import { applyAwsSolutionsChecks } from '../compliance/aws-solutions-checks.ts';
import type { StageConfig, StageName } from '../config/stage-config.ts';
import { type ArticleSearchStage, addArticleSearchStages } from './article-search-stage.ts';

/** What {@link buildArticleSearchApp} added to the app. */
export interface ArticleSearchApp {
  /** One stage per environment. */
  readonly stages: Record<StageName, ArticleSearchStage>;
  /** The cdk-nag checks that run when the app synthesises. */
  readonly checks: AwsSolutionsChecks;
}

/** Everything `infra/bin/app.ts` deploys: every stage, checked by cdk-nag at synthesis. */
export function buildArticleSearchApp(
  app: App,
  stages: Readonly<Record<StageName, StageConfig>>,
  env: Environment,
): ArticleSearchApp {
  const built = addArticleSearchStages(app, stages, env);
  return { stages: built, checks: applyAwsSolutionsChecks(app) };
}
