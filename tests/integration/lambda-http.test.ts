import type { APIGatewayProxyEventV2, APIGatewayProxyResult, Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { about, linkFor } from '../helpers/mail.ts';
import { startSecretsManager } from '../helpers/secrets-manager.ts';
import { startTestStack, TEST_SECRET, type TestStack } from '../helpers/stack.ts';

// The two HTTP Lambda entries themselves (functions/lambda/api.ts and pages.ts), started as Lambda
// starts them: config, table and secret ARN from the environment the stack sets, the real SDK
// clients pointed at dynalite and a Secrets Manager stand-in, events in API Gateway's v2 shape.
const TOKEN_ARN = 'arn:aws:secretsmanager:eu-north-1:123456789012:secret:earshot-token-AbCdEf';
type Handler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyResult>;

let t: TestStack;
let secrets: Awaited<ReturnType<typeof startSecretsManager>>;
let api: Handler;
let pages: Handler;

beforeAll(async () => {
  t = await startTestStack();
  secrets = await startSecretsManager({ [TOKEN_ARN]: TEST_SECRET });
  Object.assign(process.env, {
    TABLE_NAME: 'earshot',
    TOKEN_SECRET_ARN: TOKEN_ARN,
    EARSHOT_CONFIG_JSON: JSON.stringify(t.config),
    AWS_REGION: 'eu-north-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_ENDPOINT_URL_DYNAMODB: t.stack.dynamodbUrl,
    AWS_ENDPOINT_URL_SECRETS_MANAGER: secrets.url,
  });
  ({ handler: api } = (await import('../../functions/lambda/api.ts')) as unknown as { handler: Handler });
  ({ handler: pages } = (await import('../../functions/lambda/pages.ts')) as unknown as { handler: Handler });
});
afterAll(async () => {
  await secrets?.close();
  await t?.stop();
});

/** What API Gateway's HTTP API hands a Lambda integration (payload format 2.0). */
function event(
  method: string,
  path: string,
  init: { body?: string; type?: string } = {},
): APIGatewayProxyEventV2 {
  const headers: Record<string, string> = { host: 'api.example.com', origin: t.origin };
  if (init.type) headers['content-type'] = init.type;
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: '',
    headers,
    isBase64Encoded: false,
    body: init.body,
    requestContext: {
      accountId: '123456789012',
      apiId: 'api',
      domainName: 'api.example.com',
      domainPrefix: 'api',
      requestId: 'request',
      routeKey: '$default',
      stage: '$default',
      time: '01/Dec/2026:18:00:00 +0000',
      timeEpoch: 1_764_612_000_000,
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '192.0.2.7', userAgent: 'vitest' },
    },
  };
}
const invoke = (handler: Handler, e: APIGatewayProxyEventV2) => handler(e, {} as Context);

describe('the api (intake) and pages functions', () => {
  it('take a submission in the intake function and serve its staff link in the pages function', async () => {
    // Prepare
    const body = JSON.stringify({ siteId: 'demo', rating: 2, message: 'The parcel never came.' });

    // Act
    const submitted = await invoke(api, event('POST', '/v1/feedback', { body, type: 'application/json' }));

    // Assess
    expect(submitted.statusCode).toBe(202);
    const { id } = JSON.parse(submitted.body) as { id: string };
    const [alert] = await t.waitForEmails(about(id));
    const path = new URL(linkFor(alert, 'claim')).pathname;
    const page = await invoke(pages, event('GET', path));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('The parcel never came.');
    expect(page.headers?.['cache-control']).toBe('no-store');
    const claimed = await invoke(
      pages,
      event('POST', path, { body: '', type: 'application/x-www-form-urlencoded' }),
    );
    expect(claimed.statusCode).toBe(200);
    expect((await t.stack.services.store.get(id))?.status).toBe('claimed');
  });

  it('keep each to its own routes, answering the other’s with the shared JSON 404', async () => {
    const fromIntake = await invoke(api, event('GET', '/a/anything.0123'));
    const fromPages = await invoke(pages, event('GET', '/health'));
    for (const answer of [fromIntake, fromPages]) {
      expect(answer.statusCode).toBe(404);
      expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'not_found' } });
    }
    expect((await invoke(api, event('GET', '/health'))).statusCode).toBe(200);
    expect((await invoke(api, event('GET', '/v1/sites/demo/widget-config'))).statusCode).toBe(200);
  });
});
