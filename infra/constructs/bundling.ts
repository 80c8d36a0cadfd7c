/**
 * How every function is bundled, in one place for the CDK construct and the scale bench that
 * measures the bundles (bench/scale/bundles.ts).
 */
export const FUNCTION_BUNDLING = {
  target: 'node22',
  sourceMap: true,
  splitting: false,
  /**
   * esbuild emits ESM, but some bundled CommonJS dependencies still call `require` for Node
   * built-ins; ESM has no `require`, so the bundle defines one.
   */
  banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
} as const;
