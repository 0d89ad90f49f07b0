import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { systemClock } from './adapters/clock.ts';
import { hmacSigner, ids, keyedHash } from './adapters/crypto.ts';
import { DynamoDbFeedbackStore } from './adapters/dynamodb/feedback-store.ts';
import { createLogger } from './adapters/logger.ts';
import { SesMailer } from './adapters/ses-mailer.ts';
import type { EarshotConfig } from './config/schema.ts';
import type { DispatchDeps } from './domain/dispatch.ts';
import type { Clock, Logger } from './domain/ports.ts';
import type { SubmitDeps } from './domain/submit-feedback.ts';

export type Services = SubmitDeps & DispatchDeps & { store: DynamoDbFeedbackStore };

/**
 * The composition root: the only code that knows whether it runs in AWS or on a laptop. The
 * difference is nothing but where the clients point (stand-ins locally) and where the secret lives.
 */
export interface Runtime {
  config: EarshotConfig;
  tableName: string;
  tokenSecret: string;
  region?: string;
  /** Local stand-ins; absent in AWS, where the SDK finds the real endpoints. */
  endpoints?: { dynamodb: string; ses: string };
  sesConfigurationSet?: string;
  clock?: Clock;
  logger?: Logger;
}

const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

export function createServices(runtime: Runtime): Services {
  const clock = runtime.clock ?? systemClock;
  const local = runtime.endpoints;
  const clientOptions = (endpoint: string | undefined) => ({
    region: runtime.region ?? 'eu-north-1',
    ...(endpoint ? { endpoint, credentials: LOCAL_CREDENTIALS } : {}),
  });
  const store = new DynamoDbFeedbackStore({
    tableName: runtime.tableName,
    client: new DynamoDBClient(clientOptions(local?.dynamodb)),
    clock,
  });
  return {
    config: runtime.config,
    store,
    counters: store,
    suppressions: store,
    mailer: new SesMailer({
      // Our own backoff is the retry policy (it survives restarts); the SDK tries each send once.
      // A send must end well inside the 60 s claim lease, or another dispatcher could take over.
      client: new SESv2Client({
        ...clientOptions(local?.ses),
        maxAttempts: 1,
        requestHandler: { connectionTimeout: 3_000, requestTimeout: 10_000 },
      }),
      configurationSet: runtime.sesConfigurationSet,
    }),
    clock,
    ids,
    hash: keyedHash(runtime.tokenSecret),
    signer: hmacSigner(runtime.tokenSecret),
    logger: runtime.logger ?? createLogger(),
  };
}
