import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { secretsManagerReader } from '../../functions/adapters/secrets.ts';
import { awsRuntime } from '../../functions/lambda/aws-runtime.ts';
import { type Receiver, startReceiver } from '../helpers/receiver.ts';
import { type StoredSecret, startSecretsManager } from '../helpers/secrets-manager.ts';
import { eventually, startTestStack, type TestStack } from '../helpers/stack.ts';

// Issue 17: in AWS a webhook target's signing secret is a Secrets Manager ARN in the config, and
// the sending functions read the whsec_ value at start. Here the real SDK client asks a local
// stand-in speaking Secrets Manager's JSON protocol.
const TOKEN_ARN = 'arn:aws:secretsmanager:eu-north-1:123456789012:secret:earshot-token-AbCdEf';
const HOOK_ARN = 'arn:aws:secretsmanager:eu-north-1:123456789012:secret:earshot/crm-webhook';
const hookSecret = `whsec_${randomBytes(32).toString('base64')}`;
const shipped = JSON.parse(readFileSync('earshot.config.json', 'utf8'));

let secretsManager: Awaited<ReturnType<typeof startSecretsManager>> | undefined;
let receiver: Receiver;
let stack: TestStack | undefined;

beforeAll(async () => {
  receiver = await startReceiver();
});
afterEach(async () => {
  await stack?.stop();
  stack = undefined;
  await secretsManager?.close();
  secretsManager = undefined;
});
afterAll(async () => {
  await receiver?.close();
});

/** What the stack hands a sending function: the config JSON, the table, the ARNs it may read. */
function lambdaEnv(secret: string, env: Record<string, string | undefined> = {}) {
  const config = {
    ...shipped,
    sites: shipped.sites.map((site: object, index: number) =>
      index === 0 ? { ...site, notify: [{ type: 'webhook', url: receiver.url('/hook'), secret }] } : site,
    ),
  };
  return {
    TABLE_NAME: 'earshot',
    TOKEN_SECRET_ARN: TOKEN_ARN,
    NOTIFY_SECRET_ARNS: HOOK_ARN,
    EARSHOT_CONFIG_JSON: JSON.stringify(config),
    AWS_REGION: 'eu-north-1',
    ...env,
  };
}

/** The function's start-up, its Secrets Manager client pointed at a stand-in holding `secrets`. */
async function start(secrets: Record<string, StoredSecret>, env: Record<string, string | undefined>) {
  secretsManager = await startSecretsManager(secrets);
  const client = new SecretsManagerClient({
    endpoint: secretsManager.url,
    region: 'eu-north-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
  return awsRuntime(env, secretsManagerReader(client));
}

const tokenSecret = 'token-secret-0123456789abcdef0123456789abcdef';

describe('webhook secrets from Secrets Manager', () => {
  it('reads the ARN the site config names, and signs the webhook delivery with its value', async () => {
    // Prepare
    const runtime = await start(
      { [TOKEN_ARN]: tokenSecret, [HOOK_ARN]: `${hookSecret}\n` },
      lambdaEnv(HOOK_ARN),
    );

    // Assess: the token secret, then the site's webhook secret, each asked for by its ARN.
    expect(secretsManager?.requests).toEqual([
      { target: 'secretsmanager.GetSecretValue', secretId: TOKEN_ARN },
      { target: 'secretsmanager.GetSecretValue', secretId: HOOK_ARN },
    ]);
    expect(runtime.tokenSecret).toBe(tokenSecret);

    // Act: the dispatcher built from that config delivers a complaint's webhook.
    receiver.clear();
    receiver.answer('/hook', { status: 200 });
    stack = await startTestStack({
      configure: (local) => ({
        ...local,
        sites: local.sites.map((site, index) => ({
          ...site,
          notify: runtime.config.sites[index]?.notify ?? [],
        })),
      }),
    });
    const response = await stack.post({
      siteId: 'demo',
      rating: 1,
      message: 'The grinder broke on day two.',
      locale: 'en',
      clientRequestId: crypto.randomUUID(),
    });
    expect(response.status).toBe(202);
    const hooks = await eventually(
      async () => receiver.at('/hook').length > 0 && receiver.at('/hook'),
      8_000,
    );

    // Assess: the Standard Webhooks package accepts it with the secret Secrets Manager held.
    const hook = hooks ? hooks[0] : undefined;
    expect(hook, 'a webhook delivery').toBeDefined();
    const headers = hook?.headers as Record<string, string>;
    expect(new Webhook(hookSecret).verify(hook?.body ?? '', headers)).toMatchObject({
      type: 'feedback.received',
    });
    expect(() =>
      new Webhook(`whsec_${randomBytes(32).toString('base64')}`).verify(hook?.body ?? '', headers),
    ).toThrow();
  });

  it.each([
    ['denied', { error: 'AccessDeniedException' } as const, /AccessDeniedException: User is not authorized/],
    ['missing', undefined, /ResourceNotFoundException: Secrets Manager can't find the specified secret/],
  ])('a %s secret stops start-up with an error naming the site and the target', async (_, stored, cause) => {
    // Act
    const starting = start(
      { [TOKEN_ARN]: tokenSecret, ...(stored ? { [HOOK_ARN]: stored } : {}) },
      lambdaEnv(HOOK_ARN),
    );

    // Assess
    const error = await starting.catch((thrown: Error) => thrown);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('StartupError');
    const origin = new URL(receiver.base).origin;
    expect((error as Error).message).toContain(
      `The webhook secret of site "demo", notify target 0 (webhook ${origin}) could not be read from Secrets Manager (${HOOK_ARN})`,
    );
    expect((error as Error).message).toMatch(cause);
  });

  it('refuses a value that is not a Standard Webhooks secret, naming the site', async () => {
    const starting = start({ [TOKEN_ARN]: tokenSecret, [HOOK_ARN]: 'hunter2' }, lambdaEnv(HOOK_ARN));
    await expect(starting).rejects.toThrow(
      `The webhook secret ${HOOK_ARN} of site "demo", notify target 0 (webhook ${receiver.base}) must hold whsec_`,
    );
  });

  it('refuses a whsec_ key written into the config, naming the field', async () => {
    const starting = start({ [TOKEN_ARN]: tokenSecret }, lambdaEnv(hookSecret));
    await expect(starting).rejects.toThrow(
      /config field "sites\.0\.notify\.0\.secret" of site "demo", .*: in AWS a webhook secret comes from Secrets Manager/,
    );
  });

  it('refuses an ARN the function was not granted, instead of signing with the ARN itself', async () => {
    const starting = start(
      { [TOKEN_ARN]: tokenSecret, [HOOK_ARN]: hookSecret },
      lambdaEnv(HOOK_ARN, {
        NOTIFY_SECRET_ARNS: 'arn:aws:secretsmanager:eu-north-1:123456789012:secret:other',
      }),
    );
    await expect(starting).rejects.toThrow(`The webhook secret ${HOOK_ARN} of site "demo"`);
    await expect(starting).rejects.toThrow('is not in NOTIFY_SECRET_ARNS');
  });

  it('a function that delivers no notifications (the API) reads only the token secret', async () => {
    const runtime = await start(
      { [TOKEN_ARN]: tokenSecret, [HOOK_ARN]: hookSecret },
      lambdaEnv(HOOK_ARN, { NOTIFY_SECRET_ARNS: undefined }),
    );
    expect(secretsManager?.requests.map((request) => request.secretId)).toEqual([TOKEN_ARN]);
    expect(runtime.config.sites[0]?.notify[0]?.secret).toBe(HOOK_ARN);
  });

  it('a token secret it cannot read stops start-up naming TOKEN_SECRET_ARN', async () => {
    const starting = start({ [TOKEN_ARN]: { error: 'AccessDeniedException' } }, lambdaEnv(HOOK_ARN));
    await expect(starting).rejects.toThrow(
      `The token secret (TOKEN_SECRET_ARN ${TOKEN_ARN}) could not be read from Secrets Manager: AccessDeniedException`,
    );
  });
});
