import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { EarshotConfig } from '../../functions/config/schema.ts';
import { type DeployContext, deploySettings } from './config.ts';
import { Api } from './constructs/api.ts';
import { Data } from './constructs/data.ts';
import { Dispatch } from './constructs/dispatch.ts';
import { FailureQueue } from './constructs/failure-queue.ts';
import { InboundMail } from './constructs/inbound-mail.ts';
import { Mail } from './constructs/mail.ts';
import { Observability } from './constructs/observability.ts';
import { Schedules } from './constructs/schedules.ts';
import { Secrets } from './constructs/secrets.ts';
import { TopicKey } from './constructs/topic-key.ts';
import { type LambdaEntry, lambdaEntryFile } from './handlers.ts';
import { repoRoot } from './paths.ts';
import { ServiceAccess } from './service-access.ts';

export interface EarshotStackProps extends StackProps {
  /** The validated Earshot config (earshot.config.json). */
  readonly config: EarshotConfig;
  readonly context: DeployContext;
  /** Entry files to use instead of functions/lambda/<name>.ts (tests use stand-ins). */
  readonly entries?: Partial<Record<LambdaEntry, string>>;
  /** @default web-widget/dist/earshot.js */
  readonly widgetFile?: string;
}

/** Earshot in one stack. It only composes the constructs; each one explains its own choices. */
export class EarshotStack extends Stack {
  readonly api: Api;
  readonly observability: Observability;

  constructor(scope: Construct, id: string, props: EarshotStackProps) {
    super(scope, id, props);
    const settings = deploySettings(props.config);
    const entry = entryResolver(props.entries ?? {});

    const { existingTableName, existingTableStreamArn, existingTokenSecretArn } = props.context;
    const data = new Data(this, 'Data', {
      existing:
        existingTableName && existingTableStreamArn
          ? { tableName: existingTableName, tableStreamArn: existingTableStreamArn }
          : undefined,
    });
    const secrets = new Secrets(this, 'Secrets', { existingTokenSecretArn });
    const topicKey = new TopicKey(this, 'TopicKey');
    const asyncFailures = new FailureQueue(this, 'AsyncFailures');
    const access = new ServiceAccess({
      table: data.table,
      tokenSecret: secrets.tokenSecret,
      configJson: settings.runtimeConfigJson,
      notifySecretArns: settings.notifySecretArns,
    });

    const mail = new Mail(this, 'Mail', {
      domains: [...new Set([...settings.senderDomains, settings.inboundDomain])],
      sandboxRecipients: props.context.sandboxRecipients,
      access,
      topicKey: topicKey.key,
      eventsEntry: entry('ses-events'),
      failures: asyncFailures.queue,
    });
    this.api = new Api(this, 'Api', {
      access,
      entry: entry('api'),
      pagesEntry: entry('pages'),
      allowedOrigins: settings.allowedOrigins,
      throttle: { rateLimit: props.context.throttleRate, burstLimit: props.context.throttleBurst },
      customDomain:
        props.context.customDomain && props.context.certificateArn
          ? { domainName: props.context.customDomain, certificateArn: props.context.certificateArn }
          : undefined,
      widgetFile: props.widgetFile ?? join(repoRoot, 'web-widget/dist/earshot.js'),
    });
    const dispatch = new Dispatch(this, 'Dispatch', {
      table: data.table,
      access,
      mailer: mail,
      entry: entry('dispatch'),
    });
    const inbound = new InboundMail(this, 'InboundMail', {
      inboundDomain: settings.inboundDomain,
      access,
      entry: entry('inbound'),
      failures: asyncFailures.queue,
    });
    const schedules = new Schedules(this, 'Schedules', {
      access,
      mailer: mail,
      entry: entry('sweep'),
      failures: asyncFailures.queue,
    });
    access.setPublicUrl(this.api.publicUrl);

    this.observability = new Observability(this, 'Observability', {
      functions: {
        Api: this.api.function,
        Pages: this.api.pagesFunction,
        Dispatch: dispatch.function,
        Inbound: inbound.function,
        Sweep: schedules.function,
        SesEvents: mail.eventsFunction,
      },
      dispatch: dispatch.function,
      senders: [dispatch.function, schedules.function],
      failureQueues: { StreamFailures: dispatch.failures.queue, AsyncFailures: asyncFailures.queue },
      api: this.api.httpApi,
      topicKey: topicKey.key,
      alarmEmail: props.context.alarmEmail,
    });
  }
}

function entryResolver(overrides: Partial<Record<LambdaEntry, string>>): (name: LambdaEntry) => string {
  return (name) => {
    const path = overrides[name] ?? lambdaEntryFile(name);
    if (!existsSync(path)) throw new Error(`Lambda entry ${path} does not exist (it must export handler)`);
    return path;
  };
}
