import path from 'node:path';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { type IRole, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { Charset, LogLevel, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { acknowledge, acknowledgeWildcards } from '../compliance/acknowledge.ts';
import { chunkSpecifier, FUNCTION_BUNDLING, lazyChunkCommand } from './bundling.ts';

/** Repository root, resolved from this file so synthesis works from any working directory. */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

/** Properties of a {@link NodeFunction}. */
export interface NodeFunctionProps {
  /** Handler entry file relative to the repository root; it must export `handler`. */
  readonly entry: string;
  /** Name that Powertools puts on every log line, metric and trace of this function. */
  readonly serviceName: string;
  /**
   * Execution role. Pass one when something outside this stack (the search domain's access
   * policy) must name it; the function then adds its own log and trace permissions to it.
   * @default - a new role with only the permissions granted to this function
   */
  readonly role?: IRole;
  /**
   * CloudWatch namespace of the function's EMF metrics.
   * @default - none: the function emits no custom metrics
   */
  readonly metricsNamespace?: string;
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
   * Modules this function loads when first needed (`PDF_CHUNK`), each kept out of its main file
   * and bundled beside it.
   * @default none
   */
  readonly lazyChunks?: readonly string[];
  /**
   * Shell commands that add files beside the bundle (the search page), given its directory.
   * @default none
   */
  readonly afterBundling?: (outputDir: string) => string[];
  /**
   * Whether Node maps stack traces through the bundle's source map (`--enable-source-maps`).
   * Measured by `npm run bench:scale` ("Function bundles"): it adds 6 % to a cold init's CPU time
   * now that the bundles are small (20 % to the search function's wall time before), so a
   * function on the request path may do without it; the map is shipped either way, to read a
   * minified trace by.
   * @default true
   */
  readonly sourceMapsAtRuntime?: boolean;
  /**
   * Description shown in the Lambda console.
   * @default - none
   */
  readonly description?: string;
}

/**
 * A Node.js Lambda function with every project default in one place: Node 22 on arm64,
 * bundled as minified ESM with its own AWS SDK, X-Ray tracing, an explicit log group and a role
 * that holds no AWS managed policy.
 */
export class NodeFunction extends Construct {
  /** The Lambda function, for grants, event sources and integrations. */
  readonly function: NodejsFunction;
  /** Where the function logs; created here so its retention is ours, not Lambda's. */
  readonly logGroup: LogGroup;
  /** The execution role. */
  readonly role: IRole;

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
    // Lambda's default role carries AWSLambdaBasicExecutionRole, which may write to every log
    // group in the account; this role may write to its own log group only.
    this.role =
      props.role ??
      new Role(this, 'Role', {
        assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
        description: `Runs ${props.serviceName}`,
      });
    // An identity policy, not logGroup.grantWrite: for a role imported from another stack that
    // would fall back to a log group resource policy open to the whole account.
    this.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [this.logGroup.logGroupArn],
      }),
    );

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
      role: this.role,
      logGroup: this.logGroup,
      ...(props.description === undefined ? {} : { description: props.description }),
      environment: {
        // Stack traces point at the TypeScript source instead of the minified bundle.
        ...(props.sourceMapsAtRuntime === false ? {} : { NODE_OPTIONS: '--enable-source-maps' }),
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        ...(props.metricsNamespace === undefined
          ? {}
          : { POWERTOOLS_METRICS_NAMESPACE: props.metricsNamespace }),
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.ESM,
        target: FUNCTION_BUNDLING.target,
        minify: true,
        charset: FUNCTION_BUNDLING.charset === 'utf8' ? Charset.UTF8 : Charset.ASCII,
        sourceMap: FUNCTION_BUNDLING.sourceMap,
        // Line mapping is enough for stack traces; embedding sources would double the bundle.
        sourcesContent: false,
        mainFields: ['module', 'main'],
        banner: FUNCTION_BUNDLING.banner,
        // Bundle the AWS SDK too, so the deployed version is the one in package-lock.json,
        // not whatever the Lambda runtime happens to ship. Only the lazy chunks stay out of the
        // main file: each is bundled beside it after, and loaded when first needed.
        // esbuild keeps an external import as written, so the chunk is found beside the bundle.
        externalModules: (props.lazyChunks ?? []).map(chunkSpecifier),
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (_inputDir, outputDir) => [
            ...(props.lazyChunks ?? []).map((chunk) =>
              lazyChunkCommand(PROJECT_ROOT, chunk, outputDir),
            ),
            ...(props.afterBundling?.(outputDir) ?? []),
          ],
        },
        // Bundle with the esbuild in node_modules: faster, and needs no Docker.
        forceDockerBundling: false,
        logLevel: LogLevel.WARNING,
      },
    });

    acknowledge(
      this.function,
      'AwsSolutions-L1',
      'Pinned to nodejs22.x on purpose: the bundles target node22, and the runtime moves only together with the bundling target and the CI Node version.',
    );
    acknowledgeWildcards(
      this.role,
      /^Resource::\*$/,
      'X-Ray PutTraceSegments and PutTelemetryRecords support no resource-level permissions, so active tracing needs Resource "*"; a test keeps every other action off "*".',
    );
  }
}
