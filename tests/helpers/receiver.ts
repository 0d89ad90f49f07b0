import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** How the receiver answers a request: a status, or never (it holds the connection open). */
export type Answer = { status: number; headers?: Record<string, string>; body?: string } | 'hang';

/**
 * A local HTTP server standing in for Slack, a Teams Workflows webhook or any webhook consumer:
 * it records every request and answers as the test tells it to, per path.
 */
export async function startReceiver() {
  const received: Received[] = [];
  const answers = new Map<string, Answer[]>();
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      received.push({ path, headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      const queue = answers.get(path) ?? [];
      const answer = queue.length > 1 ? queue.shift() : queue[0];
      if (answer === 'hang') {
        hanging.add(response);
        response.on('close', () => hanging.delete(response));
        return;
      }
      response.writeHead(answer?.status ?? 200, answer?.headers);
      response.end(answer?.body ?? 'ok');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    url: (path: string) => `${base}${path}`,
    /** Answers for `path`, in order; the last one repeats. */
    answer(path: string, ...sequence: Answer[]) {
      answers.set(path, sequence);
    },
    at: (path: string) => received.filter((request) => request.path === path),
    /** Requests still held open by a hanging answer. */
    hangingCount: () => hanging.size,
    clear: () => {
      received.length = 0;
    },
    async close() {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;
