import { once } from 'node:events';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface DynamoDbThrottlingProxy {
  url: string;
  /** While on, every write (PutItem, UpdateItem) gets DynamoDB's throttling answer. */
  throttleWrites(on: boolean): void;
  /** Writes answered with throttling so far. */
  throttled(): number;
  close(): Promise<void>;
}

const WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem']);

/**
 * A proxy in front of dynalite that answers writes as a throttled DynamoDB partition does: HTTP
 * 400 with `ProvisionedThroughputExceededException`. Reads and everything else pass through.
 */
export async function startDynamoDbThrottlingProxy(target: string): Promise<DynamoDbThrottlingProxy> {
  const upstream = new URL(target);
  let throttling = false;
  let count = 0;
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const operation = String(req.headers['x-amz-target'] ?? '').split('.')[1] ?? '';
    if (throttling && WRITES.has(operation)) {
      count += 1;
      res.writeHead(400, { 'content-type': 'application/x-amz-json-1.0' });
      res.end(
        JSON.stringify({
          __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
          message: 'The level of configured provisioned throughput for the table was exceeded.',
        }),
      );
      return;
    }
    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: req.url,
        method: req.method,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    forward.end(Buffer.concat(chunks));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    throttleWrites: (on) => {
      throttling = on;
    },
    throttled: () => count,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
