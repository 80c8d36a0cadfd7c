import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Stage } from 'aws-cdk-lib';
import { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAGE_NAMES } from '../../infra/config/stage-config.ts';
import { stages } from '../../infra/config/stages.ts';
import { addArticleSearchStages } from '../../infra/stacks/article-search-stage.ts';
import { cdkJsonContext, PROJECT_ROOT, TEST_ENV, testApp } from './synth.ts';

describe('the cdk app entry point', () => {
  let outdir: string;
  let assembly: CloudAssembly;

  beforeAll(() => {
    // Run infra/bin/app.ts the way the CDK CLI does: it passes the output directory and the
    // context through the environment and reads the cloud assembly the app writes there. The app
    // exits with an error if cdk-nag reports a finding. CloudFormation's own template rules take
    // ten seconds to load, so they are left to `npx cdk synth`, which CI runs after the tests.
    outdir = mkdtempSync(path.join(tmpdir(), 'article-search-cdk-'));
    execFileSync(path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), ['infra/bin/app.ts'], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        CDK_OUTDIR: outdir,
        CDK_CONTEXT_JSON: JSON.stringify({ ...cdkJsonContext(), 'aws:cdk:bundling-stacks': [] }),
        CDK_VALIDATION: 'false',
      },
      stdio: 'pipe',
    });
    assembly = new CloudAssembly(outdir);
  });

  afterAll(() => {
    rmSync(outdir, { recursive: true, force: true });
  });

  it('synthesises dev, staging and prod with no arguments', () => {
    expect(assembly.nestedAssemblies.map((a) => a.id).sort()).toEqual([
      'assembly-dev',
      'assembly-prod',
      'assembly-staging',
    ]);
  });

  it.each(STAGE_NAMES)('writes the %s templates under a directory named after it', (name) => {
    const stageAssembly = assembly.getNestedAssembly(`assembly-${name}`);
    expect(path.basename(stageAssembly.directory)).toBe(`assembly-${name}`);
    for (const stack of stageAssembly.stacks) {
      expect(existsSync(path.join(stageAssembly.directory, stack.templateFile))).toBe(true);
    }
  });

  it.each(STAGE_NAMES)("puts %s's storage and service stacks under '<stage>/*'", (name) => {
    const stacks = assembly.getNestedAssembly(`assembly-${name}`).stacks;
    expect(stacks.map((s) => s.hierarchicalId).sort()).toEqual([
      `${name}/Service`,
      `${name}/Storage`,
    ]);
    expect(stacks.map((s) => s.stackName).sort()).toEqual([`${name}-Service`, `${name}-Storage`]);
  });
});

describe('article search stages', () => {
  const app = testApp();
  const built = addArticleSearchStages(app, stages, TEST_ENV);
  // Cross-stack references, and the stack dependencies they imply, are resolved at synthesis.
  app.synth();

  it.each(STAGE_NAMES)('builds %s as a cdk stage with the stage name as its id', (name) => {
    const stage = built[name];
    expect(Stage.isStage(stage)).toBe(true);
    expect(stage.stageName).toBe(name);
    expect(stage.node.id).toBe(name);
  });

  it.each(STAGE_NAMES)(
    'makes the %s service stack depend on storage, never the reverse',
    (name) => {
      const { storage, service } = built[name];
      expect(service.dependencies).toContain(storage);
      expect(storage.dependencies).toEqual([]);
    },
  );

  it('refuses to build a stage whose configuration is invalid', () => {
    const badApp = testApp();
    expect(() =>
      addArticleSearchStages(
        badApp,
        { ...stages, staging: { ...stages.staging, autoDeleteObjects: true } },
        TEST_ENV,
      ),
    ).toThrow('stage staging: autoDeleteObjects needs removal policy destroy, got "retain"');
  });
});
