import { afterAll, beforeAll, expect, it } from 'vitest';
import { silentLogger } from '../../functions/adapters/logger.ts';
import { createCoreServices } from '../../functions/core-services.ts';
import { createApp } from '../../functions/http/app.ts';
import { ensureTable, type RunningServer, startDynalite } from '../../functions/local/stand-ins.ts';
import { localConfig, TEST_SECRET } from '../helpers/stack.ts';
import { type DynamoDbThrottlingProxy, startDynamoDbThrottlingProxy } from './support/dynamodb-proxy.ts';

/** A storm that outruns a table partition: intake must say "again in a moment", never 500. */
let dynamodb: RunningServer;
let proxy: DynamoDbThrottlingProxy;
let app: ReturnType<typeof createApp>;
let services: ReturnType<typeof createCoreServices>;
const origin = 'http://localhost:3000';

beforeAll(async () => {
  dynamodb = await startDynalite({ port: 0 });
  proxy = await startDynamoDbThrottlingProxy(dynamodb.url);
  services = createCoreServices({
    config: localConfig(origin),
    tableName: 'earshot',
    tokenSecret: TEST_SECRET,
    endpoints: { dynamodb: proxy.url, ses: 'http://127.0.0.1:9' },
    logger: silentLogger,
  });
  await ensureTable(services.store.client, 'earshot');
  app = createApp({ ...services, clientIp: () => '127.0.0.1' });
});
afterAll(async () => {
  await proxy?.close();
  await dynamodb?.close();
});

const submit = () =>
  app.request('/v1/feedback', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({
      siteId: 'demo',
      rating: 1,
      message: 'The checkout is down.',
      email: 'nora@example.org',
      clientRequestId: '7d7c2b44-3c1c-4f0b-9b44-3f3f0c0c0c0c',
    }),
  });

it('answers 503 with Retry-After while DynamoDB throttles, and stores the retry once it stops', async () => {
  proxy.throttleWrites(true);
  const busy = await submit();
  expect(busy.status).toBe(503);
  expect(busy.headers.get('retry-after')).toBe('1');
  expect(((await busy.json()) as { error: { code: string } }).error.code).toBe('unavailable');
  expect(proxy.throttled()).toBeGreaterThan(0);

  proxy.throttleWrites(false);
  const stored = await submit();
  expect(stored.status).toBe(202);
  const { id } = (await stored.json()) as { id: string };
  expect((await services.store.get(id))?.message).toBe('The checkout is down.');
});
