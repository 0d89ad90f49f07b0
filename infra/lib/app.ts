import { App, type AppProps, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { EarshotConfig } from '../../functions/config/schema.ts';
import { contextKeys, parseContext } from './config.ts';
import { EarshotStack } from './earshot-stack.ts';
import type { LambdaEntry } from './handlers.ts';

export interface EarshotAppOptions {
  readonly config: EarshotConfig;
  /** Extra context, as `-c key=value` would give it (tests use this). */
  readonly context?: Record<string, unknown>;
  readonly outdir?: string;
  readonly entries?: Partial<Record<LambdaEntry, string>>;
  readonly widgetFile?: string;
  /** The account to deploy to; without one the template is account-agnostic (offline synth). */
  readonly account?: string;
  /** CDK's own CloudFormation schema validation (seconds per synth); tests skip it where not needed. */
  readonly cloudFormationValidation?: boolean;
}

/** Feature flags that change what is synthesized; set here so tests and `cdk synth` agree. */
const featureFlags = {
  // Grant S3 log delivery through a bucket policy instead of an ACL (ACLs are disabled).
  '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy': true,
};

/** Builds the Earshot CDK app with cdk-nag's AWS Solutions checks applied to everything in it. */
export function createEarshotApp(options: EarshotAppOptions): { app: App; stack: EarshotStack } {
  const appProps: AppProps = {
    context: { ...featureFlags, ...options.context },
    builtinCloudFormationValidation: options.cloudFormationValidation ?? true,
    ...(options.outdir ? { outdir: options.outdir } : {}),
  };
  const app = new App(appProps);
  const context = parseContext(
    Object.fromEntries(
      contextKeys.map((key) => [key, app.node.tryGetContext(key)]).filter(([, v]) => v !== undefined),
    ),
  );
  const stack = new EarshotStack(app, 'Earshot', {
    description: 'Earshot: serverless feedback capture',
    env: { account: options.account, region: context.region },
    config: options.config,
    context,
    entries: options.entries,
    widgetFile: options.widgetFile,
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack };
}
