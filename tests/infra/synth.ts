import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { parseConfig } from '../../functions/config/load.ts';
import type { EarshotConfig } from '../../functions/config/schema.ts';
import { createEarshotApp } from '../../infra/lib/app.ts';
import type { EarshotStack } from '../../infra/lib/earshot-stack.ts';
import { type LambdaEntry, lambdaEntries } from '../../infra/lib/handlers.ts';

export const fixtures = join(import.meta.dirname, 'fixtures');
export { repoRoot } from '../../infra/lib/paths.ts';

export function readConfig(path: string): EarshotConfig {
  return parseConfig(JSON.parse(readFileSync(path, 'utf8')));
}

/** Stand-in handlers: the infra tests prove the stack, not the functions' code. */
export const standInEntries = Object.fromEntries(
  lambdaEntries.map((name) => [name, join(fixtures, 'lambda', `${name}.ts`)]),
) as Record<LambdaEntry, string>;

export interface Synthesized {
  readonly app: App;
  readonly stack: EarshotStack;
  readonly assembly: ReturnType<App['synth']>;
  readonly template: Template;
  /** The raw template, for whole-document checks. */
  readonly json: Record<string, unknown>;
  /** Findings of every validation plugin that ran during synth (cdk-nag, CDK's own checks). */
  readonly validationReport: { pluginReports: { violations?: unknown[] }[] };
  /** cdk-nag AWS Solutions findings (errors and warnings) that nobody acknowledged. */
  readonly unacknowledged: { ruleName: string; paths: string[] }[];
}

/**
 * Synthesizes the app once, exactly as `cdk synth` does: app.synth() runs the cdk-nag plugin and
 * throws on an unacknowledged error. Warnings do not fail a synth, so the pack is run again over
 * the finished tree to list those as well.
 */
export function synthesize(options: {
  config: EarshotConfig;
  context?: Record<string, unknown>;
  bundle?: boolean;
  account?: string;
}): Synthesized {
  const { app, stack } = createEarshotApp({
    config: options.config,
    outdir: mkdtempSync(join(tmpdir(), 'earshot-cdk-')),
    entries: standInEntries,
    widgetFile: join(fixtures, 'earshot.js'),
    account: options.account,
    // The full run (bundling, CDK's CloudFormation validation) only where a test needs it.
    cloudFormationValidation: options.bundle ?? false,
    // An empty list tells NodejsFunction to skip esbuild, for tests that only need the template.
    context: { ...options.context, ...(options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] }) },
  });
  const assembly = app.synth();
  const json = assembly.getStackArtifact(stack.artifactId).template as Record<string, unknown>;
  const { violations } = new AwsSolutionsChecks().validateScope(app);
  return {
    app,
    stack,
    assembly,
    template: Template.fromJSON(json),
    json,
    validationReport: JSON.parse(readFileSync(join(assembly.directory, 'validation-report.json'), 'utf8')),
    unacknowledged: violations.map((v) => ({
      ruleName: v.ruleName,
      paths: v.violatingResources.map((r) => r.constructPath ?? '?'),
    })),
  };
}

/** A resource's Properties as synthesized: untyped JSON, read the way the template spells it. */
// biome-ignore lint/suspicious/noExplicitAny: CloudFormation JSON has no static type to narrow to.
export type CfnProperties = Record<string, any>;

/** The function whose description starts with `Earshot: <what>`. */
export function functionNamed(synth: Synthesized, what: string): { id: string; props: CfnProperties } {
  const found = Object.entries(synth.template.findResources('AWS::Lambda::Function')).filter(([, r]) =>
    String(r.Properties.Description).startsWith(`Earshot: ${what}`),
  );
  if (found.length !== 1) throw new Error(`expected one function "${what}", found ${found.length}`);
  const [id, resource] = found[0] as [string, { Properties: CfnProperties }];
  return { id, props: resource.Properties };
}
