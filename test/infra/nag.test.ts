import { type App, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { acknowledgeWildcards } from '../../infra/compliance/acknowledge.ts';
import { stages } from '../../infra/config/stages.ts';
import { buildArticleSearchApp } from '../../infra/stacks/article-search-app.ts';
import type { ArticleSearchStage } from '../../infra/stacks/article-search-stage.ts';
import { allStatements, asList, checkedApp, TEST_ENV, testApp } from './synth.ts';

/** The rule names of every finding cdk-nag reports for the app, with where it was found. */
function findings(checks: AwsSolutionsChecks, app: App): string[] {
  return checks
    .validateScope(app)
    .violations.flatMap((v) =>
      v.violatingResources.map((r) => `${v.severity} ${v.ruleName} at ${r.constructPath}`),
    );
}

describe('cdk-nag AwsSolutions checks', () => {
  let app: App;
  let checks: AwsSolutionsChecks;
  let templates: Template[];

  beforeAll(() => {
    // Exactly what infra/bin/app.ts builds; synthesis throws on any finding.
    const built = checkedApp();
    app = built.app;
    checks = built.checks;
    templates = Object.values(built.stages).flatMap((stage) => [
      Template.fromStack(stage.storage),
      Template.fromStack(stage.service),
    ]);
  });

  it('find no wildcard action, and Resource "*" only where AWS offers nothing narrower', () => {
    const statements = templates.flatMap(allStatements);
    expect(statements.length).toBeGreaterThan(20);
    for (const statement of statements.filter((s) => s.Effect === 'Allow')) {
      const actions = asList(statement.Action);
      expect(actions.filter((a) => a.includes('*'))).toEqual([]);
      if (asList(statement.Resource).includes('*')) {
        // X-Ray has no resource-level permissions; CDK's S3 notification handler is shared.
        expect(actions).toSatisfy((list: string[]) =>
          list.every((a) => a.startsWith('xray:') || a === 's3:PutBucketNotification'),
        );
      }
    }
  });

  it('leave no error and no warning unacknowledged in any stage', () => {
    expect(findings(checks, app)).toEqual([]);
  });

  it('give every acknowledgement a specific reason', () => {
    const reasons = app.node
      .findAll()
      .flatMap((c) => c.node.metadata)
      .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((m) => Object.entries(m.data as Record<string, string>))
      .map(([id, reason]) => ({ id, reason }));
    expect(reasons.length).toBeGreaterThan(0);
    for (const { id, reason } of reasons) {
      expect(reason.length, id).toBeGreaterThan(60);
    }
  });
});

describe('cdk-nag acknowledgements', () => {
  let stage: ArticleSearchStage;
  let app: App;
  let checks: AwsSolutionsChecks;

  beforeAll(() => {
    app = testApp();
    const built = buildArticleSearchApp(app, stages, TEST_ENV);
    stage = built.stages.dev;
    checks = built.checks;
  });

  it('still report a wildcard added to a role that already has acknowledged ones', () => {
    stage.storage.functionRoles.ingest.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['s3:*'], resources: ['*'] }),
    );
    expect(() => app.synth()).toThrow(/AwsSolutions-IAM5\[Action::s3:\*\]/);
    expect(findings(checks, app)).toEqual([
      'error AwsSolutions-IAM5[Action::s3:*] at dev/Storage/FunctionRoles/IngestRole/DefaultPolicy/Resource',
      'error AwsSolutions-IAM5[Resource::*] at dev/Storage/FunctionRoles/IngestRole/DefaultPolicy/Resource',
    ]);
  });

  it('refuse a pattern that would skip matches', () => {
    expect(() => acknowledgeWildcards(stage, /x/g, 'a reason')).toThrow(
      'wildcard pattern /x/g must not be global or sticky',
    );
  });
});
