import { once } from 'node:events';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedSend {
  /** performance.now() when the SES stand-in answered 200: the email is in its store from then on. */
  at: number;
  to: string[];
  subject: string;
  replyTo: string[];
}

/**
 * A pass-through proxy in front of the SES stand-in that notes the moment each email was accepted,
 * so a latency can be measured without polling the inbox.
 */
export async function startSesRecorder(target: string) {
  const upstream = new URL(target);
  const sends: RecordedSend[] = [];
  const waiters: { match: (send: RecordedSend) => boolean; resolve: (send: RecordedSend) => void }[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (answer) => {
        const at = performance.now();
        if (answer.statusCode === 200 && req.url?.startsWith('/v2/email/outbound-emails')) {
          const parsed = JSON.parse(body.toString('utf8')) as {
            Destination?: { ToAddresses?: string[] };
            ReplyToAddresses?: string[];
            Content?: { Simple?: { Subject?: { Data?: string } } };
          };
          const send = {
            at,
            to: parsed.Destination?.ToAddresses ?? [],
            subject: parsed.Content?.Simple?.Subject?.Data ?? '',
            replyTo: parsed.ReplyToAddresses ?? [],
          };
          sends.push(send);
          for (const waiter of [...waiters]) {
            if (!waiter.match(send)) continue;
            waiters.splice(waiters.indexOf(waiter), 1);
            waiter.resolve(send);
          }
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => req.socket.destroy());
    forward.end(body);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    /** Every email accepted so far, in order. */
    sends,
    /** Resolves with the first send that matches, or undefined after `timeoutMs`. */
    waitFor(match: (send: RecordedSend) => boolean, timeoutMs: number): Promise<RecordedSend | undefined> {
      return new Promise((resolve) => {
        const waiter = {
          match,
          resolve: (send: RecordedSend) => {
            clearTimeout(timer);
            resolve(send);
          },
        };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          resolve(undefined);
        }, timeoutMs);
        waiters.push(waiter);
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
