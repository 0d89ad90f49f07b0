import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
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

/** Creates the table from the shared definition unless it is already there (data persists). */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
  } catch (error) {
    if ((error as Error).name !== 'ResourceNotFoundException') throw error;
    await client.send(new CreateTableCommand(createTableInput(tableName)));
  }
}

export { DynamoDBClient };
