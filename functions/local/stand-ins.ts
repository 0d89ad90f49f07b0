import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type AttributeValue,
  BatchWriteItemCommand,
  CreateTableCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ScanCommand,
} from '@aws-sdk/client-dynamodb';
import { createTableInput } from '../adapters/dynamodb/table.ts';

const HOST = '127.0.0.1';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

function running(server: Server): RunningServer {
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${HOST}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

/** dynalite in this process; on disk under `path` (LevelDB), in memory without one. */
export async function startDynalite(options: { port: number; path?: string }): Promise<RunningServer> {
  const { default: dynalite } = await import('dynalite');
  const server = dynalite({ path: options.path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  server.listen(options.port, HOST);
  await once(server, 'listening');
  return running(server);
}

/** The SES v2 stand-in: records every email; its web UI at `/` is the local inbox. */
export async function startSesStandIn(options: { port: number }): Promise<RunningServer> {
  const mod = (await import('aws-ses-v2-local')) as unknown as {
    default?: (config: { port: number; host: string }) => Promise<Server>;
  };
  const start = (mod.default ?? mod) as (config: { port: number; host: string }) => Promise<Server>;
  return running(await start({ port: options.port, host: HOST }));
}

/**
 * Creates the table from the shared definition unless it is already there (data persists). A
 * table from an older `npm start` that lacks an index the definition now has is rebuilt with
 * its items, since dynalite cannot add an index to a table (DynamoDB can, and CDK does).
 */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<void> {
  let existing: string[];
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    existing = (Table?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName ?? '');
  } catch (error) {
    if ((error as Error).name !== 'ResourceNotFoundException') throw error;
    await client.send(new CreateTableCommand(createTableInput(tableName)));
    return;
  }
  const wanted = createTableInput(tableName).GlobalSecondaryIndexes ?? [];
  if (wanted.every((index) => existing.includes(index.IndexName ?? ''))) return;
  await rebuildTable(client, tableName);
}

async function rebuildTable(client: DynamoDBClient, tableName: string): Promise<void> {
  const items: Record<string, AttributeValue>[] = [];
  let ExclusiveStartKey: Record<string, AttributeValue> | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey }));
    items.push(...(page.Items ?? []));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  await client.send(new DeleteTableCommand({ TableName: tableName }));
  await waitFor(async () => {
    try {
      await client.send(new DescribeTableCommand({ TableName: tableName }));
      return false;
    } catch (error) {
      return (error as Error).name === 'ResourceNotFoundException';
    }
  });
  await client.send(new CreateTableCommand(createTableInput(tableName)));
  await waitFor(async () => {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    return Table?.TableStatus === 'ACTIVE';
  });
  for (let start = 0; start < items.length; start += 25) {
    let pending = items.slice(start, start + 25).map((Item) => ({ PutRequest: { Item } }));
    while (pending.length) {
      const { UnprocessedItems } = await client.send(
        new BatchWriteItemCommand({ RequestItems: { [tableName]: pending } }),
      );
      pending = (UnprocessedItems?.[tableName] ?? []) as typeof pending;
    }
  }
}

async function waitFor(done: () => Promise<boolean>): Promise<void> {
  for (let tries = 0; !(await done()); tries += 1) {
    if (tries > 100) throw new Error('the local table did not settle');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export { DynamoDBClient };
