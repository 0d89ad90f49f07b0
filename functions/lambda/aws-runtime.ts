import { fetchSecretString } from '../adapters/secrets.ts';
import { loadConfig } from '../config/load.ts';
import { isWebhookSecret } from '../config/notify-schema.ts';
import type { EarshotConfig } from '../config/schema.ts';
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
    config: await withNotifySecrets(loadConfig(env), env),
    tableName,
    tokenSecret,
    region: env.AWS_REGION,
    sesConfigurationSet: env.SES_CONFIGURATION_SET,
  };
}

/**
 * Webhook signing secrets are named in the config by Secrets Manager ARN; a function granted
 * them (NOTIFY_SECRET_ARNS, set by the stack with the grant) reads each once, at start.
 */
async function withNotifySecrets(config: EarshotConfig, env: NodeJS.ProcessEnv): Promise<EarshotConfig> {
  if (!env.NOTIFY_SECRET_ARNS) return config;
  const values = new Map<string, string>();
  for (const arn of env.NOTIFY_SECRET_ARNS.split(',')) {
    const value = (await fetchSecretString(arn))?.trim();
    if (!value || !isWebhookSecret(value))
      throw new Error(`The webhook secret ${arn} must hold whsec_ and base64 of 24–64 random bytes.`);
    values.set(arn, value);
  }
  return {
    ...config,
    sites: config.sites.map((site) => ({
      ...site,
      notify: site.notify.map((target) =>
        target.secret && values.has(target.secret)
          ? { ...target, secret: values.get(target.secret) }
          : target,
      ),
    })),
  };
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`Environment variable ${name} is not set.`);
  return value;
}
