import { once } from 'node:events';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the proxy answered one SendEmail call. */
export type ProxyOutcome = 'down' | 'throttled' | 'rejected' | 'forwarded';

export interface ProxiedSend {
  at: number;
  to: string[];
  subject: string;
  outcome: ProxyOutcome;
}

export interface SesFaultProxy {
  url: string;
  /** Every SendEmail call seen, in order, with what the proxy did with it. */
  sends: ProxiedSend[];
  /** `down`: every connection is reset, as when SES cannot be reached. */
  setDown(down: boolean): void;
  /** The next `count` sends get SES's throttling answers (429 TooManyRequests, 400 Throttling). */
  throttleNext(count: number): void;
  /** Sends to this address are refused for good, as SES refuses an address it will never accept. */
  rejectRecipient(address: string): void;
  close(): Promise<void>;
}

/**
 * A tiny HTTP proxy in front of the SES stand-in that injects the failures real SES produces:
 * unreachable, throttled, and a permanent rejection. Everything else is passed through unchanged.
 */
export async function startSesFaultProxy(target: string): Promise<SesFaultProxy> {
  const sends: ProxiedSend[] = [];
  const rejected = new Set<string>();
  let down = false;
  let throttles = 0;
  const upstream = new URL(target);

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const send = describeSend(req.url ?? '', body);
    const record = (outcome: ProxyOutcome) => {
      if (send) sends.push({ ...send, at: Date.now(), outcome });
    };
    if (down) {
      record('down');
      req.socket.destroy();
      return;
    }
    if (send && throttles > 0) {
      // Alternate the two shapes SES uses, so both the status and the error name are exercised.
      const status = throttles-- % 2 === 0 ? 429 : 400;
      const type = status === 429 ? 'TooManyRequestsException' : 'ThrottlingException';
      record('throttled');
      return answer(res, status, type, 'Maximum sending rate exceeded.');
    }
    if (send?.to.some((address) => rejected.has(address))) {
      record('rejected');
      return answer(res, 400, 'MessageRejected', 'Email address is not verified.');
    }
    record('forwarded');
    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: upstream.host },
      },
      (upstreamResponse) => {
        res.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.headers);
        upstreamResponse.pipe(res);
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
    sends,
    setDown: (value) => {
      down = value;
    },
    throttleNext: (count) => {
      throttles = count;
    },
    rejectRecipient: (address) => rejected.add(address),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function answer(res: import('node:http').ServerResponse, status: number, type: string, message: string) {
  res.writeHead(status, { 'content-type': 'application/json', 'x-amzn-errortype': type });
  res.end(JSON.stringify({ message }));
}

function describeSend(path: string, body: Buffer): Omit<ProxiedSend, 'at' | 'outcome'> | undefined {
  if (!path.startsWith('/v2/email/outbound-emails')) return undefined;
  try {
    const parsed = JSON.parse(body.toString('utf8')) as {
      Destination?: { ToAddresses?: string[] };
      Content?: { Simple?: { Subject?: { Data?: string } } };
    };
    return {
      to: parsed.Destination?.ToAddresses ?? [],
      subject: parsed.Content?.Simple?.Subject?.Data ?? '',
    };
  } catch {
    return { to: [], subject: '' };
  }
}
