import { join } from 'node:path';
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  ApplicationLogLevel,
  Architecture,
  type IDestination,
  LoggingFormat,
  Runtime,
  SystemLogLevel,
  Tracing,
} from 'aws-cdk-lib/aws-lambda';
import {
  Charset,
  LogLevel,
  NodejsFunction,
  OutputFormat,
  SourceMapMode,
} from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { bundleSettings } from '../handlers.ts';
import { repoRoot } from '../paths.ts';

export interface EarshotFunctionProps {
  /** Absolute path of the entry file; it exports `handler`. */
  readonly entry: string;
  readonly description: string;
  /** @default 256 */
  readonly memorySize?: number;
  /** @default 10 seconds */
  readonly timeout?: Duration;
  /** For asynchronously invoked functions: where an event goes after its last retry. */
  readonly onFailure?: IDestination;
  /** Files copied next to the bundled handler, e.g. the widget bundle the API serves. */
  readonly extraFiles?: { readonly from: string; readonly to: string }[];
}

/**
 * Earshot's house defaults for a Lambda function, so the six functions differ only in what they
 * do: Node.js 24 on Graviton, minified ESM with source maps, bundled by the esbuild in
 * node_modules (never Docker, so synth works on any machine with `npm ci`), JSON logs to a log
 * group with a retention, X-Ray tracing, and a role that starts with nothing but its own logs.
 */
export class EarshotFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: EarshotFunctionProps) {
    // Created here rather than by Lambda so that retention and removal are ours, and the role's
    // log permissions can name this one group instead of using AWSLambdaBasicExecutionRole.
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: RetentionDays.ONE_MONTH,
      // Logs carry no personal data and nothing worth keeping after a teardown.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const role = new Role(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: props.description,
    });
    logGroup.grantWrite(role);
    const extraFiles = props.extraFiles ?? [];

    super(scope, id, {
      entry: props.entry,
      handler: 'handler',
      description: props.description,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 256,
      timeout: props.timeout ?? Duration.seconds(10),
      role,
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      applicationLogLevelV2: ApplicationLogLevel.INFO,
      systemLogLevelV2: SystemLogLevel.WARN,
      tracing: Tracing.ACTIVE,
      onFailure: props.onFailure,
      depsLockFilePath: join(repoRoot, 'package-lock.json'),
      projectRoot: repoRoot,
      environment: {
        POWERTOOLS_SERVICE_NAME: 'earshot',
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: {
        forceDockerBundling: false,
        format: OutputFormat.ESM,
        target: bundleSettings.target,
        mainFields: bundleSettings.mainFields,
        minify: bundleSettings.minify,
        charset: bundleSettings.charset === 'utf8' ? Charset.UTF8 : Charset.ASCII,
        sourceMap: bundleSettings.sourcemap,
        sourceMapMode: SourceMapMode.DEFAULT,
        sourcesContent: false,
        externalModules: bundleSettings.external,
        banner: bundleSettings.banner,
        logLevel: LogLevel.WARNING,
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          // Node rather than cp, so bundling works in any shell CDK runs it in (cmd on Windows).
          afterBundling: (_inputDir, outputDir) =>
            extraFiles.map(
              (file) =>
                `node -e "require('node:fs').copyFileSync(process.argv[1], process.argv[2])" "${file.from}" "${join(outputDir, file.to)}"`,
            ),
        },
      },
    });

    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'X-Ray trace upload (PutTraceSegments, PutTelemetryRecords) has no resource-level permissions.',
    });
  }
}
