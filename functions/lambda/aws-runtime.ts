import { type SecretReader, secretsManagerReader } from '../adapters/secrets.ts';
import { loadConfig } from '../config/load.ts';
import type { Runtime } from '../core-services.ts';
import { describeCause, StartupError } from './startup-error.ts';
import { withWebhookSecrets } from './webhook-secrets.ts';

/**
 * Where a Lambda function runs, read once per cold start: the config arrives as the same JSON the
 * local runner reads (EARSHOT_CONFIG_JSON, set by the stack), the signing secret and any webhook
 * secrets from Secrets Manager (`readSecret`, replaced in tests by a client pointed at a local
 * stand-in). Each entry then builds only the services it uses.
 */
export async function awsRuntime(env = process.env, readSecret?: SecretReader): Promise<Runtime> {
  const tableName = required(env, 'TABLE_NAME');
  const secretArn = required(env, 'TOKEN_SECRET_ARN');
  // Built after the checks above, so a misconfigured function fails before any SDK work.
  const read = readSecret ?? secretsManagerReader();
  const tokenSecret = await readTokenSecret(secretArn, read);
  // Only the functions that deliver notifications are granted the webhook secrets (the stack
  // sets NOTIFY_SECRET_ARNS with the grant); the rest never sign a webhook.
  const granted = env.NOTIFY_SECRET_ARNS ? env.NOTIFY_SECRET_ARNS.split(',') : undefined;
  return {
    config: await withWebhookSecrets(loadConfig(env), granted, read),
    tableName,
    tokenSecret,
    region: env.AWS_REGION,
    sesConfigurationSet: env.SES_CONFIGURATION_SET,
  };
}

async function readTokenSecret(arn: string, read: SecretReader): Promise<string> {
  let value: string | undefined;
  try {
    value = await read(arn);
  } catch (error) {
    throw new StartupError(
      `The token secret (TOKEN_SECRET_ARN ${arn}) could not be read from Secrets Manager: ${describeCause(error)}`,
      { cause: error },
    );
  }
  if (!value) throw new StartupError(`The token secret (TOKEN_SECRET_ARN ${arn}) has no string value.`);
  return value;
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new StartupError(`Environment variable ${name} is not set.`);
  return value;
}
