import { SESv2Client } from '@aws-sdk/client-sesv2';
import { DynamoDbTargetSwitches } from './adapters/dynamodb/target-switches.ts';
import { createNotifyPoster } from './adapters/notify-http.ts';
import { SesMailer } from './adapters/ses-mailer.ts';
import { signWebhook } from './adapters/webhook-signature.ts';
import { type CoreServices, clientOptions, createCoreServices, type Runtime } from './core-services.ts';
import type { DispatchDeps } from './domain/dispatch.ts';
import { sharedRatePacer } from './domain/send-pacer.ts';

export type { Runtime } from './core-services.ts';
export type Services = CoreServices & DispatchDeps;

/**
 * The composition root: the only code that knows whether it runs in AWS or on a laptop. Every
 * service, the mail client included; `createCoreServices` is the same without it.
 */
export function createServices(runtime: Runtime): Services {
  const core = createCoreServices(runtime);
  return {
    ...core,
    notify: {
      // In AWS a webhook URL must not reach the metadata endpoint or the VPC; locally it may be
      // 127.0.0.1, which is how it is tried with npm start (the config allows that only then).
      poster: createNotifyPoster({
        timeoutMs: runtime.notifyTimeoutMs,
        refusePrivate: runtime.endpoints === undefined,
      }),
      switches: new DynamoDbTargetSwitches({ tableName: runtime.tableName, client: core.store.client }),
      signWebhook,
    },
    pacer: sharedRatePacer(core.counters, runtime.config.maxSendRate),
    mailer: new SesMailer({
      // Our own backoff is the retry policy (it survives restarts); the SDK tries each send once.
      // A send must end well inside the 60 s claim lease, or another dispatcher could take over.
      client: new SESv2Client({
        ...clientOptions(runtime, runtime.endpoints?.ses),
        maxAttempts: 1,
        requestHandler: { connectionTimeout: 3_000, requestTimeout: 10_000 },
      }),
      configurationSet: runtime.sesConfigurationSet,
    }),
  };
}
