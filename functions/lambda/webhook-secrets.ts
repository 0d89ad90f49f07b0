import type { SecretReader } from '../adapters/secrets.ts';
import { isWebhookSecret, SECRET_ARN } from '../config/notify-schema.ts';
import type { EarshotConfig } from '../config/schema.ts';
import { describeCause, StartupError } from './startup-error.ts';

/**
 * In AWS a webhook target names its signing secret by Secrets Manager ARN. A function that
 * delivers notifications (`granted`: the ARNs the stack let it read, NOTIFY_SECRET_ARNS) swaps
 * each ARN for its `whsec_` value, read once at start; the others keep the ARN, which they never
 * sign with. A key written into the config itself is refused everywhere, as `cdk deploy` does.
 */
export async function withWebhookSecrets(
  config: EarshotConfig,
  granted: readonly string[] | undefined,
  read: SecretReader,
): Promise<EarshotConfig> {
  const values = new Map<string, Promise<string>>();
  const sites = await Promise.all(
    config.sites.map(async (site, siteIndex) => ({
      ...site,
      notify: await Promise.all(
        site.notify.map(async (target, index) => {
          if (target.secret === undefined) return target;
          const where = `site "${site.id}", notify target ${index} (${target.type} ${originOf(target.url)})`;
          if (!SECRET_ARN.test(target.secret)) {
            throw new StartupError(
              `config field "sites.${siteIndex}.notify.${index}.secret" of ${where}: in AWS a webhook secret comes from Secrets Manager; store the whsec_ value there and give its ARN here`,
            );
          }
          if (granted === undefined) return target;
          const arn = target.secret;
          if (!granted.includes(arn)) {
            throw new StartupError(
              `The webhook secret ${arn} of ${where} is not in NOTIFY_SECRET_ARNS: this function was not granted it (deploy again from the same config).`,
            );
          }
          if (!values.has(arn)) values.set(arn, readWebhookSecret(arn, where, read));
          return { ...target, secret: await (values.get(arn) as Promise<string>) };
        }),
      ),
    })),
  );
  return { ...config, sites };
}

async function readWebhookSecret(arn: string, where: string, read: SecretReader): Promise<string> {
  let value: string | undefined;
  try {
    value = (await read(arn))?.trim();
  } catch (error) {
    throw new StartupError(
      `The webhook secret of ${where} could not be read from Secrets Manager (${arn}): ${describeCause(error)}`,
      { cause: error },
    );
  }
  if (!value || !isWebhookSecret(value)) {
    throw new StartupError(
      `The webhook secret ${arn} of ${where} must hold whsec_ and base64 of 24–64 random bytes.`,
    );
  }
  return value;
}

/** The receiver's origin only: a webhook URL's path may carry a token of its own. */
function originOf(url: string): string {
  return URL.canParse(url) ? new URL(url).origin : 'an unparsable URL';
}
