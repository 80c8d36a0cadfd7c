import path from 'node:path';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { LogLevel, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

/** Repository root, resolved from this file so synthesis works from any working directory. */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * esbuild emits ESM, but some bundled CommonJS dependencies still call `require` for Node
 * built-ins; ESM has no `require`, so the bundle defines one.
 */
const ESM_REQUIRE_BANNER =
  "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

/** Properties of a {@link NodeFunction}. */
export interface NodeFunctionProps {
  /** Handler entry file relative to the repository root; it must export `handler`. */
  readonly entry: string;
  /** Name that Powertools puts on every log line, metric and trace of this function. */
  readonly serviceName: string;
  /**
   * Longest a single invocation may run.
   * @default Duration.seconds(10)
   */
  readonly timeout?: Duration;
  /**
   * Memory in MiB; CPU scales with it, so below 512 cold starts of the bundled SDK suffer.
   * @default 1024
   */
  readonly memorySize?: number;
  /**
   * Extra environment variables, merged over the defaults this construct sets.
   * @default - none
   */
  readonly environment?: Readonly<Record<string, string>>;
  /**
   * How long the function's logs are kept.
   * @default RetentionDays.ONE_MONTH
   */
  readonly logRetention?: RetentionDays;
  /**
   * What happens to the log group when the function is removed.
   * @default RemovalPolicy.RETAIN
   */
  readonly logRemovalPolicy?: RemovalPolicy;
  /**
   * Description shown in the Lambda console.
   * @default - none
   */
  readonly description?: string;
}

/**
 * A Node.js Lambda function with every project default in one place: Node 22 on arm64,
 * bundled as minified ESM with its own AWS SDK, X-Ray tracing and an explicit log group.
 */
export class NodeFunction extends Construct {
  /** The Lambda function, for grants, event sources and integrations. */
  readonly function: NodejsFunction;
  /** Where the function logs; created here so its retention is ours, not Lambda's. */
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: NodeFunctionProps) {
    super(scope, id);

    const memorySize = props.memorySize ?? 1024;
    if (!Number.isInteger(memorySize) || memorySize < 512 || memorySize > 1024) {
      throw new Error(`function ${id}: memory size ${memorySize} must be between 512 and 1024 MiB`);
    }

    this.logGroup = new LogGroup(this, 'LogGroup', {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      removalPolicy: props.logRemovalPolicy ?? RemovalPolicy.RETAIN,
    });

    this.function = new NodejsFunction(this, 'Function', {
      entry: path.join(PROJECT_ROOT, props.entry),
      handler: 'handler',
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: path.join(PROJECT_ROOT, 'package-lock.json'),
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize,
      timeout: props.timeout ?? Duration.seconds(10),
      tracing: Tracing.ACTIVE,
      logGroup: this.logGroup,
      ...(props.description === undefined ? {} : { description: props.description }),
      environment: {
        // Stack traces point at the TypeScript source instead of the minified bundle.
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.ESM,
        target: 'node22',
        minify: true,
        sourceMap: true,
        // Line mapping is enough for stack traces; embedding sources would double the bundle.
        sourcesContent: false,
        mainFields: ['module', 'main'],
        banner: ESM_REQUIRE_BANNER,
        // Bundle the AWS SDK too, so the deployed version is the one in package-lock.json,
        // not whatever the Lambda runtime happens to ship.
        externalModules: [],
        // Bundle with the esbuild in node_modules: faster, and needs no Docker.
        forceDockerBundling: false,
        logLevel: LogLevel.WARNING,
      },
    });
  }
}
