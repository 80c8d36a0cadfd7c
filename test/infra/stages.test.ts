import { RemovalPolicy } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import {
  STAGE_NAMES,
  type StageConfig,
  stages,
  validateStageConfig,
} from '../../infra/config/stages.ts';

/** A valid configuration with one part replaced, to see validation catch exactly that part. */
function devWith(
  overrides: Partial<StageConfig>,
  search: Partial<StageConfig['search']> = {},
): StageConfig {
  return { ...stages.dev, ...overrides, search: { ...stages.dev.search, ...search } };
}

describe('stage configuration', () => {
  it('defines dev, staging and prod, in that order', () => {
    expect(STAGE_NAMES).toEqual(['dev', 'staging', 'prod']);
    expect(Object.keys(stages).sort()).toEqual([...STAGE_NAMES].sort());
  });

  it.each(STAGE_NAMES)('accepts the checked-in %s configuration', (name) => {
    expect(validateStageConfig(name, stages[name])).toBe(stages[name]);
  });

  it('lets dev be torn down completely, bucket contents included', () => {
    expect(stages.dev.removalPolicy).toBe(RemovalPolicy.DESTROY);
    expect(stages.dev.autoDeleteObjects).toBe(true);
  });

  it('keeps prod data when its stacks are deleted', () => {
    expect(stages.prod.removalPolicy).toBe(RemovalPolicy.RETAIN);
    expect(stages.prod.autoDeleteObjects).toBe(false);
  });

  it('gives dev the smallest search domain', () => {
    expect(stages.dev.search.instanceCount).toBe(1);
    expect(stages.dev.search.instanceType).toMatch(/^t3\./);
    for (const name of STAGE_NAMES) {
      expect(stages[name].search.instanceCount).toBeGreaterThanOrEqual(
        stages.dev.search.instanceCount,
      );
    }
  });

  it('spreads prod over more than one availability zone', () => {
    expect(stages.prod.search.availabilityZones).toBeGreaterThan(1);
  });
});

describe('stage configuration validation', () => {
  it('rejects an unknown stage name, naming it', () => {
    expect(() => validateStageConfig('qa', stages.dev)).toThrow('unknown stage "qa"');
  });

  it('rejects emptying the bucket of a stage whose data is retained', () => {
    expect(() =>
      validateStageConfig(
        'prod',
        devWith({ removalPolicy: RemovalPolicy.RETAIN, autoDeleteObjects: true }),
      ),
    ).toThrow('stage prod: autoDeleteObjects needs removal policy destroy, got "retain"');
  });

  it('rejects a removal policy the bucket does not support', () => {
    expect(() =>
      validateStageConfig(
        'dev',
        devWith({ removalPolicy: RemovalPolicy.SNAPSHOT, autoDeleteObjects: false }),
      ),
    ).toThrow('removal policy "snapshot" is not supported');
  });

  it('rejects an instance type that is not an opensearch type', () => {
    expect(() => validateStageConfig('dev', devWith({}, { instanceType: 't3.medium' }))).toThrow(
      'search instance type "t3.medium"',
    );
  });

  it('rejects an instance type without encryption at rest', () => {
    expect(() =>
      validateStageConfig('dev', devWith({}, { instanceType: 't2.small.search' })),
    ).toThrow('"t2.small.search" does not support encryption at rest');
  });

  it.each([0, -1, 1.5])('rejects %s data nodes', (instanceCount) => {
    expect(() => validateStageConfig('dev', devWith({}, { instanceCount }))).toThrow(
      `search instance count ${instanceCount} must be a positive integer`,
    );
  });

  it('rejects data nodes that cannot be spread evenly over the zones', () => {
    expect(() =>
      validateStageConfig('dev', devWith({}, { instanceCount: 4, availabilityZones: 3 })),
    ).toThrow('search instance count 4 is not a multiple of 3 availability zones');
  });

  it('rejects a volume smaller than opensearch allows', () => {
    expect(() => validateStageConfig('dev', devWith({}, { volumeSizeGiB: 5 }))).toThrow(
      'search volume size 5 GiB',
    );
  });

  it('writes every error message in lower case, after the stage name', () => {
    let message = '';
    try {
      validateStageConfig('dev', devWith({}, { instanceCount: 0 }));
    } catch (error) {
      message = error instanceof Error ? error.message : String(error);
    }
    expect(message).toMatch(/^stage dev: [a-z]/);
  });
});
