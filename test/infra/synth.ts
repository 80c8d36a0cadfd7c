import { readFileSync } from 'node:fs';
import path from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { type StageConfig, type StageName, stages } from '../../infra/config/stages.ts';
import { ArticleSearchStage } from '../../infra/stacks/article-search-stage.ts';

/** The repository root, where cdk.json lives. */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

/** A fixed account and region, so templates do not depend on the machine running the tests. */
export const TEST_ENV = { account: '123456789012', region: 'eu-west-1' } as const;

/**
 * The feature flags from cdk.json. `new App()` only sees them when the CDK CLI passes them in,
 * so tests load them explicitly to synthesise what `cdk synth` would.
 */
export function cdkJsonContext(): Record<string, unknown> {
  const cdkJson: unknown = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'cdk.json'), 'utf8'));
  if (typeof cdkJson !== 'object' || cdkJson === null || !('context' in cdkJson)) {
    throw new Error('cdk.json has no context');
  }
  return cdkJson.context as Record<string, unknown>;
}

/** One stage, synthesised, with the templates of both its stacks. */
export interface SynthesisedStage {
  readonly name: StageName;
  readonly config: StageConfig;
  readonly stage: ArticleSearchStage;
  readonly storage: Template;
  readonly service: Template;
}

/** Options for {@link synthStage}. */
export interface SynthOptions {
  /**
   * Run esbuild on the function entries. Tests about the storage stack or the app's shape turn
   * it off to stay fast; the service stack tests keep it on so a broken entry fails them.
   * @default true
   */
  readonly bundle?: boolean;
}

/** Synthesises one stage with its real configuration. Slow with bundling: call once per file. */
export function synthStage(name: StageName, options: SynthOptions = {}): SynthesisedStage {
  const context: Record<string, unknown> = { ...cdkJsonContext() };
  if (options.bundle === false) {
    // Documented CDK context key: bundle only the stacks matching these patterns (none).
    context['aws:cdk:bundling-stacks'] = [];
  }
  const app = new App({ context });
  const config = stages[name];
  const stage = new ArticleSearchStage(app, name, { config, env: TEST_ENV });
  return {
    name,
    config,
    stage,
    storage: Template.fromStack(stage.storage),
    service: Template.fromStack(stage.service),
  };
}

/** A CloudFormation resource as it appears in a template, narrowed to what the tests read. */
export interface TemplateResource<P = Record<string, unknown>> {
  readonly Type: string;
  readonly Properties: P;
  readonly DeletionPolicy?: string;
  readonly UpdateReplacePolicy?: string;
}

/** Every resource of one type, by logical ID. */
export function resourcesOfType<P = Record<string, unknown>>(
  template: Template,
  type: string,
): Record<string, TemplateResource<P>> {
  return template.findResources(type) as Record<string, TemplateResource<P>>;
}

/** The only resource of one type matching `predicate`; throws unless there is exactly one. */
export function onlyResource<P = Record<string, unknown>>(
  template: Template,
  type: string,
  predicate: (resource: TemplateResource<P>) => boolean = () => true,
): [logicalId: string, resource: TemplateResource<P>] {
  const matches = Object.entries(resourcesOfType<P>(template, type)).filter(([, r]) =>
    predicate(r),
  );
  const [first, ...rest] = matches;
  if (first === undefined || rest.length > 0) {
    throw new Error(`expected exactly one matching ${type}, found ${matches.length}`);
  }
  return first;
}
