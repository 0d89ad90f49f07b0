import { CreateTableCommand, DescribeTableCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { querySite } from '../../functions/adapters/dynamodb/site-index.ts';
import { createTableInput } from '../../functions/adapters/dynamodb/table.ts';
import {
  DynamoDBClient,
  ensureTable,
  type RunningServer,
  startDynalite,
} from '../../functions/local/stand-ins.ts';
import { aFeedback } from '../fixtures/feedback.ts';

let dynalite: RunningServer;
let client: DynamoDBClient;
beforeAll(async () => {
  dynalite = await startDynalite({ port: 0 });
  client = new DynamoDBClient({
    endpoint: dynalite.url,
    region: 'eu-north-1',
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
  });
});
afterAll(() => dynalite?.close());

it('rebuilds a table from an older npm start that lacks an index, keeping every item', async () => {
  // The table as it was before the sharded site index: `.data/` folders still hold such tables.
  const current = createTableInput('older');
  await client.send(
    new CreateTableCommand({
      ...current,
      AttributeDefinitions: current.AttributeDefinitions?.filter((a) => a.AttributeName !== 'siteShardPk'),
      GlobalSecondaryIndexes: current.GlobalSecondaryIndexes?.filter((i) => i.IndexName !== 'bySiteShard'),
    }),
  );
  const old = aFeedback({ id: 'kept1', siteId: 'older' });
  await client.send(
    new PutItemCommand({
      TableName: 'older',
      Item: marshall({
        ...old,
        pk: 'FB#kept1',
        sk: 'FB',
        sitePk: 'SITE#older',
        siteSk: `${old.createdAt}#kept1`,
      }),
    }),
  );

  await ensureTable(client, 'older');

  const { Table } = await client.send(new DescribeTableCommand({ TableName: 'older' }));
  expect(Table?.GlobalSecondaryIndexes?.map((index) => index.IndexName).sort()).toEqual([
    'byCustomer',
    'byDue',
    'bySite',
    'bySiteShard',
  ]);
  const { items } = await querySite(client, 'older', 'older');
  expect(items.map((item) => item.id)).toEqual(['kept1']);
  // Already current: left as it is.
  await ensureTable(client, 'older');
  expect((await querySite(client, 'older', 'older')).items).toHaveLength(1);
});
