/**
 * `npm run check:dependencies`: fails when an import breaks the architecture's rules
 * (`dependency-rules.ts`), naming the file, the import and the rule.
 */
import { cruise, type IViolation } from 'dependency-cruiser';
import { DEPENDENCY_RULES } from './dependency-rules.ts';

/** The rule violations among the imports of `paths` (relative to `baseDir`). */
export async function dependencyViolations(
  paths: string[],
  baseDir = process.cwd(),
): Promise<IViolation[]> {
  const result = await cruise(paths, {
    baseDir,
    ruleSet: { forbidden: DEPENDENCY_RULES },
    validate: true,
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    // Resolve as Node does, through package `exports` maps, so that a subpath import
    // (`eld/medium`) reaches its package and the rules on packages apply to it.
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      mainFields: ['module', 'main', 'types'],
    },
    exclude: { path: '^(node_modules|cdk\\.out|\\.data)/' },
  });
  if (typeof result.output === 'string') throw new Error('dependency-cruiser answered with text');
  return result.output.summary.violations;
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const violations = await dependencyViolations(['functions']);
  for (const v of violations) console.error(`${v.from} → ${v.to}: ${v.rule.name}`);
  if (violations.length > 0) {
    console.error(
      `${violations.length} imports break the architecture (scripts/dependency-rules.ts)`,
    );
    process.exit(1);
  }
  console.log('dependencies: every import keeps the architecture');
}
