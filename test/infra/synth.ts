import { readFileSync } from 'node:fs';
import path from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { StageConfig, StageName } from '../../infra/config/stage-config.ts';
import { stages } from '../../infra/config/stages.ts';
import {
  type ArticleSearchApp,
  buildArticleSearchApp,
} from '../../infra/stacks/article-search-app.ts';
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

/** Options for {@link testApp} and {@link synthStage}. */
export interface SynthOptions {
  /**
   * Run esbuild on the function entries. Only `bundles.test.ts` turns it on: bundling is what
   * makes synthesis slow, and templates do not depend on the bundle's contents.
   * @default false
   */
  readonly bundle?: boolean;
  /**
   * Run CDK's built-in CloudFormation template validation when the app synthesises. It takes
   * seconds to start; `app.test.ts` runs it through the real entry point, once.
   * @default false
   */
  readonly validateTemplates?: boolean;
}

/** An app with the cdk.json feature flags, bundling nothing unless asked to. */
export function testApp(options: SynthOptions = {}): App {
  const context: Record<string, unknown> = { ...cdkJsonContext() };
  if (options.bundle !== true) {
    // Documented CDK context key: bundle only the stacks matching these patterns (none).
    context['aws:cdk:bundling-stacks'] = [];
  }
  return new App({ context, builtinCloudFormationValidation: options.validateTemplates === true });
}

/** One stage, synthesised, with the templates of both its stacks. */
export interface SynthesisedStage {
  readonly name: StageName;
  readonly config: StageConfig;
  readonly stage: ArticleSearchStage;
  readonly storage: Template;
  readonly service: Template;
}

/** The app `infra/bin/app.ts` builds, synthesised: every stage, checked by cdk-nag. */
export interface CheckedApp extends ArticleSearchApp {
  readonly app: App;
}

let checked: CheckedApp | undefined;

/**
 * Every checked-in stage in one app, exactly as `infra/bin/app.ts` builds it, synthesised once
 * per process (cdk-nag runs then, and synthesis throws on any finding) and shared: the infra tier
 * runs every file in one process (vitest.config.ts), so cdk-nag and each stage's synthesis run
 * once per test run. Treat it as read-only; a test that changes the app builds its own.
 */
export function checkedApp(): CheckedApp {
  if (checked === undefined) {
    const app = testApp();
    const built = buildArticleSearchApp(app, stages, TEST_ENV);
    app.synth();
    checked = { app, ...built };
  }
  return checked;
}

/**
 * One stage, synthesised, with the templates of both its stacks: the shared {@link checkedApp}'s
 * for a checked-in stage, or a new app's for another `config` or `options`. Treat the result as
 * read-only; a test that changes a stage builds its own.
 */
export function synthStage(
  name: StageName,
  config: StageConfig = stages[name],
  options: SynthOptions = {},
): SynthesisedStage {
  const shared = config === stages[name] && Object.keys(options).length === 0;
  const stage = shared
    ? checkedApp().stages[name]
    : new ArticleSearchStage(testApp(options), name, { config, env: TEST_ENV });
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
  readonly DependsOn?: string[];
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
  predicate: (resource: TemplateResource<P>, logicalId: string) => boolean = () => true,
): [logicalId: string, resource: TemplateResource<P>] {
  const matches = Object.entries(resourcesOfType<P>(template, type)).filter(([id, r]) =>
    predicate(r, id),
  );
  const [first, ...rest] = matches;
  if (first === undefined || rest.length > 0) {
    throw new Error(`expected exactly one matching ${type}, found ${matches.length}`);
  }
  return first;
}

/** An IAM policy statement as it appears in a template. */
export interface PolicyStatement {
  readonly Effect: string;
  readonly Action: string | string[];
  readonly Resource: unknown;
  readonly Principal?: unknown;
  readonly Condition?: unknown;
}

/** The properties of an `AWS::IAM::Policy`. */
export interface PolicyProperties {
  readonly PolicyDocument: { Statement: PolicyStatement[] };
  readonly Roles: unknown[];
}

/** A value or a list of values, as IAM allows for `Action` and `Resource`, as a list. */
export const asList = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

/** Every statement of every IAM policy in a template. */
export function allStatements(template: Template): PolicyStatement[] {
  return Object.values(resourcesOfType<PolicyProperties>(template, 'AWS::IAM::Policy')).flatMap(
    (p) => p.Properties.PolicyDocument.Statement,
  );
}

/**
 * Statements of the policies attached to a role, found by a marker its reference contains: the
 * role's logical ID in its own template, the name of the output it is imported by elsewhere.
 */
export function statementsOfRole(template: Template, marker: string): PolicyStatement[] {
  return Object.values(resourcesOfType<PolicyProperties>(template, 'AWS::IAM::Policy'))
    .filter((p) => JSON.stringify(p.Properties.Roles).includes(marker))
    .flatMap((p) => p.Properties.PolicyDocument.Statement);
}
