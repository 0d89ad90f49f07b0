import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { DynamoDBClient, ensureTable, startDynalite } from '../../functions/local/stand-ins.ts';

/**
 * The floor for intake: a bare node:http server that parses the JSON body and stores it with one
 * conditional PutItem, carrying the same index keys as a real record, into its own in-memory
 * dynalite with the same table definition. No framework, validation, routing or triage: what is
 * left is the storage work any implementation of the data model has to do.
 */
const TABLE = 'earshot';
const dynamodb = await startDynalite({ port: 0 });
const client = new DynamoDBClient({
  region: 'eu-north-1',
  endpoint: dynamodb.url,
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
});
await ensureTable(client, TABLE);

const server = createServer(async (req, res) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    res.writeHead(400).end();
    return;
  }
  const id = randomBytes(13).toString('hex').slice(0, 20);
  const now = new Date().toISOString();
  await client.send(
    new PutItemCommand({
      TableName: TABLE,
      Item: marshall(
        {
          ...body,
          id,
          createdAt: now,
          pk: `FB#${id}`,
          sk: 'FB',
          sitePk: `SITE#${body.siteId}`,
          siteSk: `${now}#${id}`,
          customerPk: `CUST#${body.siteId}#${String(body.email)}`,
          customerSk: now,
          duePk: 'DUE',
          dueAt: now,
        },
        { removeUndefinedValues: true },
      ),
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
  res.writeHead(202, { 'content-type': 'application/json' }).end(JSON.stringify({ id, status: 'received' }));
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  console.log(JSON.stringify({ apiUrl: `http://127.0.0.1:${port}`, dynamodbUrl: dynamodb.url }));
});
process.on('SIGTERM', () => {
  server.close();
  void dynamodb.close().finally(() => process.exit(0));
});
