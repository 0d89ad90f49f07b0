import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { systemClock } from './adapters/clock.ts';
import { hmacSigner, ids, keyedHash } from './adapters/crypto.ts';
import { DynamoDbFeedbackStore } from './adapters/dynamodb/feedback-store.ts';
import { DynamoDbHeldMail } from './adapters/dynamodb/held-mail-store.ts';
import { DynamoDbIncidentStore } from './adapters/dynamodb/incident-store.ts';
import { DynamoDbReputationStore } from './adapters/dynamodb/reputation-store.ts';
import { reportThrottlingAsBusy } from './adapters/dynamodb/throttling.ts';
import { createLogger } from './adapters/logger.ts';
import type { EarshotConfig } from './config/schema.ts';
import type { HeldMail } from './domain/held-mail.ts';
import type { Clock, Logger, Suppressions } from './domain/ports.ts';
import type { Signer } from './domain/reply-address.ts';
import type { ReputationStore } from './domain/reputation.ts';
import type { SubmitDeps } from './domain/submit-feedback.ts';

/**
 * Where a process runs: the only thing that differs between AWS and a laptop is where the
 * clients point (stand-ins locally) and where the secret came from.
 */
export interface Runtime {
  config: EarshotConfig;
  tableName: string;
  tokenSecret: string;
  region?: string;
  /** Local stand-ins; absent in AWS, where the SDK finds the real endpoints. */
  endpoints?: { dynamodb: string; ses: string };
  sesConfigurationSet?: string;
  /** Longest a Slack, Teams or webhook call may take (default 5 s); tests shorten it. */
  notifyTimeoutMs?: number;
  clock?: Clock;
  logger?: Logger;
}

/** Everything but the mail client: what the API, inbound mail and SES events need. */
export type CoreServices = SubmitDeps & {
  store: DynamoDbFeedbackStore;
  incidents: DynamoDbIncidentStore;
  suppressions: Suppressions;
  signer: Signer;
  logger: Logger;
  heldMail: HeldMail;
  reputation: ReputationStore;
};

const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

export function clientOptions(runtime: Runtime, endpoint: string | undefined) {
  return {
    region: runtime.region ?? 'eu-north-1',
    ...(endpoint ? { endpoint, credentials: LOCAL_CREDENTIALS } : {}),
  };
}

/**
 * Kept apart from `createServices` so that a function which sends no mail (the API above all,
 * whose cold start a customer waits for) never loads the SES client.
 */
export function createCoreServices(runtime: Runtime): CoreServices {
  const clock = runtime.clock ?? systemClock;
  const store = new DynamoDbFeedbackStore({
    tableName: runtime.tableName,
    client: reportThrottlingAsBusy(new DynamoDBClient(clientOptions(runtime, runtime.endpoints?.dynamodb))),
    clock,
  });
  return {
    config: runtime.config,
    store,
    incidents: new DynamoDbIncidentStore({ tableName: runtime.tableName, client: store.client, clock }),
    counters: store,
    suppressions: store,
    clock,
    ids,
    hash: keyedHash(runtime.tokenSecret),
    signer: hmacSigner(runtime.tokenSecret),
    logger: runtime.logger ?? createLogger(),
    heldMail: new DynamoDbHeldMail({ client: store.client, tableName: runtime.tableName }),
    reputation: new DynamoDbReputationStore({ client: store.client, tableName: runtime.tableName }),
  };
}
