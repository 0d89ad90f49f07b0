import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { systemClock } from './adapters/clock.ts';
import { hmacSigner, ids, keyedHash } from './adapters/crypto.ts';
import { DynamoDbFeedbackStore } from './adapters/dynamodb/feedback-store.ts';
import { reportThrottlingAsBusy } from './adapters/dynamodb/throttling.ts';
import { createLogger } from './adapters/logger.ts';
import type { Runtime } from './core-services.ts';
import type { Logger, Suppressions } from './domain/ports.ts';
import type { Signer } from './domain/reply-address.ts';
import type { SubmitDeps } from './domain/submit-feedback.ts';

/** The feedback store and what keys, signs and logs around it: all the intake function uses. */
export type IntakeServices = SubmitDeps & {
  store: DynamoDbFeedbackStore;
  suppressions: Suppressions;
  signer: Signer;
  logger: Logger;
};

const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

export function clientOptions(runtime: Runtime, endpoint: string | undefined) {
  return {
    region: runtime.region ?? 'eu-north-1',
    ...(endpoint ? { endpoint, credentials: LOCAL_CREDENTIALS } : {}),
  };
}

/**
 * Kept apart from `createCoreServices` so that the intake function, whose cold start a customer
 * waits for, loads none of the incident, held-mail and reputation stores (~7 KB) it never calls.
 */
export function createIntakeServices(runtime: Runtime): IntakeServices {
  const clock = runtime.clock ?? systemClock;
  const store = new DynamoDbFeedbackStore({
    tableName: runtime.tableName,
    client: reportThrottlingAsBusy(new DynamoDBClient(clientOptions(runtime, runtime.endpoints?.dynamodb))),
    clock,
  });
  return {
    config: runtime.config,
    store,
    counters: store,
    suppressions: store,
    clock,
    ids,
    hash: keyedHash(runtime.tokenSecret),
    signer: hmacSigner(runtime.tokenSecret),
    logger: runtime.logger ?? createLogger(),
  };
}
