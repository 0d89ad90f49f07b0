import { fetchSecretString } from '../adapters/secrets.ts';
import { loadConfig } from '../config/load.ts';
import type { Runtime } from '../core-services.ts';

/**
 * Where a Lambda function runs, read once per cold start: the config arrives as the same JSON the
 * local runner reads (EARSHOT_CONFIG_JSON, set by the stack), the signing secret from Secrets
 * Manager. Each entry then builds only the services it uses.
 */
export async function awsRuntime(env = process.env): Promise<Runtime> {
  const tableName = required(env, 'TABLE_NAME');
  const secretArn = required(env, 'TOKEN_SECRET_ARN');
  const tokenSecret = await fetchSecretString(secretArn);
  if (!tokenSecret) throw new Error('The token secret has no string value.');
  return {
    config: loadConfig(env),
    tableName,
    tokenSecret,
    region: env.AWS_REGION,
    sesConfigurationSet: env.SES_CONFIGURATION_SET,
  };
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`Environment variable ${name} is not set.`);
  return value;
}
