import { DynamoDbHeldMail } from './adapters/dynamodb/held-mail-store.ts';
import { DynamoDbIncidentStore } from './adapters/dynamodb/incident-store.ts';
import { DynamoDbReputationStore } from './adapters/dynamodb/reputation-store.ts';
import type { EarshotConfig } from './config/schema.ts';
import type { HeldMail } from './domain/held-mail.ts';
import type { Clock, Logger } from './domain/ports.ts';
import type { ReputationStore } from './domain/reputation.ts';
import { createIntakeServices, type IntakeServices } from './intake-services.ts';

export { clientOptions } from './intake-services.ts';

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

/** Everything but the mail client: what the signed pages, inbound mail and SES events need. */
export type CoreServices = IntakeServices & {
  incidents: DynamoDbIncidentStore;
  heldMail: HeldMail;
  reputation: ReputationStore;
};

/**
 * Kept apart from `createServices` so that a function which sends no mail (the HTTP functions
 * above all) never loads the SES client.
 */
export function createCoreServices(runtime: Runtime): CoreServices {
  const intake = createIntakeServices(runtime);
  const { client } = intake.store;
  const { tableName } = runtime;
  return {
    ...intake,
    incidents: new DynamoDbIncidentStore({ tableName, client, clock: intake.clock }),
    heldMail: new DynamoDbHeldMail({ client, tableName }),
    reputation: new DynamoDbReputationStore({ client, tableName }),
  };
}
