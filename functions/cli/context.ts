import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { systemClock } from '../adapters/clock.ts';
import { DynamoDbAdminStore } from '../adapters/dynamodb/admin-store.ts';
import { silentLogger } from '../adapters/logger.ts';
import { fetchSecretString } from '../adapters/secrets.ts';
import { createServices, type Services } from '../composition.ts';
import { loadConfig } from '../config/load.ts';
import type { EarshotConfig } from '../config/schema.ts';
import type { Clock } from '../domain/ports.ts';
import { localDataDir, tokenSecretFile } from '../local/token-secret.ts';
import { UsageError } from './args.ts';

export type Env = Record<string, string | undefined>;

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: Env;
  /** Tests move time; the real CLI uses the system clock. */
  clock?: Clock;
  /** Asks the operator a yes/no question; absent when nobody is at a terminal. */
  confirm?: (question: string) => Promise<boolean>;
}

export interface Connection {
  config: EarshotConfig;
  services: Services;
  admin: DynamoDbAdminStore;
}

/** The CLI's error when the thing it talks to is not there; main turns it into one line. */
export class UnreachableError extends Error {
  override name = 'UnreachableError';
}

const LOCAL_DYNAMODB = 'http://localhost:8000';
const LOCAL_SES = 'http://localhost:8005';

/**
 * The CLI's composition: local stand-ins unless a deployed table is named, then the same
 * `createServices` as the app. The hashing secret is fetched only by commands that hash.
 */
export async function connect(
  values: Record<string, string | boolean | undefined>,
  io: CliIo,
  needs: { secret: boolean },
): Promise<Connection> {
  const config = loadConfig(io.env);
  const table = typeof values.table === 'string' ? values.table : undefined;
  const region = typeof values.region === 'string' ? values.region : undefined;
  const secretArn = typeof values['secret-arn'] === 'string' ? values['secret-arn'] : undefined;
  const deployed = io.env.DYNAMODB_ENDPOINT === undefined && (table !== undefined || region !== undefined);
  const endpoints = deployed
    ? undefined
    : { dynamodb: io.env.DYNAMODB_ENDPOINT ?? LOCAL_DYNAMODB, ses: io.env.SES_ENDPOINT ?? LOCAL_SES };
  const tableName = table ?? 'earshot';
  const tokenSecret = needs.secret
    ? await resolveSecret({ config, io, secretArn, region, deployed })
    : // list, show and digest hash nothing; a throwaway secret makes an accidental hash match
      // no one rather than the wrong customer.
      randomBytes(32).toString('hex');
  const clock = io.clock ?? systemClock;
  const services = createServices({
    config,
    tableName,
    tokenSecret,
    region: region ?? io.env.AWS_REGION,
    endpoints,
    clock,
    logger: silentLogger,
  });
  return {
    config,
    services,
    admin: new DynamoDbAdminStore({ tableName, client: services.store.client, clock }),
  };
}

async function resolveSecret(options: {
  config: EarshotConfig;
  io: CliIo;
  secretArn?: string;
  region?: string;
  deployed: boolean;
}): Promise<string> {
  const { config, io, secretArn, region, deployed } = options;
  if (secretArn) {
    const secret = await fetchSecretString(secretArn, region);
    if (!secret) throw new UsageError(`the secret ${secretArn} has no string value`);
    return secret;
  }
  // A local secret against a deployed table would hash every address differently and report
  // "nothing stored" for a customer who has records: refuse rather than mislead.
  if (deployed) {
    throw new UsageError(
      "emails are stored hashed with the stack's token secret: pass --secret-arn with --table",
    );
  }
  if (config.tokenSecret) return config.tokenSecret;
  const file = tokenSecretFile(localDataDir(io.env));
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    throw new UnreachableError(
      `no token secret in ${file}: start the local stack once (npm start), or set EARSHOT_DATA_DIR`,
    );
  }
}
